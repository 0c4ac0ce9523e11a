/** @jsxRuntime automatic @jsxImportSource react */
import type { EmployeeDigest } from "@rapport/domain/digest";
import { Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
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
import { lastWeekLine } from "./words";

export interface DigestEmailProps {
  digest: EmployeeDigest;
  links: DigestLinks;
  /** Links to each item and its one-press actions; items without an entry are plain text. */
  items?: DigestItemLinks;
}

/** An item's name, linked to its page when there is one. */
function ItemName({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href) return <strong>{children}</strong>;
  return (
    <Link className="rp-ink" href={href} style={digestStyles.itemLink}>
      <strong>{children}</strong>
    </Link>
  );
}

/** "Done · Snooze a week": the signed links, spaced for a thumb. */
function ItemActions({ actions }: { actions: { label: string; href: string | undefined }[] }) {
  const shown = actions.filter((a): a is { label: string; href: string } => Boolean(a.href));
  if (shown.length === 0) return null;
  return (
    <Text className="rp-muted" style={digestStyles.actions}>
      {shown.map((a, i) => (
        <span key={a.label}>
          {i > 0 ? "\u00a0\u00a0·\u00a0\u00a0" : ""}
          <Link className="rp-link" href={a.href} style={digestStyles.action}>
            {a.label}
          </Link>
        </span>
      ))}
    </Text>
  );
}

export function digestSubject({ digest }: DigestEmailProps): string {
  return digest.subject;
}

const PACE_WORDS: Record<string, string> = {
  "on track": "on track",
  ahead: "ahead of pace",
  behind: "behind: a small push this week helps",
  done: "done, well done",
  overdue: "past its due date",
  "not started": "not started yet",
};

/** The personal weekly digest: short sections, each only when it has something in it. */
export function DigestEmail({ digest, links, items }: DigestEmailProps) {
  for (const [name, url] of Object.entries(links)) assertWebLink(url, `DigestEmail ${name}`);
  for (const url of itemLinkUrls(items)) assertWebLink(url, "DigestEmail item link");
  const { followUps, events, goals, lastWeek, tip, action } = digest;
  return (
    <NotificationLayout
      preview={digest.preview}
      footerNote="You're receiving this weekly digest because you're part of a team on Rapport."
    >
      <Text className="rp-ink" style={styles.heading}>
        Hi {digest.firstName}, here's your week
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        A few things worth your networking time this week, in the order they matter.
      </Text>

      {followUps ? (
        <DigestSection title="Follow-ups">
          {[...followUps.overdue, ...followUps.thisWeek].map((f) => {
            const link = f.id ? items?.followUps?.[f.id] : undefined;
            return (
              <Section key={f.id ?? `${f.contactName}-${f.dueOn}`}>
                <Text
                  className="rp-ink"
                  style={{ ...digestStyles.item, margin: link?.done ? "0 0 2px" : "0 0 6px" }}
                >
                  <ItemName href={link?.open}>{f.contactName}</ItemName> · {f.dueLabel}
                  {f.reason ? ` · ${f.reason}` : ""}
                </Text>
                <ItemActions
                  actions={[
                    { label: "Done", href: link?.done },
                    { label: "Snooze a week", href: link?.snooze },
                  ]}
                />
              </Section>
            );
          })}
          {followUps.more > 0 ? (
            <Text className="rp-muted" style={digestStyles.meta}>
              and {followUps.more} more in Rapport
            </Text>
          ) : null}
        </DigestSection>
      ) : null}

      {events.length > 0 ? (
        <DigestSection title="Team events in the next two weeks">
          {events.map((e) => {
            const link = e.id ? items?.events?.[e.id] : undefined;
            return (
              <Section key={e.id ?? `${e.title}-${e.when}`}>
                <Text className="rp-ink" style={{ ...digestStyles.item, margin: "0 0 2px" }}>
                  <ItemName href={link?.open}>{e.title}</ItemName>
                </Text>
                <Text
                  className="rp-muted"
                  style={{
                    ...digestStyles.meta,
                    margin: link?.going && !e.readerGoing ? "0 0 2px" : "0 0 10px",
                  }}
                >
                  {e.when}
                  {e.location ? ` · ${e.location}` : ""} · {e.going}
                </Text>
                {e.readerGoing ? null : <ItemActions actions={[{ label: "I'm going", href: link?.going }]} />}
              </Section>
            );
          })}
        </DigestSection>
      ) : null}

      {goals.length > 0 ? (
        <DigestSection title="Your goals">
          {goals.map((g) => (
            <Text key={g.id ?? g.title} className="rp-ink" style={digestStyles.item}>
              <ItemName href={g.id ? items?.goals?.[g.id]?.open : undefined}>{g.title}</ItemName> ·{" "}
              {g.progress} of {g.target} ({g.percent}%), {PACE_WORDS[g.pace] ?? g.pace}
            </Text>
          ))}
        </DigestSection>
      ) : null}

      {digest.introRequests?.length ? (
        <DigestSection title="Introductions">
          {digest.introRequests.map((line) => (
            <Text key={line} className="rp-ink" style={digestStyles.item}>
              <strong>{line}</strong>
            </Text>
          ))}
        </DigestSection>
      ) : null}

      {digest.intros?.length ? (
        <DigestSection title="Intros">
          {digest.intros.map((intro) => {
            const open = items?.intros?.[intro.groupId]?.open;
            return (
              <Section key={`${intro.kind}-${intro.groupId}`}>
                <Text className="rp-ink" style={digestStyles.item}>
                  <ItemName href={open}>{intro.line}</ItemName>
                  {intro.why ? ` · ${intro.why}` : ""}
                </Text>
                <ItemActions
                  actions={[
                    { label: intro.kind === "check_in" ? "Answer on Today" : "See it on Today", href: open },
                  ]}
                />
              </Section>
            );
          })}
        </DigestSection>
      ) : null}

      {lastWeek && lastWeek.total > 0 ? (
        <DigestSection title="Last week in numbers">
          <Text className="rp-ink" style={digestStyles.item}>
            {lastWeekLine(lastWeek, digest.locale)}
          </Text>
        </DigestSection>
      ) : null}

      {tip ? (
        <DigestSection title={`A tip for ${lowerFirst(tip.barrierTitle)}`}>
          <Text className="rp-ink rp-tip" style={digestStyles.tip}>
            {tip.text}
          </Text>
        </DigestSection>
      ) : null}

      {action ? (
        <DigestSection title="One thing to try this week">
          <Text className="rp-ink" style={digestStyles.item}>
            {action.text}.
          </Text>
        </DigestSection>
      ) : null}

      <DigestFooterLinks
        links={links}
        what="this digest"
        actionNote={Boolean(items?.followUps || items?.events)}
      />
    </NotificationLayout>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

DigestEmail.PreviewProps = {
  digest: {
    kind: "employee",
    weekKey: "2026-W48",
    firstName: "Sam",
    locale: "en-GB",
    subject: "Your week in networking: 4 follow-ups to send",
    preview: "2 overdue · next up: Partnerships breakfast meetup · 1 goal to catch up on.",
    followUps: {
      overdue: [
        {
          id: "f1",
          contactId: "c1",
          contactName: "Ana Lima",
          dueOn: "2026-11-22",
          dueLabel: "3 days overdue",
          reason: "Send the partnership deck you promised",
        },
        { contactName: "Ben Carter", dueOn: "2026-11-24", dueLabel: "1 day overdue" },
      ],
      thisWeek: [
        {
          contactName: "Chloé Martin",
          dueOn: "2026-11-25",
          dueLabel: "today",
          reason: "Thank her for the intro",
        },
        { contactName: "Dev Patel", dueOn: "2026-11-27", dueLabel: "due Fri 27 Nov" },
      ],
      more: 0,
    },
    events: [
      {
        title: "Partnerships breakfast meetup",
        when: "Fri 27 Nov, 08:30",
        location: "The Green Room, Shoreditch",
        going: "You and Maya Chen and Priya Nair",
        readerGoing: true,
      },
    ],
    goals: [
      {
        title: "Attend two industry events this quarter",
        percent: 0,
        pace: "behind",
        progress: 0,
        target: 2,
      },
      { title: "Meet 10 people outside my team", percent: 40, pace: "on track", progress: 4, target: 10 },
    ],
    lastWeek: { peopleMet: 2, conversations: 3, followUpsDone: 1, eventsAttended: 0, total: 6 },
    tip: {
      id: "time.book-it",
      text: "Put a 30-minute networking slot in your calendar and treat it like any other meeting.",
      barrierTitle: "Lack of time",
    },
    action: { id: "time.calendar-block", text: "Book a 30-minute networking slot for Thursday" },
    useful: true,
  },
  links: {
    appUrl: "https://rapport.localhost/today",
    preferencesUrl: "https://rapport.localhost/settings/digest",
    unsubscribeUrl: "https://rapport.localhost/unsubscribe/preview-token",
  },
  items: {
    followUps: {
      f1: {
        open: "https://rapport.localhost/people/c1",
        done: "https://rapport.localhost/act/preview-done",
        snooze: "https://rapport.localhost/act/preview-snooze",
      },
    },
  },
} satisfies DigestEmailProps;

// `email dev` picks up each template's default export.
export default DigestEmail;
