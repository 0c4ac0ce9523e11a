import { readAuthEnv, readPendingCookie, resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { Button, ButtonLink } from "~/components/ui/button";
import { requireUser } from "~/server/session";
import { joinSsoIdentity } from "../sso-actions";

export const metadata: Metadata = { title: "Connect company SSO", robots: { index: false } };

const outcomes: Record<string, { title: string; body: string }> = {
  "other-address": {
    title: "That was a different address",
    body: "You are signed in with another address than the one your company SSO gave, so nothing was connected.",
  },
  "linked-elsewhere": {
    title: "Already connected to another account",
    body: "This company SSO identity already signs in to a different Rapport account, so it was left there.",
  },
};

/** The last step of confirming an SSO identity by email: the signed-in person joins it to their account. */
export default async function SsoLinkPage({ searchParams }: { searchParams: Promise<{ outcome?: string }> }) {
  const user = await requireUser("/sign-in/sso-link");
  const { outcome } = await searchParams;
  const { db } = await getDatabase();
  const pending = await readPendingCookie(await resolveAuthSecret(db));
  const provider = readAuthEnv().AUTH_OIDC_NAME;
  const problem =
    outcomes[outcome ?? ""] ??
    (!pending
      ? {
          title: "Nothing is waiting to be connected",
          body: `Connecting ${provider} has to finish in the browser where you signed in with it, within 30 minutes. You are signed in; sign in with ${provider} again to start over.`,
        }
      : pending.email !== user.email.toLowerCase()
        ? outcomes["other-address"]
        : undefined);
  if (problem || !pending) {
    return (
      <AuthShell title={problem?.title ?? ""} description={problem?.body}>
        <ButtonLink href="/today" variant="secondary" className="w-full">
          Go to Rapport
        </ButtonLink>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title={`Connect ${provider}`}
      description={
        <>
          Your address <strong className="text-ink">{pending.email}</strong> is confirmed. From now on you can
          also sign in with {provider}.
        </>
      }
    >
      <form action={joinSsoIdentity}>
        <Button type="submit" className="w-full">
          Connect and continue
        </Button>
      </form>
    </AuthShell>
  );
}
