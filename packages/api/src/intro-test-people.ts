// People for the warm-introduction tests: Sam, Priya and Kai in one organisation (team "Studio"), and
// Otto in another.
import { type Database, schema } from "@rapport/db";
import { TRPCError } from "@trpc/server";
import { callerFor, makeUser, memoryMailer } from "./testing";

export async function introPeople(db: Database) {
  const [sam, priya, kai, otto] = await Promise.all(
    ["Sam Rivera", "Priya Shah", "Kai Lund", "Otto Else"].map((n) => makeUser(db, n)),
  );
  if (!sam || !priya || !kai || !otto) throw new Error("people");
  const org = await callerFor(db, sam).organisation.create({ name: "Studio Co", timeZone: "UTC" });
  await callerFor(db, otto).organisation.create({ name: "Elsewhere", timeZone: "UTC" });
  const team = await callerFor(db, sam).organisation.createTeam({ name: "Studio" });
  await db.insert(schema.memberships).values([
    { organisationId: org.id, userId: priya.id },
    { organisationId: org.id, userId: kai.id },
  ]);
  await db.insert(schema.teamMembers).values([
    { teamId: team.id, userId: sam.id, role: "manager" },
    { teamId: team.id, userId: priya.id },
    { teamId: team.id, userId: kai.id },
  ]);
  const mail = memoryMailer();
  const as = (who: typeof sam) => callerFor(db, who, { mailer: mail.mailer });
  return { sam, priya, kai, otto, org, team, mail, as };
}

/** The code and message of a failed call, so two failures can be compared whole. */
export async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

export const ASK = {
  reason: "I am moving into product design and want to hear how they work.",
  blurb: "Priya, engineer on the platform team, curious about design research.",
};
