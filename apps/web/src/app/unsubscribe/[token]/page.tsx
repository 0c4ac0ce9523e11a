import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { handleUnsubscribe } from "@rapport/jobs";
import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { Button, ButtonLink } from "~/components/ui/button";
import { setSubscriptionAction } from "./actions";

export const metadata: Metadata = { title: "Weekly digest" };
export const dynamic = "force-dynamic";

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getDatabase();
  const status = await handleUnsubscribe(db, await resolveAuthSecret(db), token, "status");
  if (status.status !== 200) {
    return (
      <AuthShell title="This link doesn't work" description={status.error}>
        <p className="text-sm text-muted">
          You can always change your weekly email after signing in, under Settings → Weekly digest.
        </p>
        <ButtonLink href="/settings/digest" variant="secondary">
          Open digest settings
        </ButtonLink>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title={status.enabled ? "Stop the weekly digest?" : "You're unsubscribed"}
      description={
        status.enabled
          ? `${status.email} gets a short email each week with follow-ups, events and goals.`
          : `${status.email} won't get the weekly digest any more. Changed your mind? Switch it back on below.`
      }
    >
      <div className="flex flex-wrap gap-3">
        <form action={setSubscriptionAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="action" value={status.enabled ? "unsubscribe" : "resubscribe"} />
          <Button type="submit" variant={status.enabled ? "danger" : "primary"}>
            {status.enabled ? "Unsubscribe" : "Resubscribe"}
          </Button>
        </form>
        <ButtonLink href="/settings/digest" variant="secondary">
          Choose a day and time instead
        </ButtonLink>
      </div>
    </AuthShell>
  );
}
