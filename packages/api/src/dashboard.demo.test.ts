import { schema, seedDemo } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { callerFor } from "./testing";

dbTest(
  "the demo manager's dashboard has real numbers, a barrier profile and someone to nudge",
  async ({ db }) => {
    await seedDemo(db);
    const person = async (email: string) => {
      const [user] = await db.select().from(schema.users).where(eq(schema.users.email, email));
      if (!user) throw new Error(email);
      return { id: user.id, email: user.email };
    };
    const maya = callerFor(db, await person("maya.chen@brightwater.example")).dashboard;
    const [partnerships] = await maya.teams();
    expect(partnerships?.name).toBe("Partnerships");
    const board = await maya.team({ teamId: partnerships?.id ?? "" });
    expect(board.members.map((m) => m.name)).toEqual([
      "Noor Haddad",
      "Priya Nair",
      "Sam Okafor",
      "Tom Becker",
    ]);
    expect(board.totals.peopleMetInRange + board.totals.conversationsInRange).toBeGreaterThan(0);
    expect(board.trend.some((p) => p.conversations > 0)).toBe(true);
    expect(board.barriers).toMatchObject({ shown: true, respondents: 3 });
    expect(board.nudges.map((n) => [n.name, n.reason])).toEqual([
      ["Noor Haddad", "quiet"],
      ["Priya Nair", "behind"],
    ]);
    expect(board.events.length).toBeGreaterThan(0);
    expect(board.teamGoals.length).toBeGreaterThan(0);

    // Product has two people who answered the assessment: its profile is withheld.
    const alex = callerFor(db, await person("alex.rivera@brightwater.example")).dashboard;
    const product = (await alex.teams()).find((t) => t.name === "Product");
    const productBoard = await alex.team({ teamId: product?.id ?? "" });
    expect(productBoard.barriers).toEqual({ shown: false, respondents: 2, needed: 3 });
  },
);
