import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "~/components/auth/auth-shell";
import { Button } from "~/components/ui/button";
import { api } from "~/server/api";
import { requireUser } from "~/server/session";
import { acceptPendingInvitationAction } from "./actions";
import { CreateOrganisationForm } from "./create-organisation-form";

export const metadata: Metadata = { title: "Welcome" };
export const dynamic = "force-dynamic";

/** First stop after a first sign-in: join the organisation that invited you, or start one. */
export default async function WelcomePage() {
  await requireUser("/welcome");
  const me = await (await api()).me.get();
  if (!me.user.profileConfirmed) redirect("/about-you?next=%2Fwelcome");
  if (me.activeOrganisation) redirect("/today");
  return (
    <AuthShell
      title={`Welcome${me.user.name ? `, ${me.user.name.split(" ")[0]}` : ""}`}
      description="Rapport works inside an organisation: your company or your part of it."
    >
      {me.pendingInvitations.length > 0 ? (
        <section aria-labelledby="invites-heading" className="mb-8">
          <h2 id="invites-heading" className="text-sm font-semibold">
            You have been invited
          </h2>
          <ul className="mt-3 space-y-2">
            {me.pendingInvitations.map((invite) => (
              <li
                key={invite.id}
                className="flex items-center justify-between gap-3 rounded-lg border border-line p-3"
              >
                <span className="min-w-0">
                  <span className="block truncate font-medium">{invite.organisationName}</span>
                  {invite.teamName ? (
                    <span className="block text-sm text-muted">Team {invite.teamName}</span>
                  ) : null}
                </span>
                <form action={acceptPendingInvitationAction}>
                  <input type="hidden" name="invitationId" value={invite.id} />
                  <Button type="submit" size="sm">
                    Join
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading" className="text-sm font-semibold">
          {me.pendingInvitations.length > 0 ? "Or start a new organisation" : "Start your organisation"}
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          You will be its admin: you can create teams and invite colleagues next. Expecting an invitation
          instead? Ask your admin to send it to {me.user.email}.
        </p>
        <CreateOrganisationForm />
      </section>
    </AuthShell>
  );
}
