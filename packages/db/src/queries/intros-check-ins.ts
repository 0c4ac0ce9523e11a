// "Did you meet?": a person's own answer for their intro group. "We met" logs a conversation with
// each colleague in the group, in the person's own list of people (a colleague contact, made once per
// person and colleague and reused), so it counts toward their goals like any interaction they log.
import { forbidden } from "@rapport/domain";
import type { IntroCheckInAnswer } from "@rapport/domain/intros";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  contacts,
  interactions,
  introGroupMembers,
  introGroups,
  introProgrammes,
  introRounds,
  organisations,
  teamMembers,
  teams,
  users,
} from "../schema";
import { derivedColumns, todayFor } from "./contact-scope";
import type { OrgScope } from "./scope";

/** Tag on colleague contacts, so the People list shows them as colleagues. */
export const COLLEAGUE_TAG = "colleague";

const CHECK_IN_WORDS: Record<IntroCheckInAnswer, string> = {
  met: "Lovely. We've added the conversation to your people, and it counts toward your goals.",
  not_yet: "No rush. We'll keep it on Today until you've met.",
  could_not: "That's fine, it happens. We'll look for a good match next round.",
};

/**
 * The caller's colleague contact for `colleagueId`: the one made before, else a contact of theirs
 * with the colleague's email (linked from now on), else a new one. Only the colleague's name, email,
 * team and organisation are copied: nothing of anyone's notes.
 */
async function colleagueContact(
  db: Database,
  scope: OrgScope,
  colleagueId: string,
  metWhere: string,
  today: string,
) {
  const linked = async () =>
    (
      await db
        .select({ id: contacts.id })
        .from(contacts)
        .where(
          and(
            eq(contacts.ownerId, scope.userId),
            eq(contacts.organisationId, scope.organisationId),
            eq(contacts.colleagueUserId, colleagueId),
          ),
        )
    )[0]?.id;
  const existing = await linked();
  if (existing) return existing;
  const [person] = await db
    .select({ name: users.name, email: users.email, organisation: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, scope.organisationId))
    .where(eq(users.id, colleagueId));
  if (!person) return null;
  const [byEmail] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.ownerId, scope.userId),
        eq(contacts.organisationId, scope.organisationId),
        isNull(contacts.colleagueUserId),
        sql`lower(${contacts.email}) = lower(${person.email})`,
      ),
    )
    .limit(1);
  if (byEmail) {
    await db.update(contacts).set({ colleagueUserId: colleagueId }).where(eq(contacts.id, byEmail.id));
    return byEmail.id;
  }
  const [team] = await db
    .select({ name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, colleagueId), eq(teams.organisationId, scope.organisationId)))
    .orderBy(teamMembers.createdAt)
    .limit(1);
  const fields = {
    name: person.name ?? person.email,
    company: person.organisation,
    tags: [COLLEAGUE_TAG],
  };
  await db
    .insert(contacts)
    .values({
      ...fields,
      ownerId: scope.userId,
      organisationId: scope.organisationId,
      colleagueUserId: colleagueId,
      email: person.email,
      role: team ? `${team.name} team` : null,
      metOn: today,
      metWhere,
      source: "manual",
      ...derivedColumns({ ...fields, email: person.email }),
    })
    .onConflictDoNothing();
  return (await linked()) ?? null;
}

/**
 * The caller's own answer for their group; only a member of the group can give it. Answering "met"
 * again logs nothing more; changing the answer away from "met" takes the logged conversations back.
 */
export async function answerIntroCheckIn(
  db: Database,
  scope: OrgScope,
  input: { groupId: string; answer: IntroCheckInAnswer },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const [mine] = await tx
      .select({ memberId: introGroupMembers.id, programmeName: introProgrammes.name })
      .from(introGroupMembers)
      .innerJoin(introGroups, eq(introGroups.id, introGroupMembers.groupId))
      .innerJoin(introRounds, eq(introRounds.id, introGroups.roundId))
      .innerJoin(introProgrammes, eq(introProgrammes.id, introRounds.programmeId))
      .where(
        and(
          eq(introGroupMembers.groupId, input.groupId),
          eq(introGroupMembers.userId, scope.userId),
          eq(introRounds.organisationId, scope.organisationId),
        ),
      );
    if (!mine) throw forbidden("That intro is not yours.");
    await tx
      .update(introGroupMembers)
      .set({ checkIn: input.answer, checkedInAt: now })
      .where(eq(introGroupMembers.id, mine.memberId));
    let logged = 0;
    if (input.answer === "met") {
      const today = await todayFor(tx, scope.userId, now);
      const others = await tx
        .select({ userId: introGroupMembers.userId })
        .from(introGroupMembers)
        .where(and(eq(introGroupMembers.groupId, input.groupId), ne(introGroupMembers.userId, scope.userId)))
        .orderBy(introGroupMembers.userId);
      for (const other of others) {
        const contactId = await colleagueContact(
          tx,
          scope,
          other.userId,
          `Intros: ${mine.programmeName}`,
          today,
        );
        if (!contactId) continue;
        const inserted = await tx
          .insert(interactions)
          .values({
            contactId,
            ownerId: scope.userId,
            organisationId: scope.organisationId,
            kind: "met",
            occurredOn: today,
            outcome: "positive",
            introGroupId: input.groupId,
          })
          .onConflictDoNothing()
          .returning({ id: interactions.id });
        logged += inserted.length;
      }
    } else {
      await tx
        .delete(interactions)
        .where(and(eq(interactions.ownerId, scope.userId), eq(interactions.introGroupId, input.groupId)));
    }
    return { groupId: input.groupId, answer: input.answer, logged, message: CHECK_IN_WORDS[input.answer] };
  });
}
