import { DEMO_ACCOUNTS, demoSignInEnabled, readAuthEnv, ssoConfigured } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { devMailboxEnabled } from "~/env";
import { currentUser, emailLinkOrigin, safeCallbackUrl } from "~/server/session";
import { signInAsDemo, signInWithSso } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = await safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const env = readAuthEnv();
  const { engine } = await getDatabase();
  const demo = demoSignInEnabled(engine);
  const links = await emailLinkOrigin();

  return (
    <AuthShell
      title="Sign in to Rapport"
      description="New here? Signing in with your work email creates your account."
      footer={
        devMailboxEnabled(engine) ? (
          <>
            Email is not set up on this installation, so links land in the{" "}
            <Link href="/dev/mailbox" className="font-medium text-accent underline">
              development mailbox
            </Link>
            .
          </>
        ) : undefined
      }
    >
      {links.ok ? null : (
        <div className="mb-4">
          <Alert tone="error" title="Sign-in emails are switched off">
            {links.reason}
          </Alert>
        </div>
      )}
      <EmailSignInForm callbackUrl={callbackUrl} defaultEmail={params.email} />

      {ssoConfigured(env) ? (
        <form action={signInWithSso} className="mt-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" className="w-full">
            Continue with {env.AUTH_OIDC_NAME}
          </Button>
        </form>
      ) : null}

      {demo ? (
        <section aria-labelledby="demo-heading" className="mt-8 border-t border-line pt-6">
          <h2 id="demo-heading" className="text-sm font-semibold">
            Explore the demo
          </h2>
          <p className="mt-1 text-sm text-muted">Step into Brightwater &amp; Co as one of its people.</p>
          <ul className="mt-3 space-y-2">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.key}>
                <form action={signInAsDemo}>
                  <input type="hidden" name="account" value={account.key} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <button
                    type="submit"
                    className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg border border-line px-3 py-2 text-left hover:border-accent"
                  >
                    <span>
                      <span className="block text-sm font-medium">Sign in as {account.name}</span>
                      <span className="block text-xs text-muted">{account.label}</span>
                    </span>
                    <span aria-hidden="true" className="text-muted">
                      →
                    </span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AuthShell>
  );
}
