// What follows an answer: blocking a requester, and the requester adding the person they met.
import { notFound } from "@rapport/domain";
import { effectiveIntroStatus, nextIntroStatus } from "@rapport/domain/sharing";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { interactions, introRequestBlocks, introRequests } from "../schema";
import { todayFor } from "./contact-scope";
import { createContact } from "./contacts";
import { moveRequest, receivedRequest } from "./intro-requests";
import type { OrgScope } from "./scope";

/** Declines (if still open) and stops any further request from that requester. */
export async function blockIntroRequester(
  db: Database,
  scope: OrgScope,
  requestId: string,
  now = new Date(),
) {
  const request = await receivedRequest(db, scope, requestId);
  await db.transaction(async (tx) => {
    const status = effectiveIntroStatus(request, now);
    if (status === "pending" || status === "asked_waiting")
      await moveRequest(tx, request.id, request.status, "declined");
    await tx
      .insert(introRequestBlocks)
      .values({
        blockerId: scope.userId,
        blockedId: request.requesterId,
        organisationId: scope.organisationId,
      })
      .onConflictDoNothing();
  });
}

export async function unblockIntroRequester(db: Database, scope: OrgScope, userId: string) {
  await db
    .delete(introRequestBlocks)
    .where(
      and(
        eq(introRequestBlocks.blockerId, scope.userId),
        eq(introRequestBlocks.blockedId, userId),
        eq(introRequestBlocks.organisationId, scope.organisationId),
      ),
    );
}

/**
 * The requester met the person: the contact goes into their own list (counting toward their goals as
 * a person met and an intro conversation) and the request is done.
 */
export async function logIntroducedContact(
  db: Database,
  scope: OrgScope,
  input: {
    requestId: string;
    name: string;
    company: string | null;
    role: string | null;
    email: string | null;
  },
  now = new Date(),
) {
  const [request] = await db
    .select()
    .from(introRequests)
    .where(
      and(
        eq(introRequests.id, input.requestId),
        eq(introRequests.requesterId, scope.userId),
        eq(introRequests.organisationId, scope.organisationId),
      ),
    );
  if (!request) throw notFound("That request");
  const to = nextIntroStatus(effectiveIntroStatus(request, now), "done");
  const today = await todayFor(db, scope.userId, now);
  return db.transaction(async (tx) => {
    await moveRequest(tx, request.id, request.status, to);
    const { contact } = await createContact(tx, scope, {
      name: input.name,
      company: input.company,
      role: input.role,
      email: input.email,
      phone: null,
      linkedinUrl: null,
      metOn: today,
      metWhere: "Introduced by a colleague",
      metEventId: null,
      tags: [],
      commonGround: null,
      notes: null,
    });
    await tx.insert(interactions).values({
      contactId: contact.id,
      ownerId: scope.userId,
      organisationId: scope.organisationId,
      kind: "intro",
      occurredOn: today,
      outcome: "positive",
    });
    return { contactId: contact.id };
  });
}
