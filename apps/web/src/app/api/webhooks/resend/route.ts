import { getDatabase } from "@rapport/db";
import { handleResendWebhook, jobsEnv } from "@rapport/jobs";

export const dynamic = "force-dynamic";

/** Resend webhooks (bounces and complaints suppress the address). Off without RESEND_WEBHOOK_SECRET. */
export async function POST(request: Request) {
  const secret = jobsEnv().RESEND_WEBHOOK_SECRET;
  if (!secret) return Response.json({ error: "Not found." }, { status: 404 });
  const { db } = await getDatabase();
  const outcome = await handleResendWebhook(db, secret, await request.text(), {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature"),
  });
  return outcome.status === 200
    ? Response.json({ suppressed: outcome.suppressed.length })
    : Response.json({ error: outcome.error }, { status: outcome.status });
}
