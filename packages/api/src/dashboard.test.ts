import { migrate, openDatabase, schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { weekStartOf } from "@rapport/domain/dashboard";
import { appMailer } from "@rapport/email";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dashboardTeam } from "./dashboard.fixtures";
import { callerFor, memoryMailer } from "./testing";

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an error");
}

describe("team dashboard", () => {
  dbTest(
    "counts each member's activity in the windows and the period, from what they logged here",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const board = await callerFor(db, f.manager).dashboard.team({ teamId: f.team.id });

      expect(board.range.to).toBe(f.today);
      expect(board.range.days).toBe(84);
      // Employees only, by name; the manager is not measured.
      expect(board.members.map((m) => m.name)).toEqual([
        "Ann Able",
        "Ben Busy",
        "Cat Chatty",
        "Dov Newcomer",
      ]);
      const ann = board.members[0];
      expect(ann).toMatchObject({
        peopleMet30: 1,
        peopleMet90: 2,
        peopleMetInRange: 2,
        conversations30: 2,
        conversations90: 3,
        conversationsInRange: 3,
        followUpsDone: 2,
        followUpsOnTime: 1,
        onTimeRate: 50,
        overdueFollowUps: 1,
        eventsAttended: 1,
        lastActivityOn: f.day(-1),
        sharedGoals: { total: 1, behind: 1, done: 0, fine: 0 },
      });
      // Thirty days ago is just outside the 30-day window (today and the 29 days before it).
      expect(board.members[1]).toMatchObject({
        name: "Ben Busy",
        conversations30: 0,
        conversations90: 1,
        lastActivityOn: f.day(-30),
      });
      expect(board.members[3]).toMatchObject({
        name: "Dov Newcomer",
        lastActivityOn: null,
        onTimeRate: null,
      });

      expect(board.totals).toMatchObject({
        members: 4,
        peopleMet30: 1,
        conversations30: 3,
        followUpsDone: 2,
        onTimeRate: 50,
        overdueFollowUps: 1,
        eventsAttended: 1,
        activeLast30: 2,
      });
      // Twelve or thirteen weekly points; their sums match the period's totals.
      expect(board.trend.length).toBeGreaterThanOrEqual(12);
      const sum = (key: "peopleMet" | "conversations" | "followUpsDone" | "eventsAttended") =>
        board.trend.reduce((n, p) => n + p[key], 0);
      expect(sum("peopleMet")).toBe(board.totals.peopleMetInRange);
      expect(sum("conversations")).toBe(board.totals.conversationsInRange);
      expect(sum("followUpsDone")).toBe(2);
      expect(sum("eventsAttended")).toBe(1);
    },
  );

  dbTest("a shorter period moves the period columns and the trend, not the overdue count", async ({ db }) => {
    const f = await dashboardTeam(db);
    const board = await callerFor(db, f.manager).dashboard.team({
      teamId: f.team.id,
      from: f.day(-4),
      to: f.day(-2),
    });
    const ann = board.members[0];
    // 30/90-day windows end on the period's last day: the conversation of yesterday is outside.
    expect(ann).toMatchObject({
      peopleMetInRange: 1,
      conversationsInRange: 0,
      conversations30: 1,
      followUpsDone: 0,
      overdueFollowUps: 1,
    });
    expect(board.trend.every((p) => p.weekStart <= f.day(-2))).toBe(true);
  });

  dbTest(
    "shared goals show the same progress the member sees, and private goals never appear",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const board = await callerFor(db, f.manager).dashboard.team({ teamId: f.team.id });
      expect(board.sharedGoals.map((g) => [g.ownerName, g.title, g.progress, g.pace.state])).toEqual([
        ["Ann Able", "Meet 10 people", 1, "behind"],
      ]);
      const own = await callerFor(db, f.ann, { preferredOrganisationId: f.org.id }).goals.get({
        goalId: f.sharedGoal.id,
      });
      expect(own.progress).toBe(board.sharedGoals[0]?.progress);
    },
  );

  dbTest("team goals show each member's share; upcoming events show who is going", async ({ db }) => {
    const f = await dashboardTeam(db);
    const board = await callerFor(db, f.manager).dashboard.team({ teamId: f.team.id });
    const [goal] = board.teamGoals;
    expect(goal?.title).toBe("One event each");
    expect(goal?.team).toMatchObject({ target: 4, progress: 1, membersDone: 1 });
    expect(goal?.members.map((m) => [m.name, m.progress])).toEqual([
      ["Ann Able", 1],
      ["Ben Busy", 0],
      ["Cat Chatty", 0],
      ["Dov Newcomer", 0],
    ]);
    expect(board.events.map((e) => [e.title, e.going, e.interested])).toEqual([
      ["Harbour meetup", ["Cat Chatty", "Mia Manager"], 1],
    ]);
  });

  dbTest("lists who may need a nudge: quiet for three weeks or behind on a shared goal", async ({ db }) => {
    const f = await dashboardTeam(db);
    const board = await callerFor(db, f.manager).dashboard.team({ teamId: f.team.id });
    expect(board.nudges.map((n) => [n.name, n.reason])).toEqual([
      ["Ann Able", "behind"],
      ["Ben Busy", "quiet"],
    ]);
  });

  dbTest(
    "the barrier profile is withheld below three respondents and averaged from three",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const caller = callerFor(db, f.manager).dashboard;
      expect((await caller.team({ teamId: f.team.id })).barriers).toEqual({
        shown: false,
        respondents: 2,
        needed: 3,
      });
      await f.assess(f.cat.id, 3);
      const profile = (await caller.team({ teamId: f.team.id })).barriers;
      if (!profile.shown) throw new Error("expected the profile to be shown");
      expect(profile.respondents).toBe(3);
      // Answers of 5, 1 and 3 everywhere: the average sits in the middle for every barrier.
      const values = new Set(Object.values(profile.scores));
      expect(values.size).toBe(1);
      expect([...values][0]).toBeGreaterThan(25);
      expect([...values][0]).toBeLessThan(75);
    },
  );

  dbTest("a bad period is refused with the field named", async ({ db }) => {
    const f = await dashboardTeam(db);
    const caller = callerFor(db, f.manager).dashboard;
    const backwards = await errorOf(caller.team({ teamId: f.team.id, from: f.day(-1), to: f.day(-5) }));
    expect(backwards).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/start date/) });
    const future = await errorOf(caller.team({ teamId: f.team.id, to: f.day(3) }));
    expect(future.message).toMatch(/today or earlier/);
    const notADate = await errorOf(caller.exportCsv({ teamId: f.team.id, from: "31/12/2026" }));
    expect(notADate.message).toMatch(/not a date/);
  });

  dbTest("an admin opens any team; a manager of another team cannot", async ({ db }) => {
    const f = await dashboardTeam(db);
    await db.update(schema.memberships).set({ role: "admin" }).where(eq(schema.memberships.userId, f.cat.id));
    const asAdmin = await callerFor(db, f.cat, { preferredOrganisationId: f.org.id }).dashboard.team({
      teamId: f.team.id,
    });
    expect(asAdmin.members).toHaveLength(4);
    expect((await errorOf(callerFor(db, f.outsider).dashboard.team({ teamId: f.team.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (
        await errorOf(
          callerFor(db, f.ann, { preferredOrganisationId: f.org.id }).dashboard.team({ teamId: f.team.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  dbTest(
    "the member page has the same numbers for one member, and only for members of the team",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const caller = callerFor(db, f.manager).dashboard;
      const page = await caller.member({ teamId: f.team.id, userId: f.ann.id });
      const board = await caller.team({ teamId: f.team.id });
      expect(page.member).toEqual(board.members[0]);
      expect(page.sharedGoals.map((g) => g.title)).toEqual(["Meet 10 people"]);
      expect(page.teamGoals[0]?.share).toMatchObject({ progress: 1, done: true });
      expect(page.trend.reduce((n, p) => n + p.conversations, 0)).toBe(3);
      expect((await errorOf(caller.member({ teamId: f.team.id, userId: f.manager.id }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await errorOf(caller.member({ teamId: f.team.id, userId: f.outsider.id }))).code).toBe(
        "NOT_FOUND",
      );
    },
  );

  dbTest("exports the member table as CSV", async ({ db }) => {
    const f = await dashboardTeam(db);
    const { filename, csv } = await callerFor(db, f.manager).dashboard.exportCsv({ teamId: f.team.id });
    expect(filename).toBe(`crew-${f.day(-83)}-to-${f.today}.csv`);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^Member,Shared goals,/);
    expect(lines[2]).toBe(`Ann Able,1,1,1,2,2,3,2,3,2,50,1,1,${f.day(-1)}`);
    expect(lines[5]).toMatch(/^Dov Newcomer,.*,never$/);
  });
});

describe("nudges", () => {
  dbTest("sends a friendly email once, then refuses a second within a week", async ({ db }) => {
    const f = await dashboardTeam(db);
    const mail = memoryMailer();
    const caller = callerFor(db, f.manager, { mailer: mail.mailer }).dashboard;
    const { sentAt } = await caller.nudge({ teamId: f.team.id, userId: f.ann.id });
    expect(sentAt).toBeInstanceOf(Date);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.to).toBe(f.ann.email);
    expect(mail.sent[0]?.subject).toMatch(/Mia Manager/);
    expect(mail.sent[0]?.text).toMatch(/Meet 10 people/);

    const again = await errorOf(caller.nudge({ teamId: f.team.id, userId: f.ann.id }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(
      /Ann Able was nudged recently; you can send another from \d{1,2} [A-Z][a-z]{2} \d{4}\./,
    );
    expect(mail.sent).toHaveLength(1);

    const board = await caller.team({ teamId: f.team.id });
    const ann = board.nudges.find((n) => n.name === "Ann Able");
    expect(ann?.lastNudgedAt?.getTime()).toBe(sentAt.getTime());
    expect(ann?.blockedUntil).toBeInstanceOf(Date);
  });

  dbTest("a quiet member gets the quiet wording; an active one on pace needs no nudge", async ({ db }) => {
    const f = await dashboardTeam(db);
    const mail = memoryMailer();
    const caller = callerFor(db, f.manager, { mailer: mail.mailer }).dashboard;
    await caller.nudge({ teamId: f.team.id, userId: f.ben.id });
    expect(mail.sent[0]?.to).toBe(f.ben.email);
    expect(mail.sent[0]?.text).not.toMatch(/Meet 10 people/);
    const refused = await errorOf(caller.nudge({ teamId: f.team.id, userId: f.cat.id }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/Cat Chatty .* no nudge needed/),
    });
    expect((await errorOf(caller.nudge({ teamId: f.team.id, userId: f.outsider.id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  dbTest("when the email cannot be sent, no nudge is recorded and trying again works", async ({ db }) => {
    const f = await dashboardTeam(db);
    const failing = memoryMailer();
    failing.mailer.send = async () => {
      throw new Error("The email service is unreachable");
    };
    const caller = (mailer: ReturnType<typeof memoryMailer>["mailer"]) =>
      callerFor(db, f.manager, { mailer }).dashboard;
    await expect(caller(failing.mailer).nudge({ teamId: f.team.id, userId: f.ben.id })).rejects.toThrow(
      /unreachable/,
    );
    expect(await db.select().from(schema.nudges)).toHaveLength(0);
    const working = memoryMailer();
    await caller(working.mailer).nudge({ teamId: f.team.id, userId: f.ben.id });
    expect(working.sent).toHaveLength(1);
    expect(await db.select().from(schema.nudges)).toHaveLength(1);
  });
});

describe("organisation overview", () => {
  dbTest("shows teams, weekly active members and digest delivery to admins", async ({ db }) => {
    const f = await dashboardTeam(db);
    await db
      .update(schema.memberships)
      .set({ role: "admin" })
      .where(eq(schema.memberships.userId, f.manager.id));
    await db.insert(schema.digestDeliveries).values([
      {
        userId: f.ann.id,
        organisationId: f.org.id,
        isoWeek: "2026-W47",
        kind: "employee",
        state: "sent",
        dueAt: new Date(),
      },
      {
        userId: f.ben.id,
        organisationId: f.org.id,
        isoWeek: "2026-W47",
        kind: "employee",
        state: "failed",
        dueAt: new Date(),
      },
      {
        userId: f.outsider.id,
        organisationId: f.otherOrg.id,
        isoWeek: "2026-W47",
        kind: "employee",
        state: "sent",
        dueAt: new Date(),
      },
    ]);
    const overview = await callerFor(db, f.manager, {
      preferredOrganisationId: f.org.id,
    }).dashboard.organisation();
    expect(overview.members).toBe(5);
    expect(overview.teams).toEqual([
      { teamId: f.team.id, name: "Crew", members: 4, managers: ["Mia Manager"], activeLast30: 2 },
    ]);
    // Everything the fixture logged in this organisation (dashboard.fixtures.ts), as person and day:
    // Ann's two people met by hand, conversations, two follow-ups done, the event attended and a check-in;
    // Ben's and Cat's conversations. Dov logged nothing; Ann's conversation elsewhere and her import do not count.
    const logged: [string, number][] = [
      ["ann", -3],
      ["ann", -45],
      ["ann", -1],
      ["ann", -10],
      ["ann", -60],
      ["ann", -5],
      ["ann", -6],
      ["ben", -30],
      ["cat", -2],
    ];
    const activeIn = (weekStart: string) =>
      new Set(logged.filter(([, offset]) => weekStartOf(f.day(offset)) === weekStart).map(([who]) => who))
        .size;
    expect(overview.weeklyActive).toEqual(
      overview.weeklyActive.map((w) => ({ weekStart: w.weekStart, active: activeIn(w.weekStart) })),
    );
    // Every logged day falls in one of the weeks shown, so none was silently left out.
    expect(overview.weeklyActive.reduce((n, w) => n + w.active, 0)).toBe(
      new Set(logged.map(([who, offset]) => `${who} ${weekStartOf(f.day(offset))}`)).size,
    );
    // This week: Ann (last logged yesterday) and Cat (two days ago), if those days fall in this week.
    const thisWeek = weekStartOf(f.today);
    expect(overview.weeklyActive.at(-1)).toEqual({
      weekStart: thisWeek,
      active: [f.day(-1), f.day(-2)].filter((d) => d >= thisWeek).length,
    });
    expect(overview.digest.weeks).toEqual([
      { isoWeek: "2026-W47", sent: 1, skipped: 0, failed: 1, pending: 0 },
    ]);
  });
});

describe("nudges on the embedded database", () => {
  it("sending through the dev outbox (which writes to the same database) does not hang", async () => {
    // A database of its own, not a test transaction: PGlite has one connection, so an email saved to the
    // outbox while the nudge's transaction is open would wait for it forever.
    const handle = await openDatabase({ dataDir: "memory://" });
    try {
      await migrate(handle);
      const f = await dashboardTeam(handle.db);
      const caller = callerFor(handle.db, f.manager, { mailer: appMailer(handle.db) }).dashboard;
      const outcome = await Promise.race([
        caller.nudge({ teamId: f.team.id, userId: f.ben.id }).then(() => "sent"),
        new Promise((resolve) => setTimeout(() => resolve("still waiting after 10 s"), 10_000)),
      ]);
      expect(outcome).toBe("sent");
      const outbox = await handle.db.select().from(schema.emailOutbox);
      expect(outbox.map((e) => e.to)).toEqual([f.ben.email]);
      expect(await handle.db.select().from(schema.nudges)).toHaveLength(1);
    } finally {
      await handle.close();
    }
  }, 30_000);
});
