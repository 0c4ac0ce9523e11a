import { readAuthEnv, ssoConfigured } from "@rapport/auth";
import { emailDomain } from "@rapport/domain/sso";
import { localDate } from "@rapport/domain/time";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SetupChecklist } from "~/components/onboarding/setup-checklist";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { countOf, fullDayWords, NOUNS } from "~/components/words";
import { api } from "~/server/api";
import { BulkInvite } from "./bulk-invite";
import { DefaultsForm } from "./defaults-form";
import { InvitationList } from "./invitation-list";
import { InviteForm } from "./invite-form";
import { PeopleDirectory } from "./people-directory";
import { SsoDomains } from "./sso-domains";
import { TeamsPanel } from "./teams-panel";
import type { DirectoryFilters, InvitationRow, MemberRow, TeamRow } from "./types";

export const metadata: Metadata = { title: "Organisation" };

/** The directory's search, filters and page from the address; anything odd is simply ignored. */
function directoryFilters(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => {
    const value = params[key];
    // Control characters (a NUL) cannot be searched for; drop them rather than refuse the page.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
    const text = (Array.isArray(value) ? value[0] : value)?.replace(/[\u0000-\u001f\u007f]/g, "");
    return text?.trim().slice(0, 200) || undefined;
  };
  const role = one("role");
  const page = Number(one("page") ?? "1");
  const filters: DirectoryFilters = {
    q: one("q"),
    role: role === "admin" || role === "member" ? role : undefined,
    team: one("team")?.slice(0, 64),
  };
  return { filters, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

/** A section the page can link to (e.g. /settings/organisation#invite), clear of the sticky header. */
function Section({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="min-w-0 scroll-mt-32">
      {children}
    </div>
  );
}

export default async function OrganisationSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { filters, page } = directoryFilters(params);
  const caller = await api();
  const [org, me] = await Promise.all([caller.organisation.get(), caller.me.get()]);

  let loaded: Awaited<ReturnType<typeof loadAdminData>>;
  try {
    loaded = await loadAdminData(caller, { search: filters.q, role: filters.role, team: filters.team, page });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN")
      return <AdminsOnly organisationName={org.name} />;
    throw error;
  }

  const { invitations, members } = formattedRows(loaded, me.user);
  const { locale } = me.user;
  const teams: TeamRow[] = loaded.teams;
  const teamOptions = teams.map((team) => ({ id: team.id, name: team.name }));
  const authEnv = readAuthEnv();
  const pending = invitations.filter((invitation) => invitation.state === "pending").length;

  return (
    <>
      <PageHeader
        title={org.name}
        description="Your organisation at a glance: invite colleagues, shape teams and choose the defaults everyone starts with."
      />
      <div className="space-y-6">
        {params.welcome === "1" ? (
          <Alert tone="success" title="Your organisation is ready">
            Next, create your teams and invite the people who belong in them. It only takes a minute.
          </Alert>
        ) : null}
        <SetupChecklist />

        <Section id="invite">
          <Card>
            <CardHeader
              title="Invite people"
              description="Each person gets an email with a link to join. Pick a team now or place them later."
            />
            <InviteForm teams={teamOptions} />
            <BulkInvite teams={teamOptions} />
          </Card>
        </Section>

        <Section id="invitations">
          <Card>
            <CardHeader
              title="Invitations"
              description={
                pending > 0
                  ? `${countOf(pending, NOUNS.invitation, locale)} waiting for an answer.`
                  : "Everyone you invited, and whether they have joined."
              }
            />
            <InvitationList invitations={invitations} />
          </Card>
        </Section>

        <Section id="teams">
          <Card>
            <CardHeader
              title="Teams"
              description="People in a team see each other's events and can share goals. Managers see how the team is doing."
              action={
                <ButtonLink href="/intros/manage" variant="secondary" size="sm">
                  Intros programmes
                </ButtonLink>
              }
            />
            <TeamsPanel teams={teams} />
          </Card>
        </Section>

        <Section id="people">
          <Card>
            <CardHeader
              title="People"
              description={`${countOf(loaded.directory.everyone, NOUNS.person, locale)} in ${org.name}. Find someone to change their role, place them in teams, or remove someone who has left.`}
            />
            <PeopleDirectory
              directory={{ ...loaded.directory, people: members }}
              filters={filters}
              teams={teamOptions}
              locale={locale}
            />
          </Card>
        </Section>

        <Section id="sso">
          <Card>
            <CardHeader
              title="Company SSO"
              description={`Tell Rapport which email domains belong to your company. People there sign in with ${authEnv.AUTH_OIDC_NAME}, and their existing accounts are joined to it without an extra email check.`}
            />
            <SsoDomains
              domains={loaded.ssoDomains}
              adminDomain={emailDomain(me.user.email) ?? ""}
              providerName={authEnv.AUTH_OIDC_NAME}
              ssoConfigured={ssoConfigured(authEnv)}
            />
          </Card>
        </Section>

        <Section id="defaults">
          <Card>
            <CardHeader
              title="Defaults"
              description="The name people see, and when the weekly digest goes out."
              action={
                <ButtonLink href="/settings/digest-runs" variant="secondary" size="sm">
                  Digest runs
                </ButtonLink>
              }
            />
            <DefaultsForm
              defaults={{
                name: org.name,
                timeZone: org.timeZone,
                digestDay: org.digestDay,
                digestHour: org.digestHour,
              }}
            />
          </Card>
        </Section>
      </div>
    </>
  );
}

/** Dates are formatted here, in the admin's own zone and locale, so server and browser agree. */
function formattedRows(
  loaded: Awaited<ReturnType<typeof loadAdminData>>,
  me: { id: string; timeZone: string; locale: string },
) {
  const date = (instant: Date) => fullDayWords(localDate(instant, me.timeZone), me.locale);
  const invitations: InvitationRow[] = loaded.invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    teamName: invitation.teamName,
    orgRole: invitation.orgRole,
    teamRole: invitation.teamRole,
    state: invitation.state,
    sentOn: date(invitation.sentAt),
    expiresOn: date(invitation.expiresAt),
  }));
  const members: MemberRow[] = loaded.directory.people.map((member) => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedOn: date(member.joinedAt),
    isMe: member.userId === me.id,
    teams: member.teams,
  }));
  return { invitations, members };
}

/** Everything only an admin may read; a member gets FORBIDDEN from the API. */
async function loadAdminData(
  caller: Awaited<ReturnType<typeof api>>,
  query: Parameters<Awaited<ReturnType<typeof api>>["organisation"]["directory"]>[0],
) {
  const [directory, teams, invitations, ssoDomains] = await Promise.all([
    caller.organisation.directory(query),
    caller.organisation.teams(),
    caller.invitations.list(),
    caller.sso.domains(),
  ]);
  return { directory, teams, invitations, ssoDomains };
}

function AdminsOnly({ organisationName }: { organisationName: string }) {
  return (
    <>
      <PageHeader title={organisationName} />
      <Card>
        <CardHeader
          title="Only admins can manage the organisation"
          description="Teams, invitations and defaults are looked after by your organisation's admins. If something here needs changing, ask one of them; they can also make you an admin."
        />
        <ButtonLink href="/today" variant="secondary">
          Back to today
        </ButtonLink>
      </Card>
    </>
  );
}
