import { readAuthEnv } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "~/components/auth/auth-shell";
import { ButtonLink } from "~/components/ui/button";
import { devMailboxEnabled } from "~/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>;
}) {
  const { email } = await searchParams;
  const minutes = readAuthEnv().MAGIC_LINK_MINUTES;
  const { engine } = await getDatabase();
  return (
    <AuthShell
      title="Check your email"
      description={
        <>
          We sent a sign-in link to {email ? <strong className="text-ink">{email}</strong> : "your inbox"}. It
          works once, for the next {minutes} minutes.
        </>
      }
      footer={
        <>
          Nothing arrived? Look in spam, or{" "}
          <Link
            href={`/sign-in${email ? `?${new URLSearchParams({ email })}` : ""}`}
            className="font-medium text-accent underline"
          >
            ask for a new link
          </Link>
          .
        </>
      }
    >
      {devMailboxEnabled(engine) ? (
        <ButtonLink href="/dev/mailbox" variant="secondary" className="w-full">
          Open the development mailbox
        </ButtonLink>
      ) : (
        <p className="text-sm text-muted">You can close this tab; the link opens Rapport in a new one.</p>
      )}
    </AuthShell>
  );
}
