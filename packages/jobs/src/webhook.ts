import { type Database, suppressAddress } from "@rapport/db";
import { Resend } from "resend";

export type WebhookOutcome = { status: 200; suppressed: string[] } | { status: 400; error: string };

/**
 * A Resend webhook: verified with the SDK (Svix signature over the raw body), then bounced and
 * complained addresses are suppressed so no digest goes to them again.
 */
export async function handleResendWebhook(
  db: Database,
  secret: string,
  payload: string,
  headers: { id: string | null; timestamp: string | null; signature: string | null },
): Promise<WebhookOutcome> {
  if (!headers.id || !headers.timestamp || !headers.signature) {
    return { status: 400, error: "Missing svix-id, svix-timestamp or svix-signature header." };
  }
  let event: { type: string; data?: { to?: string[] | string } };
  try {
    event = new Resend("re_webhook_verification_only").webhooks.verify({
      payload,
      headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature },
      webhookSecret: secret,
    }) as typeof event;
  } catch {
    return { status: 400, error: "The webhook signature does not match." };
  }
  if (event.type !== "email.bounced" && event.type !== "email.complained")
    return { status: 200, suppressed: [] };
  const to = event.data?.to;
  const addresses = (Array.isArray(to) ? to : to ? [to] : []).map((a) => /<([^>]+)>/.exec(a)?.[1] ?? a);
  for (const email of addresses) {
    await suppressAddress(db, {
      email,
      reason: event.type === "email.bounced" ? "bounced" : "complained",
      eventId: headers.id,
    });
  }
  return { status: 200, suppressed: addresses };
}
