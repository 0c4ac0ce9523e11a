import { readAuthEnv, readPendingCookie, resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "~/components/auth/auth-shell";
import { Button } from "~/components/ui/button";
import { sendSsoConfirmation } from "../sso-actions";

export const metadata: Metadata = { title: "Confirm it's you", robots: { index: false } };

/**
 * Where an SSO sign-in lands when the provider did not vouch for the address: the person proves it by
 * magic link before the identity is joined to an account (see the linking policy in the README).
 */
export default async function SsoConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string }>;
}) {
  const { problem } = await searchParams;
  const { db } = await getDatabase();
  const pending = await readPendingCookie(await resolveAuthSecret(db));
  const provider = readAuthEnv().AUTH_OIDC_NAME;
  if (!pending) {
    return (
      <AuthShell
        title="This confirmation has ended"
        description={`It lasts 30 minutes and only in the browser where you signed in with ${provider}. Start again from the sign-in page.`}
      >
        <Link href="/sign-in" className="font-medium text-accent underline">
          Back to sign in
        </Link>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title="Confirm it's you"
      description={
        <>
          You signed in with {provider} as <strong className="text-ink">{pending.email}</strong>, but{" "}
          {provider} did not confirm that this address is yours. Before we connect it to Rapport, we will
          email a link to {pending.email}. Open it in this browser.
        </>
      }
      footer="If you did not just sign in with company SSO, ignore this page: nothing is connected until the emailed link is used here."
    >
      <form action={sendSsoConfirmation} className="space-y-3">
        {problem ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {problem.slice(0, 200)}
          </p>
        ) : null}
        <Button type="submit" className="w-full">
          Email me a confirmation link
        </Button>
      </form>
    </AuthShell>
  );
}
