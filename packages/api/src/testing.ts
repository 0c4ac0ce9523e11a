import { type Database, schema } from "@rapport/db";
import { createMailer, type OutboxEmail } from "@rapport/email";
import { eq } from "drizzle-orm";
import { type CalendarFetcher, offlineCalendarFetcher } from "./calendar/safe-fetch";
import { createContext, type SessionUser } from "./context";
import { introFixtures } from "./intro-fixtures";
import { createCaller } from "./root";

/** A mailer that keeps what it sends in memory, rendered exactly as it would be sent. */
export function memoryMailer() {
  const sent: OutboxEmail[] = [];
  const mailer = createMailer({
    from: "Rapport <hello@rapport.localhost>",
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    outbox: {
      async save(email) {
        sent.push(email);
      },
    },
  });
  return { mailer, sent };
}

/** A tRPC caller acting as `user` (or anonymous), as the web route would build it. */
export function callerFor(
  db: Database,
  user: SessionUser | null,
  options: {
    preferredOrganisationId?: string;
    mailer?: ReturnType<typeof memoryMailer>["mailer"];
    calendarFetcher?: CalendarFetcher;
    linksRefused?: string;
  } = {},
) {
  return createCaller(
    createContext({
      db,
      engine: "pglite",
      session: user,
      appUrl: "http://localhost:3000",
      mailer: options.mailer ?? memoryMailer().mailer,
      preferredOrganisationId: options.preferredOrganisationId,
      linksRefused: options.linksRefused,
      // Tests never reach the network: a calendar URL is refused unless a test passes its own fetcher.
      calendarFetcher: options.calendarFetcher ?? offlineCalendarFetcher,
    }),
  );
}

let counter = 0;
/** Creates a person; returns the session user the caller needs. */
export async function makeUser(db: Database, name: string): Promise<SessionUser> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${counter}.${Date.now()}@example.test`;
  const [user] = await db.insert(schema.users).values({ name, email }).returning();
  if (!user) throw new Error("user not created");
  return { id: user.id, email: user.email };
}

/**
 * Two organisations: A (admin, a manager and an employee in team "Alpha", an invitation) and B (its own
 * admin and manager of team "Beta"), plus a person in no organisation.
 */
export async function twoOrganisations(db: Database) {
  const [adminA, managerA, employeeA, adminB, managerB, loner] = await Promise.all(
    ["Ada Admin", "Mo Manager", "Eve Employee", "Bea Admin", "Max Other", "Lou Nobody"].map((n) =>
      makeUser(db, n),
    ),
  );
  if (!adminA || !managerA || !employeeA || !adminB || !managerB || !loner) throw new Error("users");
  const orgA = await callerFor(db, adminA).organisation.create({ name: "Org A", timeZone: "Europe/London" });
  // Ada's card is saved and its personal link is on.
  await callerFor(db, adminA).card.update({ name: "Ada Admin", company: "Org A", shown: ["company"] });
  const cardTokenA = (await callerFor(db, adminA).card.setLink({ on: true })).token ?? "";
  const orgB = await callerFor(db, adminB).organisation.create({ name: "Org B", timeZone: "UTC" });
  const teamA = await callerFor(db, adminA).organisation.createTeam({ name: "Alpha" });
  const teamB = await callerFor(db, adminB).organisation.createTeam({ name: "Beta" });
  await db.insert(schema.memberships).values([
    { organisationId: orgA.id, userId: managerA.id, role: "member" },
    { organisationId: orgA.id, userId: employeeA.id, role: "member" },
    { organisationId: orgB.id, userId: managerB.id, role: "member" },
  ]);
  await db.insert(schema.teamMembers).values([
    { teamId: teamA.id, userId: managerA.id, role: "manager" },
    // Joined two months ago and has logged nothing since (the dashboard's "quiet" case).
    {
      teamId: teamA.id,
      userId: employeeA.id,
      role: "employee",
      createdAt: new Date(Date.now() - 60 * 86_400_000),
    },
    { teamId: teamB.id, userId: managerB.id, role: "manager" },
  ]);
  const [newcomerRow] = await db
    .insert(schema.users)
    .values({ name: "Nia Newcomer", email: `newcomer.${Date.now()}.${counter}@example.test` })
    .returning();
  if (!newcomerRow) throw new Error("newcomer");
  const newcomer = { id: newcomerRow.id, email: newcomerRow.email };
  const mail = memoryMailer();
  const invitation = await callerFor(db, adminA, { mailer: mail.mailer }).invitations.create({
    email: newcomer.email,
    teamId: teamA.id,
  });
  const token =
    new URL(mail.sent[0]?.text.match(/https?:\/\/\S+\/invite\/\S+/)?.[0] ?? "http://x/").pathname
      .split("/")
      .pop() ?? "";
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const event = await callerFor(db, managerA).events.create({
    teamId: teamA.id,
    title: "Alpha meetup",
    kind: "meetup",
    allDay: false,
    startDate: inAMonth,
    startTime: "18:00",
    endDate: inAMonth,
    endTime: "20:00",
    timeZone: "Europe/London",
    tags: [],
  });
  await callerFor(db, managerA).calendar.addSource({
    teamId: teamA.id,
    url: "https://alpha.example.org/cal.ics",
  });
  const [calendarSource] = await db.select().from(schema.calendarSources);
  if (!calendarSource) throw new Error("calendar source");
  const feed = await callerFor(db, adminA).calendar.issueFeed({ kind: "team", teamId: teamA.id });
  // Organisation A trusts company SSO for its (test) domain.
  const [ssoDomainA] = await db
    .insert(schema.organisationSsoDomains)
    .values({
      organisationId: orgA.id,
      domain: "example.test",
      policy: "authoritative",
      declaredBy: adminA.id,
    })
    .returning();
  if (!ssoDomainA) throw new Error("sso domain");
  const goalRecords = await goalFixtures(db, { orgA, adminA, teamA });
  // A contact of admin A's own (with history), for the procedures that name one.
  const contacts = callerFor(db, adminA).contacts;
  const contactA = await contacts.create({ name: "Cleo Contact", metOn: "2026-01-05", tags: ["mentor"] });
  const interactionA = await contacts.logInteraction({
    contactId: contactA.id,
    kind: "coffee",
    occurredOn: "2026-01-10",
  });
  const [followUpA] = (await contacts.get({ contactId: contactA.id })).openFollowUps;
  if (!followUpA) throw new Error("follow-up");
  await contacts.setTagCadence({ tag: "mentor", cadence: { idealDays: 30, maxDays: 60 } });
  // A second record of the same person, imported from a file: what a merge names together with contactA.
  const [contactA2] = await db
    .insert(schema.contacts)
    .values({ name: "Cleo C.", ownerId: adminA.id, organisationId: orgA.id, source: "import" })
    .returning();
  if (!contactA2) throw new Error("second contact");
  const introRecords = await introFixtures(db, { orgA, adminA, managerA, employeeA });
  const programmes = await introProgrammeFixtures(db, { adminA, employeeA, managerA, teamA });
  return {
    ...introRecords,
    ...programmes,
    ...goalRecords,
    ssoDomainA,
    event,
    calendarSource,
    feed,
    contactA,
    contactA2,
    interactionA,
    followUpA,
    adminA,
    managerA,
    employeeA,
    adminB,
    managerB,
    loner,
    newcomer,
    orgA,
    orgB,
    teamA,
    teamB,
    invitation,
    inviteToken: token,
    cardTokenA,
  };
}
export type TwoOrganisations = Awaited<ReturnType<typeof twoOrganisations>>;

/** An org-wide intros programme (admin A and Eve joined, one round run) and a team Alpha programme. */
async function introProgrammeFixtures(
  db: Database,
  who: { adminA: SessionUser; employeeA: SessionUser; managerA: SessionUser; teamA: { id: string } },
) {
  const programme = {
    teamIds: [] as string[],
    mode: "cross-team",
    groupSize: 2,
    cadenceWeeks: 2,
    weekday: 2,
    active: true,
  } as const;
  const introProgramme = await callerFor(db, who.adminA).intros.save({
    ...programme,
    name: "Coffee across teams",
  });
  const introTeamProgramme = await callerFor(db, who.managerA).intros.save({
    ...programme,
    name: "Alpha walks",
    teamIds: [who.teamA.id],
    mode: "within-team",
  });
  for (const person of [who.adminA, who.employeeA]) {
    await callerFor(db, person).intros.setParticipation({
      programmeId: introProgramme.id,
      joined: true,
      awayUntil: null,
      doNotPair: [],
      interests: ["sailing"],
      offers: [],
    });
  }
  await callerFor(db, who.adminA).intros.runNow({ programmeId: introProgramme.id });
  const [introGroup] = await callerFor(db, who.adminA).intros.myIntros();
  if (!introGroup) throw new Error("intro group");
  return { introProgramme, introTeamProgramme, introGroup };
}

/**
 * Goal records in organisation A for the access test: a goal of adminA (with a step and a check-in),
 * a team goal of team Alpha, and a team "Guild" where adminA is a counted member of a manual team goal.
 */
async function goalFixtures(
  db: Database,
  f: { orgA: { id: string }; adminA: SessionUser; teamA: { id: string } },
) {
  const dates = { startDate: "2026-01-01", dueDate: "2026-12-31" };
  const [goal] = await db
    .insert(schema.goals)
    .values({
      organisationId: f.orgA.id,
      userId: f.adminA.id,
      title: "Admin goal",
      metric: "manual",
      target: 3,
      ...dates,
    })
    .returning();
  if (!goal) throw new Error("goal");
  const [step] = await db
    .insert(schema.goalSteps)
    .values({ goalId: goal.id, title: "First step", position: 0 })
    .returning();
  const [checkIn] = await db
    .insert(schema.goalCheckIns)
    .values({ userId: f.adminA.id, goalId: goal.id, amount: 1 })
    .returning();
  const [teamGoal] = await db
    .insert(schema.teamGoals)
    .values({
      organisationId: f.orgA.id,
      teamId: f.teamA.id,
      title: "One event each",
      metric: "events_attended",
      perMemberTarget: 1,
      ...dates,
    })
    .returning();
  const [guild] = await db
    .insert(schema.teams)
    .values({ organisationId: f.orgA.id, name: "Guild" })
    .returning();
  if (!step || !checkIn || !teamGoal || !guild) throw new Error("goal fixtures");
  await db.insert(schema.teamMembers).values({ teamId: guild.id, userId: f.adminA.id, role: "employee" });
  const [guildGoal] = await db
    .insert(schema.teamGoals)
    .values({
      organisationId: f.orgA.id,
      teamId: guild.id,
      title: "Share two finds each",
      metric: "manual",
      perMemberTarget: 2,
      ...dates,
    })
    .returning();
  if (!guildGoal) throw new Error("guild goal");
  return { goal, step, checkIn, teamGoal, guildGoal };
}

/**
 * Eve (employeeA) with nothing due: the fixtures' warm-intro requests of hers are withdrawn, and she
 * leaves the intros groups the fixtures put her in (this round's intro is a digest line of its own).
 */
export async function withNothingDue(db: Database, f: TwoOrganisations): Promise<void> {
  await db.delete(schema.introRequests).where(eq(schema.introRequests.requesterId, f.employeeA.id));
  await db.delete(schema.introGroupMembers).where(eq(schema.introGroupMembers.userId, f.employeeA.id));
}

/** Counts the statements `run` sends through `db` (every query builder prepares on the session). */
export async function statementsOf(db: Database, run: () => Promise<unknown>): Promise<number> {
  const session = (db as unknown as { session: { prepareQuery: (...a: unknown[]) => unknown } }).session;
  const original = session.prepareQuery;
  let count = 0;
  session.prepareQuery = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    session.prepareQuery = original;
  }
  return count;
}
