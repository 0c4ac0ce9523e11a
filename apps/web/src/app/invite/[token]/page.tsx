import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";
import { ButtonLink } from "~/components/ui/button";
import { api } from "~/server/api";
import { currentUser } from "~/server/session";
import { AcceptInvitationForm } from "./accept-form";
import { RenewalForm } from "./renewal-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * Where the invitation email's link lands. Opening it (as mail scanners do) changes nothing; the one
 * button signs the invited person in and joins them, so a single email is enough.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await (await api()).invitations.preview({ token: token.slice(0, 200) });
  if (invitation.state === "unknown") {
    return (
      <AuthShell
        title="We could not find this invitation"
        description="Check that you opened the whole link from the email. If your admin sent a newer invitation, only the newest link works."
      >
        <ButtonLink href="/sign-in" variant="secondary" className="w-full">
          Sign in
        </ButtonLink>
      </AuthShell>
    );
  }
  const inviter = invitation.inviterName ?? `an admin of ${invitation.organisationName}`;
  if (invitation.state === "accepted") {
    return (
      <AuthShell
        title="This invitation has already been used"
        description={
          <>
            Each invitation link works once. If you joined {invitation.organisationName} with it, sign in with{" "}
            <strong className="text-ink [overflow-wrap:anywhere]">{invitation.email}</strong> and you will
            find everything there.
          </>
        }
      >
        <EmailSignInForm callbackUrl="/today" defaultEmail={invitation.email} />
      </AuthShell>
    );
  }
  if (invitation.state === "expired") {
    return (
      <AuthShell
        title="This invitation has expired"
        description={`Invitations last two weeks, so an old link cannot be misused. ${capitalise(inviter)} can send you a fresh one.`}
      >
        <RenewalForm token={token} who={invitation.inviterName ?? "the admin"} />
      </AuthShell>
    );
  }
  if (invitation.state === "revoked") {
    return (
      <AuthShell
        title="This invitation was withdrawn"
        description={`If you still expect to join ${invitation.organisationName}, ask ${inviter} to invite you again.`}
      >
        <ButtonLink href="/sign-in" variant="secondary" className="w-full">
          Sign in
        </ButtonLink>
      </AuthShell>
    );
  }
  const user = await currentUser();
  const where = invitation.teamName
    ? `the ${invitation.teamName} team at ${invitation.organisationName}`
    : invitation.organisationName;
  const joinLabel = `Join ${invitation.organisationName}`;
  return (
    <AuthShell
      title={joinLabel}
      description={
        <>
          {capitalise(inviter)} invited{" "}
          <strong className="text-ink [overflow-wrap:anywhere]">{invitation.email}</strong> to {where} on
          Rapport.
        </>
      }
      footer="Opening this page changes nothing; the button signs you in and joins you. The link works once."
    >
      {user && user.email === invitation.email ? (
        <AcceptInvitationForm token={token} label={joinLabel} />
      ) : (
        <>
          {user ? (
            <p className="mb-4 text-sm text-muted">
              You are signed in as {user.email}. The button signs you in as {invitation.email} instead.
            </p>
          ) : null}
          <AcceptInvitationForm token={token} label={joinLabel} signIn />
        </>
      )}
    </AuthShell>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
