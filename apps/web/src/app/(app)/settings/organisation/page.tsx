import { readAuthEnv, ssoConfigured } from "@rapport/auth";
import { emailDomain } from "@rapport/domain/sso";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SetupChecklist } from "~/components/onboarding/setup-checklist";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { BulkInvite } from "./bulk-invite";
import { DefaultsForm } from "./defaults-form";
import { InvitationList } from "./invitation-list";
import { InviteForm } from "./invite-form";
import { PeopleTable } from "./people-table";
import { SsoDomains } from "./sso-domains";
import { TeamsPanel } from "./teams-panel";
import type { InvitationRow, MemberRow, TeamRow } from "./types";

export const metadata: Metadata = { title: "Organisation" };

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
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
  searchParams: Promise<{ welcome?: string }>;
}) {
  const { welcome } = await searchParams;
  const caller = await api();
  const [org, me] = await Promise.all([caller.organisation.get(), caller.me.get()]);

  let loaded: Awaited<ReturnType<typeof loadAdminData>>;
  try {
    loaded = await loadAdminData(caller);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN")
      return <AdminsOnly organisationName={org.name} />;
    throw error;
  }

  // Dates are formatted here, in the admin's own time zone, so server and browser agree.
  const date = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: me.user.timeZone,
  });
  const teams: TeamRow[] = loaded.teams;
  const teamOptions = teams.map((team) => ({ id: team.id, name: team.name }));
  const invitations: InvitationRow[] = loaded.invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    teamName: invitation.teamName,
    orgRole: invitation.orgRole,
    teamRole: invitation.teamRole,
    state: invitation.state,
    sentOn: date.format(invitation.sentAt),
    expiresOn: date.format(invitation.expiresAt),
  }));
  const members: MemberRow[] = loaded.members.map((member) => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedOn: date.format(member.joinedAt),
    isMe: member.userId === me.user.id,
    teams: member.teams,
  }));
  const authEnv = readAuthEnv();
  const pending = invitations.filter((invitation) => invitation.state === "pending").length;

  return (
    <>
      <PageHeader
        title={org.name}
        description="Your organisation at a glance: invite colleagues, shape teams and choose the defaults everyone starts with."
      />
      <div className="space-y-6">
        {welcome === "1" ? (
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
                  ? `${plural(pending, "invitation is", "invitations are")} waiting for an answer.`
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
            />
            <TeamsPanel teams={teams} />
          </Card>
        </Section>

        <Section id="people">
          <Card>
            <CardHeader
              title="People"
              description={`${plural(members.length, "person", "people")} in ${org.name}. Change roles, place people in teams, or remove someone who has left.`}
            />
            <PeopleTable members={members} teams={teamOptions} />
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

/** Everything only an admin may read; a member gets FORBIDDEN from the API. */
async function loadAdminData(caller: Awaited<ReturnType<typeof api>>) {
  const [members, teams, invitations, ssoDomains] = await Promise.all([
    caller.organisation.members(),
    caller.organisation.teams(),
    caller.invitations.list(),
    caller.sso.domains(),
  ]);
  return { members, teams, invitations, ssoDomains };
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
