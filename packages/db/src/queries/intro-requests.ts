// Intro requests between colleagues. The requester reads their own requests with a softened status;
// the introducer reads what was asked of them. Nobody else reads a request, and a request that cannot
// be sent (nothing shared, blocked, another organisation) answers one and the same "not found".
import { AppError, invalid, notFound } from "@rapport/domain";
import {
  checkIntroRequestLimit,
  effectiveIntroStatus,
  type IntroRequestAction,
  introDraft,
  introMailto,
  introRequestExpiresAt,
  nextIntroStatus,
  requesterIntroStatus,
  sharingKey,
} from "@rapport/domain/sharing";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  contacts,
  interactions,
  introRequestBlocks,
  introRequests,
  memberships,
  sharingOpenContacts,
  sharingPreferences,
  users,
} from "../schema";
import { ownedBy, todayFor } from "./contact-scope";
import { getOwnedContact } from "./contacts";
import type { OrgScope } from "./scope";
import { sharesCompanies } from "./sharing";

/** The one answer for every request that cannot be made, so none of them reveals why. */
const cannotAsk = () => new AppError("not_found", "That colleague can't be asked about this.");

export interface IntroRequestInput {
  introducerId: string;
  /** An open contact found in the search, or … */
  contactId?: string | null;
  /** … a company the colleague shares knowing people at. */
  company?: string | null;
  reason: string;
  blurb: string;
}

export async function sendIntroRequest(
  db: Database,
  scope: OrgScope,
  input: IntroRequestInput,
  now = new Date(),
) {
  if (input.introducerId === scope.userId)
    throw invalid("You can't ask yourself for an introduction.", "introducerId");
  if (!input.contactId === !input.company)
    throw invalid("Choose a person or a company to ask about.", "company");
  return db.transaction(async (tx) => {
    // One request at a time per person, so the weekly limit holds under double submits.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`intro-requests:${scope.userId}`}))`);
    const recent = await tx
      .select({ createdAt: introRequests.createdAt })
      .from(introRequests)
      .where(
        and(
          eq(introRequests.requesterId, scope.userId),
          gt(introRequests.createdAt, new Date(now.getTime() - 7 * 86_400_000)),
        ),
      );
    checkIntroRequestLimit(
      recent.map((r) => r.createdAt),
      now,
    );
    const target = await askableTarget(tx, scope, input);
    const [duplicate] = await tx
      .select({ id: introRequests.id })
      .from(introRequests)
      .where(
        and(
          eq(introRequests.requesterId, scope.userId),
          eq(introRequests.introducerId, input.introducerId),
          eq(introRequests.targetLabel, target.targetLabel),
          inArray(introRequests.status, ["pending", "asked_waiting"]),
          gt(introRequests.expiresAt, now),
        ),
      );
    if (duplicate) throw new AppError("conflict", "You already asked this colleague about this.");
    const [created] = await tx
      .insert(introRequests)
      .values({
        organisationId: scope.organisationId,
        requesterId: scope.userId,
        introducerId: input.introducerId,
        contactId: target.contactId,
        targetLabel: target.targetLabel,
        company: target.company,
        reason: input.reason,
        blurb: input.blurb,
        createdAt: now,
        expiresAt: introRequestExpiresAt(now),
      })
      .returning({ id: introRequests.id });
    if (!created) throw cannotAsk();
    return { id: created.id };
  });
}

/** What the request is about, read only from what the introducer shares right now. */
async function askableTarget(db: Database, scope: OrgScope, input: IntroRequestInput) {
  const introducer = input.introducerId;
  const [colleague] = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, introducer),
        eq(memberships.organisationId, scope.organisationId),
        sql`not exists (select 1 from ${introRequestBlocks} b where b.blocker_id = ${introducer} and b.blocked_id = ${scope.userId} and b.organisation_id = ${scope.organisationId})`,
      ),
    );
  if (!colleague) throw cannotAsk();
  if (input.contactId) {
    const [open] = await db
      .select({ id: contacts.id, name: contacts.name, company: contacts.company })
      .from(sharingOpenContacts)
      .innerJoin(contacts, eq(contacts.id, sharingOpenContacts.contactId))
      .where(
        and(
          eq(sharingOpenContacts.contactId, input.contactId),
          eq(sharingOpenContacts.ownerId, introducer),
          eq(contacts.ownerId, introducer),
          eq(sharingOpenContacts.organisationId, scope.organisationId),
        ),
      );
    if (!open) throw cannotAsk();
    return { contactId: open.id, targetLabel: open.name, company: open.company };
  }
  // A company the colleague knows people at, or a field (a word of their contacts' roles).
  const key = sharingKey(input.company ?? "");
  const [known] = await db
    .select({
      company: sql<
        string | null
      >`min(btrim(${contacts.company})) filter (where lower(regexp_replace(btrim(coalesce(${contacts.company}, '')), '\\s+', ' ', 'g')) = ${key})`,
      inField: sql<number>`count(*) filter (where position(${key} in lower(regexp_replace(coalesce(${contacts.role}, ''), '\\s+', ' ', 'g'))) > 0)::int`,
    })
    .from(contacts)
    .innerJoin(sharingPreferences, sharesCompanies)
    .where(and(eq(contacts.ownerId, introducer), eq(contacts.organisationId, scope.organisationId)));
  if (known?.company) return { contactId: null, targetLabel: known.company, company: known.company };
  if (key.length >= 2 && (known?.inField ?? 0) > 0) {
    const field = (input.company ?? "").trim();
    return { contactId: null, targetLabel: field, company: null };
  }
  throw cannotAsk();
}

const introducerUser = alias(users, "introducer");
const requesterUser = alias(users, "requester");

/** The caller's own requests, newest first, as the requester may see them. */
export async function listSentIntroRequests(db: Database, scope: OrgScope, now = new Date()) {
  const rows = await db
    .select({
      id: introRequests.id,
      introducerName: introducerUser.name,
      targetLabel: introRequests.targetLabel,
      company: introRequests.company,
      reason: introRequests.reason,
      status: introRequests.status,
      expiresAt: introRequests.expiresAt,
      createdAt: introRequests.createdAt,
    })
    .from(introRequests)
    .innerJoin(introducerUser, eq(introducerUser.id, introRequests.introducerId))
    .where(
      and(
        eq(introRequests.requesterId, scope.userId),
        eq(introRequests.organisationId, scope.organisationId),
      ),
    )
    .orderBy(desc(introRequests.createdAt))
    .limit(100);
  return rows.map(({ status, expiresAt, introducerName, ...row }) => ({
    ...row,
    introducerName: introducerName ?? "A colleague",
    status: requesterIntroStatus(effectiveIntroStatus({ status, expiresAt }, now)),
  }));
}

/** Requests made of the caller, newest first, with their full status. */
export async function listReceivedIntroRequests(db: Database, scope: OrgScope, now = new Date()) {
  const rows = await db
    .select({
      id: introRequests.id,
      requesterId: introRequests.requesterId,
      requesterName: requesterUser.name,
      contactId: introRequests.contactId,
      targetLabel: introRequests.targetLabel,
      company: introRequests.company,
      reason: introRequests.reason,
      blurb: introRequests.blurb,
      status: introRequests.status,
      expiresAt: introRequests.expiresAt,
      createdAt: introRequests.createdAt,
    })
    .from(introRequests)
    .innerJoin(requesterUser, eq(requesterUser.id, introRequests.requesterId))
    .where(
      and(
        eq(introRequests.introducerId, scope.userId),
        eq(introRequests.organisationId, scope.organisationId),
      ),
    )
    .orderBy(desc(introRequests.createdAt))
    .limit(100);
  return rows.map(({ status, expiresAt, requesterName, ...row }) => ({
    ...row,
    requesterName: requesterName ?? "A colleague",
    expiresAt,
    status: effectiveIntroStatus({ status, expiresAt }, now),
  }));
}

/** Waiting for the caller's answer, and accepted on the caller's behalf: for Today and the digest. */
export async function introRequestCounts(db: Database, scope: OrgScope, now = new Date()) {
  const [row] = await db
    .select({
      waitingForMe: sql<number>`count(*) filter (where ${introRequests.introducerId} = ${scope.userId} and ${introRequests.status} in ('pending', 'asked_waiting') and ${introRequests.expiresAt} > ${now.toISOString()}::timestamptz)::int`,
      acceptedForMe: sql<number>`count(*) filter (where ${introRequests.requesterId} = ${scope.userId} and ${introRequests.status} = 'accepted')::int`,
    })
    .from(introRequests)
    .where(
      and(
        eq(introRequests.organisationId, scope.organisationId),
        sql`(${introRequests.introducerId} = ${scope.userId} or ${introRequests.requesterId} = ${scope.userId})`,
      ),
    );
  return { waitingForMe: row?.waitingForMe ?? 0, acceptedForMe: row?.acceptedForMe ?? 0 };
}

export async function receivedRequest(db: Database, scope: OrgScope, requestId: string) {
  const [request] = await db
    .select()
    .from(introRequests)
    .where(
      and(
        eq(introRequests.id, requestId),
        eq(introRequests.introducerId, scope.userId),
        eq(introRequests.organisationId, scope.organisationId),
      ),
    );
  if (!request) throw notFound("That request");
  return request;
}

export async function moveRequest(db: Database, requestId: string, from: string, to: string) {
  const [moved] = await db
    .update(introRequests)
    .set({ status: to as never, respondedAt: new Date() })
    .where(and(eq(introRequests.id, requestId), eq(introRequests.status, from as never)))
    .returning({ id: introRequests.id });
  // Someone else answered in between (another tab): say so rather than answer twice.
  if (!moved) throw new AppError("conflict", "This request changed meanwhile. Reload to see it.");
}

export async function answerIntroRequest(
  db: Database,
  scope: OrgScope,
  requestId: string,
  action: Exclude<IntroRequestAction, "accept" | "done">,
  now = new Date(),
) {
  const request = await receivedRequest(db, scope, requestId);
  const to = nextIntroStatus(effectiveIntroStatus(request, now), action);
  await moveRequest(db, request.id, request.status, to);
  return { id: request.id, status: to };
}

/**
 * Accepts a request: returns the double-opt-in draft for the introducer to edit and send themselves,
 * and logs a "gave value" interaction on the contact (when the introducer named one).
 */
export async function acceptIntroRequest(
  db: Database,
  scope: OrgScope,
  input: { requestId: string; contactId?: string | null },
  now = new Date(),
) {
  const request = await receivedRequest(db, scope, input.requestId);
  const to = nextIntroStatus(effectiveIntroStatus(request, now), "accept");
  const contactId = request.contactId ?? input.contactId ?? null;
  const contact = contactId ? await getOwnedContact(db, scope, contactId) : null;
  const today = await todayFor(db, scope.userId, now);
  await db.transaction(async (tx) => {
    await moveRequest(tx, request.id, request.status, to);
    if (contact) {
      await tx.insert(interactions).values({
        contactId: contact.id,
        ownerId: scope.userId,
        organisationId: scope.organisationId,
        kind: "gave_value",
        occurredOn: today,
        outcome: "positive",
        note: "Offered an introduction to a colleague.",
      });
    }
  });
  return introRequestDraft(db, scope, request.id);
}

/** The draft of an accepted request, again (the introducer may come back to send it later). */
export async function introRequestDraft(db: Database, scope: OrgScope, requestId: string) {
  const request = await receivedRequest(db, scope, requestId);
  if (request.status !== "accepted" && request.status !== "done") {
    throw new AppError("conflict", "Accept the request first.");
  }
  const [[me], [requester], contact] = await Promise.all([
    db.select({ name: users.name }).from(users).where(eq(users.id, scope.userId)),
    db.select({ name: users.name }).from(users).where(eq(users.id, request.requesterId)),
    request.contactId
      ? db
          .select({ name: contacts.name, email: contacts.email })
          .from(contacts)
          .where(and(eq(contacts.id, request.contactId), ownedBy(contacts, scope)))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
  ]);
  const draft = introDraft({
    introducerName: me?.name ?? "",
    contactName: contact?.name ?? null,
    requesterName: requester?.name ?? "a colleague",
    reason: request.reason,
    blurb: request.blurb,
  });
  return { ...draft, to: contact?.email ?? null, mailto: introMailto(contact?.email ?? null, draft) };
}
