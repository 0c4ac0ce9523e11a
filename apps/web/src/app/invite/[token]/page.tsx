import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";
import { ButtonLink } from "~/components/ui/button";
import { api } from "~/server/api";
import { currentUser } from "~/server/session";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await (await api()).invitations.preview({ token });
  if (invitation.state === "unknown") {
    return (
      <AuthShell
        title="We could not find this invitation"
        description="Check that you opened the whole link from the email, or ask for a new invitation."
      >
        <ButtonLink href="/" variant="secondary" className="w-full">
          Go to Rapport
        </ButtonLink>
      </AuthShell>
    );
  }
  if (invitation.state !== "pending") {
    const why = {
      accepted: "This invitation has already been used.",
      revoked: "This invitation was withdrawn.",
      expired: "This invitation has expired.",
    }[invitation.state];
    return (
      <AuthShell
        title={why}
        description={`Ask an admin of ${invitation.organisationName} to send you a new one.`}
      >
        <ButtonLink href="/sign-in" variant="secondary" className="w-full">
          Sign in
        </ButtonLink>
      </AuthShell>
    );
  }
  const user = await currentUser();
  const where = invitation.teamName
    ? `${invitation.organisationName}, team ${invitation.teamName}`
    : invitation.organisationName;
  return (
    <AuthShell
      title={`Join ${invitation.organisationName}`}
      description={
        <>
          {invitation.inviterName ?? "A colleague"} invited{" "}
          <strong className="text-ink">{invitation.email}</strong> to {where} on Rapport.
        </>
      }
    >
      {user ? (
        user.email === invitation.email ? (
          <AcceptInvitationForm token={token} label={`Join ${invitation.organisationName}`} />
        ) : (
          <p className="text-sm text-muted">
            You are signed in as {user.email}. This invitation is for {invitation.email}: sign out and sign in
            with that address to accept it.
          </p>
        )
      ) : (
        <>
          <p className="mb-4 text-sm text-muted">
            First, sign in with {invitation.email}. We will bring you back here.
          </p>
          <EmailSignInForm
            callbackUrl={`/invite/${encodeURIComponent(token)}`}
            defaultEmail={invitation.email}
          />
        </>
      )}
    </AuthShell>
  );
}
