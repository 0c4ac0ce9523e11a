// The Team index's cards for a manager of several teams read the same figures as each team's dashboard,
// in one call for all of them, and nothing but counts.
import { schema } from "@rapport/db";
import { dbTest, testDatabase } from "@rapport/db/testing";
import { beforeAll, describe, expect } from "vitest";
import { dashboardTeam } from "./dashboard.fixtures";
import { callerFor, makeUser } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

describe("team summaries for the Team index", () => {
  dbTest("match each team's dashboard, for the teams the caller manages only", async ({ db }) => {
    const f = await dashboardTeam(db);
    const newcomer = await makeUser(db, "Gus Green");
    const [deck, notMine] = await db
      .insert(schema.teams)
      .values([
        { organisationId: f.org.id, name: "Deck" },
        { organisationId: f.org.id, name: "Galley" },
      ])
      .returning();
    if (!deck || !notMine) throw new Error("teams");
    await db
      .insert(schema.memberships)
      .values({ organisationId: f.org.id, userId: newcomer.id, role: "member" });
    await db.insert(schema.teamMembers).values([
      { teamId: deck.id, userId: f.manager.id, role: "manager" },
      // Ann is in both teams; Ben is quiet in Deck as everywhere.
      { teamId: deck.id, userId: f.ann.id, role: "employee" },
      { teamId: deck.id, userId: f.ben.id, role: "employee" },
      { teamId: deck.id, userId: newcomer.id, role: "employee" },
      { teamId: notMine.id, userId: f.cat.id, role: "employee" },
    ]);
    const manager = callerFor(db, f.manager).dashboard;

    const summaries = await manager.teamSummaries();
    expect(summaries.map((s) => s.team.name).sort()).toEqual(["Crew", "Deck"]);
    for (const summary of summaries) {
      const board = await manager.team({ teamId: summary.team.id });
      expect(summary).toMatchObject({
        members: board.totals.members,
        activeLast30: board.totals.activeLast30,
        mayNeedNudge: board.nudges.length,
      });
    }
    const crew = summaries.find((s) => s.team.name === "Crew");
    const deckSummary = summaries.find((s) => s.team.name === "Deck");
    expect(crew?.members).toBe(4);
    expect(deckSummary?.members).toBe(3);
    // Counts only: no colleague's name, no contact's name.
    const text = JSON.stringify(summaries);
    for (const name of ["Ann", "Ben", "Gus", "SECRET"]) expect(text).not.toContain(name);
    expect(Object.keys(summaries[0] ?? {}).sort()).toEqual(
      ["activeLast30", "mayNeedNudge", "members", "team"].sort(),
    );

    // An employee manages nothing and gets no cards.
    expect(await callerFor(db, f.ann).dashboard.teamSummaries()).toEqual([]);
  });
});
