import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { rowsOf } from "./migrate";
import { memberships, organisations, teamMembers, teams, users } from "./schema";
import { seedContacts } from "./seed/contacts";
import type { DemoSeedContext } from "./seed/context";
import { seedEvents } from "./seed/events";
import { seedGoals } from "./seed/goals";
import { seedIntros } from "./seed/intros";

export const DEMO_ORG_SLUG = "brightwater";

interface DemoPerson {
  key: string;
  name: string;
  email: string;
  timeZone: string;
  orgRole: "admin" | "member";
  teams: { team: string; role: "employee" | "manager" }[];
}

/** The demo cast: enough people in two teams that every screen has something real to show. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: "admin",
    name: "Alex Rivera",
    email: "alex.rivera@brightwater.example",
    timeZone: "Europe/London",
    orgRole: "admin",
    teams: [],
  },
  {
    key: "manager",
    name: "Maya Chen",
    email: "maya.chen@brightwater.example",
    timeZone: "Europe/London",
    orgRole: "member",
    teams: [{ team: "Partnerships", role: "manager" }],
  },
  {
    key: "employee",
    name: "Sam Okafor",
    email: "sam.okafor@brightwater.example",
    timeZone: "Europe/London",
    orgRole: "member",
    teams: [{ team: "Partnerships", role: "employee" }],
  },
  {
    key: "priya",
    name: "Priya Nair",
    email: "priya.nair@brightwater.example",
    timeZone: "Europe/Berlin",
    orgRole: "member",
    teams: [{ team: "Partnerships", role: "employee" }],
  },
  {
    key: "tom",
    name: "Tom Becker",
    email: "tom.becker@brightwater.example",
    timeZone: "Europe/Berlin",
    orgRole: "member",
    teams: [
      { team: "Partnerships", role: "employee" },
      { team: "Product", role: "employee" },
    ],
  },
  {
    // Busy with a launch: nothing logged for a month, so the manager's dashboard suggests a nudge.
    key: "noor",
    name: "Noor Haddad",
    email: "noor.haddad@brightwater.example",
    timeZone: "Europe/London",
    orgRole: "member",
    teams: [{ team: "Partnerships", role: "employee" }],
  },
  {
    key: "jordan",
    name: "Jordan Ellis",
    email: "jordan.ellis@brightwater.example",
    timeZone: "America/New_York",
    orgRole: "member",
    teams: [{ team: "Product", role: "manager" }],
  },
  {
    key: "lena",
    name: "Lena Park",
    email: "lena.park@brightwater.example",
    timeZone: "America/New_York",
    orgRole: "member",
    teams: [{ team: "Product", role: "employee" }],
  },
  {
    key: "diego",
    name: "Diego Santos",
    email: "diego.santos@brightwater.example",
    timeZone: "America/Sao_Paulo",
    orgRole: "member",
    teams: [{ team: "Product", role: "employee" }],
  },
];

export const DEMO_TEAMS = ["Partnerships", "Product"] as const;

/** What each area's demo seeder gets: the transaction, the organisation, people by key, teams by name. */

/**
 * Each feature area adds its demo data here (goals, events, contacts, …). They run in order, inside the
 * seed's transaction, after the organisation, people and teams exist.
 */
// Events first (contacts may point at them), then contacts, then goals (which count what was logged).
export const DEMO_SEEDERS: Array<(ctx: DemoSeedContext) => Promise<void>> = [
  seedEvents,
  seedContacts,
  seedGoals,
  seedIntros,
];

/** True when the database holds no organisation yet (a first start). */
export async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.execute(sql`select exists(select 1 from organisations) as present`);
  return !rowsOf<{ present: boolean }>(result)[0]?.present;
}

/**
 * Creates the demo organisation in one transaction. Does nothing when it already exists,
 * so it is safe to run twice.
 */
export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const existing = await tx.query.organisations.findFirst({
      where: (o, { eq }) => eq(o.slug, DEMO_ORG_SLUG),
    });
    if (existing) return { created: false };

    const [org] = await tx
      .insert(organisations)
      .values({
        name: "Brightwater & Co",
        slug: DEMO_ORG_SLUG,
        timeZone: "Europe/London",
        digestChosenAt: new Date(),
      })
      .returning();
    if (!org) throw new Error("demo organisation was not created");

    const teamRows = await tx
      .insert(teams)
      .values(DEMO_TEAMS.map((name) => ({ organisationId: org.id, name })))
      .returning();
    const teamId = new Map(teamRows.map((t) => [t.name, t.id]));
    const people = new Map<string, { id: string; timeZone: string }>();
    const joined = new Date(Date.now() - 240 * 86_400_000);

    for (const person of DEMO_PEOPLE) {
      const [user] = await tx
        .insert(users)
        .values({
          name: person.name,
          email: person.email,
          timeZone: person.timeZone,
          emailVerified: new Date(),
          profileConfirmedAt: new Date(),
        })
        .onConflictDoUpdate({ target: users.email, set: { name: person.name } })
        .returning();
      if (!user) throw new Error(`demo user ${person.email} was not created`);
      people.set(person.key, { id: user.id, timeZone: person.timeZone });
      await tx.insert(memberships).values({ organisationId: org.id, userId: user.id, role: person.orgRole });
      for (const place of person.teams) {
        const id = teamId.get(place.team);
        if (!id) throw new Error(`unknown demo team ${place.team}`);
        // The team has been going for months, so the dashboard's "quiet for three weeks" reads true.
        await tx
          .insert(teamMembers)
          .values({ teamId: id, userId: user.id, role: place.role, createdAt: joined });
      }
    }
    const ctx: DemoSeedContext = { tx, organisationId: org.id, people, teams: teamId, now: new Date() };
    for (const seeder of DEMO_SEEDERS) await seeder(ctx);
    return { created: true };
  });
}
