import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { invitations, memberships, users } from "../schema";
import type { OrgScope } from "./scope";

/** Of these addresses, which already belong to the organisation and which have a live invitation. */
export async function invitationStandingOf(
  db: Database,
  scope: OrgScope,
  emails: string[],
  now = new Date(),
) {
  if (emails.length === 0) return { members: new Set<string>(), invited: new Set<string>() };
  const [memberRows, invitedRows] = await Promise.all([
    db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, scope.organisationId), inArray(users.email, emails))),
    db
      .select({ email: invitations.email })
      .from(invitations)
      .where(
        and(
          eq(invitations.organisationId, scope.organisationId),
          inArray(invitations.email, emails),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      ),
  ]);
  return {
    members: new Set(memberRows.map((row) => row.email)),
    invited: new Set(invitedRows.map((row) => row.email)),
  };
}
