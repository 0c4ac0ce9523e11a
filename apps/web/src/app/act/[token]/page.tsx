import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { handleDigestAction } from "@rapport/jobs";
import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { ButtonLink } from "~/components/ui/button";
import { currentUser } from "~/server/session";
import { ConfirmAction } from "./confirm-form";

export const metadata: Metadata = { title: "From your digest", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * A "Done", "Snooze a week" or "I'm going" link from the weekly digest. Opening it changes nothing (mail
 * scanners open links): it says what the button will do, and only the button's POST acts.
 */
export default async function DigestActionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getDatabase();
  const user = await currentUser();
  const page = await handleDigestAction(db, await resolveAuthSecret(db), token.slice(0, 1000), "look", {
    sessionUserId: user?.id ?? null,
  });
  if (page.state === "confirm") {
    return (
      <AuthShell title={page.title} description={page.message}>
        <ConfirmAction token={token} page={page} />
      </AuthShell>
    );
  }
  return (
    <AuthShell title={page.title} description={page.message}>
      {"link" in page ? (
        <ButtonLink href={page.link.href}>{page.link.label}</ButtonLink>
      ) : (
        <ButtonLink href="/today" variant="secondary">
          Open Rapport
        </ButtonLink>
      )}
    </AuthShell>
  );
}
