/** @jsxRuntime automatic @jsxImportSource react */
import type { Database, DigestRecipient, PreparedOutcome } from "@rapport/db";
import type { DeliveryPayload } from "@rapport/db/schema";
import {
  composeDigest,
  composeManagerDigest,
  type EmployeeDigest,
  type ManagerDigest,
  sampleDigestInput,
} from "@rapport/domain/digest";
import { isoWeekKey } from "@rapport/domain/time";
import {
  DigestEmail,
  type DigestItemLinks,
  type DigestLinks,
  ManagerDigestEmail,
  renderEmail,
} from "@rapport/email";
import { createActionToken, type DigestAction } from "./action-token";
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

/**
 * Each item's page, and for the reader's own follow-ups and events a signed one-press action. The
 * tokens name the reader and the one item, so a link cannot act on anything else or for anyone else.
 */
export function digestItemLinks(
  ctx: RenderContext,
  userId: string,
  digest: EmployeeDigest | ManagerDigest,
  now: Date = new Date(),
): DigestItemLinks {
  const act = (action: DigestAction, itemId: string) =>
    `${ctx.appUrl}/act/${createActionToken({ userId, action, itemId }, ctx.secret, now)}`;
  if (digest.kind === "manager") {
    const members: Record<string, string> = {};
    for (const team of digest.teams) {
      if (!team.id) continue;
      for (const n of team.nudges) {
        if (n.userId) members[n.userId] = `${ctx.appUrl}/team/${team.id}/members/${n.userId}`;
      }
    }
    return { members };
  }
  const links: Required<Pick<DigestItemLinks, "followUps" | "events" | "goals" | "intros">> = {
    followUps: {},
    events: {},
    goals: {},
    intros: {},
  };
  for (const f of [...(digest.followUps?.overdue ?? []), ...(digest.followUps?.thisWeek ?? [])]) {
    if (!f.id || !f.contactId) continue;
    links.followUps[f.id] = {
      open: `${ctx.appUrl}/people/${f.contactId}`,
      done: act("done", f.id),
      snooze: act("snooze", f.id),
    };
  }
  for (const e of digest.events) {
    if (!e.id) continue;
    links.events[e.id] = {
      open: `${ctx.appUrl}/events/${e.id}`,
      ...(e.readerGoing ? {} : { going: act("going", e.id) }),
    };
  }
  for (const g of digest.goals) if (g.id) links.goals[g.id] = { open: `${ctx.appUrl}/goals/${g.id}` };
  for (const i of digest.intros ?? [])
    links.intros[i.groupId] = { open: `${ctx.appUrl}/today#intro-${i.groupId}` };
  return links;
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
  const items = digestItemLinks(ctx, user.userId, digest);
  const { html, text } = await renderEmail(
    digest.kind === "employee" ? (
      <DigestEmail digest={digest} links={links} items={items} />
    ) : (
      <ManagerDigestEmail digest={digest} links={links} items={items} />
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

/**
 * Renders one sample digest and throws it away: a worker calls it at start so its first real batch
 * does not wait for react-dom/server to load and the templates to be compiled. Nothing is sent or stored.
 */
export async function warmUpDigestRendering(now: Date = new Date()): Promise<void> {
  const person = { name: "Sample Person", email: "sample@warm-up.invalid", timeZone: "UTC" };
  const digest = composeDigest(sampleDigestInput(now, person, isoWeekKey(now, "UTC")));
  const ctx = { appUrl: "http://warm-up.invalid", secret: "warm-up-only", from: "sample@warm-up.invalid" };
  await renderDigestPayload(ctx, { userId: "warm-up", email: person.email }, digest);
}
