import { magicLinkState, resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";
import { Button } from "~/components/ui/button";
import { safeCallbackUrl } from "~/server/session";

export const metadata: Metadata = { title: "Confirm sign-in", robots: { index: false } };

/**
 * Where the emailed link lands. Opening it (as mail scanners do) changes nothing; only the button,
 * a POST to Auth.js, uses the link up and signs the person in.
 */
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token, email, callbackUrl } = await searchParams;
  const returnTo = await safeCallbackUrl(callbackUrl);
  if (!token || !email) {
    return (
      <AuthShell
        title="This link is incomplete"
        description="Part of the link seems to be missing. Ask for a new one below."
      >
        <EmailSignInForm callbackUrl={returnTo} />
      </AuthShell>
    );
  }
  const { db } = await getDatabase();
  const state = await magicLinkState(db, { email, token, secret: await resolveAuthSecret(db) });
  if (state !== "valid") {
    return (
      <AuthShell
        title={state === "expired" ? "This link has expired" : "This link was already used"}
        description={
          state === "expired"
            ? "Sign-in links only last a short while, to keep your account safe. We can send you a fresh one."
            : "Each sign-in link works once. If that was not you, nothing is lost: just ask for a new link."
        }
      >
        <EmailSignInForm callbackUrl={returnTo} defaultEmail={email} />
      </AuthShell>
    );
  }
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: returnTo })}`;
  return (
    <AuthShell
      title="Sign in to Rapport"
      description={
        <>
          You are signing in as <strong className="text-ink">{email}</strong>.
        </>
      }
    >
      <form method="post" action={action}>
        <Button type="submit" className="w-full">
          Continue to Rapport
        </Button>
      </form>
    </AuthShell>
  );
}
