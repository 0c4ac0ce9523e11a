/** @jsxRuntime automatic @jsxImportSource react */
import type { Database, DigestRecipient, PreparedOutcome } from "@rapport/db";
import type { DeliveryPayload } from "@rapport/db/schema";
import {
  composeDigest,
  composeManagerDigest,
  type EmployeeDigest,
  type ManagerDigest,
} from "@rapport/domain/digest";
import { DigestEmail, type DigestLinks, ManagerDigestEmail, renderEmail } from "@rapport/email";
import type { DigestSources, DigestWeek } from "./digest-sources";
import { createUnsubscribeToken, unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-token";

export interface RenderContext {
  appUrl: string;
  /** The auth secret: unsubscribe tokens are signed with it. */
  secret: string;
  /** The sender, for the mailto unsubscribe address. */
  from: string;
}

/** Links in a digest; a manager's team digest opens the team dashboard, a personal one opens Today. */
export function digestLinks(
  ctx: RenderContext,
  user: { userId: string; unsubscribeVersion?: number },
  kind: "employee" | "manager" = "employee",
): DigestLinks {
  return {
    appUrl: `${ctx.appUrl}/${kind === "manager" ? "team" : "today"}`,
    preferencesUrl: `${ctx.appUrl}/settings/digest`,
    unsubscribeUrl: unsubscribeUrl(ctx.appUrl, tokenFor(ctx, user)),
  };
}

function tokenFor(ctx: RenderContext, user: { userId: string; unsubscribeVersion?: number }): string {
  return createUnsubscribeToken(user.userId, ctx.secret, user.unsubscribeVersion ?? 1);
}

/** Composes one digest; null when there is nothing worth sending. */
export async function composeFor(
  db: Database,
  sources: DigestSources,
  user: DigestRecipient,
  kind: "employee" | "manager",
  week: DigestWeek,
): Promise<EmployeeDigest | ManagerDigest> {
  return kind === "employee"
    ? composeDigest(await sources.employee(db, user, week))
    : composeManagerDigest(await sources.manager(db, user, week));
}

export async function renderDigestPayload(
  ctx: RenderContext,
  user: Pick<DigestRecipient, "userId" | "email"> & { unsubscribeVersion?: number },
  digest: EmployeeDigest | ManagerDigest,
): Promise<DeliveryPayload> {
  const links = digestLinks(ctx, user, digest.kind);
  const { html, text } = await renderEmail(
    digest.kind === "employee" ? (
      <DigestEmail digest={digest} links={links} />
    ) : (
      <ManagerDigestEmail digest={digest} links={links} />
    ),
  );
  return {
    to: user.email,
    subject: digest.subject,
    html,
    text,
    headers: unsubscribeHeaders(ctx.appUrl, tokenFor(ctx, user), ctx.from),
    tags: [
      { name: "category", value: digest.kind === "employee" ? "digest" : "manager_digest" },
      { name: "week", value: digest.weekKey.replace(/[^A-Za-z0-9_-]/g, "_") },
    ],
  };
}

/** What happens to one claimed delivery: a payload to send, or a reason to skip it. */
export async function prepareDelivery(
  db: Database,
  sources: DigestSources,
  ctx: RenderContext,
  delivery: { id: string; kind: "employee" | "manager"; isoWeek: string },
  user: DigestRecipient | undefined,
  now: Date,
): Promise<PreparedOutcome> {
  if (!user) return { id: delivery.id, skipped: "No longer in an organisation." };
  if (!user.enabled) return { id: delivery.id, skipped: "Unsubscribed from the weekly digest." };
  if (user.suppressed) return { id: delivery.id, skipped: "The address bounced or marked a digest as spam." };
  if (delivery.kind === "manager" && !user.managesTeam)
    return { id: delivery.id, skipped: "No longer manages a team." };
  try {
    const digest = await composeFor(db, sources, user, delivery.kind, { weekKey: delivery.isoWeek, now });
    if (!digest.useful) return { id: delivery.id, skipped: "Nothing worth sending this week." };
    const payload = await renderDigestPayload(ctx, user, digest);
    const tipId = digest.kind === "employee" ? digest.tip?.id : undefined;
    return {
      id: delivery.id,
      payload,
      isoWeek: delivery.isoWeek,
      userId: user.userId,
      ...(tipId ? { tipId } : {}),
    };
  } catch (error) {
    return {
      id: delivery.id,
      failed: `Could not compose the digest: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
