import { createHash, randomBytes } from "node:crypto";
import { AppError, conflict, notFound } from "@rapport/domain";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { invitations, memberships, organisations, teamMembers, teams, users } from "../schema";
import { getTeam } from "./organisations";
import type { OrgScope } from "./scope";

export const INVITATION_DAYS = 14;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  return inv.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/**
 * Invites an address. A pending invitation to the same address is replaced (a new link, a new
 * expiry), so resending never leaves two live links. Returns the token for the email link.
 */
export async function createInvitation(
  db: Database,
  scope: OrgScope,
  input: {
    email: string;
    /** The name the admin gave, if any; it prefills the invitee's "about you". */
    name?: string;
    teamId?: string;
    orgRole: "admin" | "member";
    teamRole: "employee" | "manager";
  },
  now = new Date(),
) {
  const email = input.email.trim().toLowerCase();
  if (input.teamId) await getTeam(db, scope, input.teamId);
  const [existingMember] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, scope.organisationId), eq(users.email, email)));
  if (existingMember) throw conflict(`${email} is already a member of this organisation.`, "email");

  return db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organisationId, scope.organisationId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const { token, tokenHash } = newToken();
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organisationId: scope.organisationId,
        teamId: input.teamId ?? null,
        email,
        name: input.name?.trim() || null,
        orgRole: input.orgRole,
        teamRole: input.teamRole,
        tokenHash,
        invitedBy: scope.userId,
        sentAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      })
      .returning();
    if (!invitation) throw new AppError("conflict", "The invitation could not be created.");
    return { invitation, token };
  });
}

/** Issues a fresh link for a pending or expired invitation (the old link stops working). */
export async function renewInvitation(db: Database, scope: OrgScope, invitationId: string, now = new Date()) {
  const [current] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, scope.organisationId)));
  if (!current) throw notFound("The invitation");
  const state = invitationState(current, now);
  if (state === "accepted") throw conflict("This invitation was already accepted.");
  if (state === "revoked") throw conflict("This invitation was revoked; invite the person again.");
  const { token, tokenHash } = newToken();
  const [invitation] = await db
    .update(invitations)
    .set({ tokenHash, sentAt: now, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) })
    .where(eq(invitations.id, invitationId))
    .returning();
  if (!invitation) throw notFound("The invitation");
  return { invitation, token };
}

export async function revokeInvitation(
  db: Database,
  scope: OrgScope,
  invitationId: string,
  now = new Date(),
) {
  const [invitation] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organisationId, scope.organisationId),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning();
  if (!invitation) throw notFound("The invitation");
}

/** Invitations of the organisation, newest first, with their state. */
export async function listInvitations(db: Database, scope: OrgScope, now = new Date()) {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      orgRole: invitations.orgRole,
      teamRole: invitations.teamRole,
      teamName: teams.name,
      sentAt: invitations.sentAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .leftJoin(teams, eq(teams.id, invitations.teamId))
    .where(eq(invitations.organisationId, scope.organisationId))
    .orderBy(desc(invitations.sentAt))
    .limit(200);
  return rows.map((row) => ({ ...row, state: invitationState(row, now) }));
}

/** What the accept page shows for a link; never reveals anything for an unknown token. */
export async function findInvitationByToken(db: Database, token: string, now = new Date()) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      teamName: teams.name,
      inviterName: users.name,
      invitedBy: invitations.invitedBy,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(teams, eq(teams.id, invitations.teamId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  return row ? { ...row, state: invitationState(row, now) } : undefined;
}

/** Pending invitations addressed to a person (shown after they sign in). */
export async function pendingInvitationsFor(db: Database, email: string, now = new Date()) {
  return db
    .select({ id: invitations.id, organisationName: organisations.name, teamName: teams.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(teams, eq(teams.id, invitations.teamId))
    .where(
      and(
        eq(invitations.email, email.toLowerCase()),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type InvitationRow = typeof invitations.$inferSelect;

/** Locks the invitation a link or id points at, and refuses one that can no longer be used. */
export async function lockUsableInvitation(
  tx: Transaction,
  where: { token?: string; invitationId?: string },
  now: Date,
): Promise<InvitationRow> {
  const condition = where.token
    ? eq(invitations.tokenHash, hashInvitationToken(where.token))
    : eq(invitations.id, where.invitationId ?? "");
  const [inv] = await tx.select().from(invitations).where(condition).for("update");
  if (!inv) throw notFound("The invitation");
  const state = invitationState(inv, now);
  if (state === "accepted") throw new AppError("gone", "This invitation has already been used.");
  if (state === "revoked") throw new AppError("gone", "This invitation was withdrawn. Ask for a new one.");
  if (state === "expired") throw new AppError("gone", "This invitation has expired. Ask for a new one.");
  return inv;
}

/** Puts the person into the invitation's organisation (and team) and uses the invitation up. */
export async function joinFromInvitation(tx: Transaction, inv: InvitationRow, userId: string, now: Date) {
  await tx
    .insert(memberships)
    .values({ organisationId: inv.organisationId, userId, role: inv.orgRole })
    .onConflictDoNothing();
  if (inv.teamId) {
    await tx
      .insert(teamMembers)
      .values({ teamId: inv.teamId, userId, role: inv.teamRole })
      .onConflictDoUpdate({ target: [teamMembers.teamId, teamMembers.userId], set: { role: inv.teamRole } });
  }
  await tx.update(invitations).set({ acceptedAt: now, acceptedBy: userId }).where(eq(invitations.id, inv.id));
  if (inv.name) {
    // The admin's name for the person is only a suggestion for "about you": it never replaces a name
    // the person already has, nor one they have confirmed.
    await tx
      .update(users)
      .set({ name: inv.name })
      .where(and(eq(users.id, userId), isNull(users.name), isNull(users.profileConfirmedAt)));
  }
  return { organisationId: inv.organisationId, teamId: inv.teamId };
}

/**
 * Accepts an invitation for the signed-in person: joins the organisation (and team) in one transaction.
 * The link works only for the address it was sent to, once, before it expires.
 */
export async function acceptInvitation(
  db: Database,
  input: { userId: string; email: string; token?: string; invitationId?: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const inv = await lockUsableInvitation(tx, input, now);
    if (inv.email !== input.email.toLowerCase()) {
      throw new AppError(
        "forbidden",
        `This invitation was sent to ${inv.email}. Sign in with that address to accept it.`,
      );
    }
    return joinFromInvitation(tx, inv, input.userId, now);
  });
}

/**
 * Who should hear that an invitation expired unused: the admin who sent it if they still are one,
 * otherwise the organisation's admins. Only for an expired invitation: a pending one still works (no
 * recipients), a used or withdrawn one is not renewed (undefined, like an unknown link).
 */
export async function adminsToAskForRenewal(db: Database, token: string, now = new Date()) {
  const found = await findInvitationByToken(db, token, now);
  if (!found || found.state === "pending") return found ? { invitation: found, recipients: [] } : undefined;
  if (found.state !== "expired") return undefined;
  const admins = await db
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, found.organisationId), eq(memberships.role, "admin")));
  const inviter = admins.filter((a) => a.id === found.invitedBy);
  return { invitation: found, recipients: (inviter.length > 0 ? inviter : admins).map((a) => a.email) };
}
