/** @jsxRuntime automatic @jsxImportSource react */
import type { ManagerDigest } from "@rapport/domain/digest";
import { Link, Text } from "@react-email/components";
import {
  DigestFooterLinks,
  type DigestItemLinks,
  type DigestLinks,
  DigestSection,
  digestStyles,
  itemLinkUrls,
} from "./digest-parts";
import { assertWebLink } from "./links";
import { NotificationLayout } from "./notification-layout";
import { styles } from "./theme";
import { countOf, NOUNS } from "./words";

export interface ManagerDigestEmailProps {
  digest: ManagerDigest;
  links: DigestLinks;
  /** `members`: each member's page on the team dashboard, by user id. */
  items?: Pick<DigestItemLinks, "members">;
}

export function managerDigestSubject({ digest }: ManagerDigestEmailProps): string {
  return digest.subject;
}

/** The manager's weekly team digest: counts per team and who may need a nudge. Never contacts or notes. */
export function ManagerDigestEmail({ digest, links, items }: ManagerDigestEmailProps) {
  for (const [name, url] of Object.entries(links)) assertWebLink(url, `ManagerDigestEmail ${name}`);
  for (const url of itemLinkUrls(items)) assertWebLink(url, "ManagerDigestEmail member link");
  return (
    <NotificationLayout
      preview={digest.preview}
      footerNote="You're receiving this because you manage a team on Rapport. It shows totals only, never anyone's contacts or notes."
    >
      <Text className="rp-ink" style={styles.heading}>
        Hi {digest.firstName}, here's how your team is doing
      </Text>
      {digest.teams.map((team) => (
        <DigestSection key={team.name} title={team.name}>
          <Text className="rp-ink" style={digestStyles.item}>
            {team.activeMembers} of {countOf(team.memberCount, NOUNS.member)} logged networking last week (
            {countOf(team.activitiesLastWeek, NOUNS.activity)} in all).
          </Text>
          <Text className="rp-ink" style={digestStyles.item}>
            {countOf(team.eventsNext14Days, NOUNS.teamEvent)} in the next two weeks, {team.eventsCovered} with
            someone going. Shared goals on track: {team.goalsOnTrack}.
          </Text>
          {team.nudges.length > 0 ? (
            <>
              <Text className="rp-ink" style={{ ...digestStyles.item, fontWeight: 700, marginTop: "10px" }}>
                May need a nudge
              </Text>
              {team.nudges.map((n) => {
                const page = n.userId ? items?.members?.[n.userId] : undefined;
                return (
                  <Text key={n.userId ?? n.name} className="rp-ink" style={digestStyles.item}>
                    {page ? (
                      <Link className="rp-ink" href={page} style={digestStyles.itemLink}>
                        {n.name}
                      </Link>
                    ) : (
                      n.name
                    )}{" "}
                    · {n.reason}
                  </Text>
                );
              })}
            </>
          ) : (
            <Text className="rp-muted" style={digestStyles.meta}>
              Nobody looks stuck this week.
            </Text>
          )}
        </DigestSection>
      ))}
      <DigestFooterLinks links={links} what="this team digest" button="Open the team dashboard" />
    </NotificationLayout>
  );
}

ManagerDigestEmail.PreviewProps = {
  digest: {
    kind: "manager",
    weekKey: "2026-W48",
    firstName: "Maya",
    subject: "Your team this week: 2 people may need a nudge",
    preview: "Partnerships: 2 of 3 active last week",
    teams: [
      {
        name: "Partnerships",
        memberCount: 3,
        activeMembers: 2,
        activitiesLastWeek: 9,
        eventsNext14Days: 3,
        eventsCovered: 2,
        goalsOnTrack: "3 of 4",
        nudges: [
          { name: "Priya Nair", reason: "1 shared goal behind" },
          { name: "Tom Becker", reason: "nothing logged for 23 days, 4 overdue follow-ups" },
        ],
      },
    ],
    useful: true,
  },
  links: {
    appUrl: "https://rapport.localhost/team",
    preferencesUrl: "https://rapport.localhost/settings/digest",
    unsubscribeUrl: "https://rapport.localhost/unsubscribe/preview-token",
  },
} satisfies ManagerDigestEmailProps;

export default ManagerDigestEmail;
