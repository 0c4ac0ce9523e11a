import { groupDue } from "@rapport/domain/followups";
import { addDays, isoWeekday } from "@rapport/domain/time";
import { endOfWeek } from "@rapport/domain/words";
import { eq } from "drizzle-orm";
import { expect, test as plainTest } from "vitest";
import { listContacts, listDueFollowUps, listLosingTouch } from "../queries";
import { memberships, users } from "../schema";
import { seedDemo } from "../seed";
import { dbTest as test } from "../testing";
import { SAM } from "./contacts";

test("the demo employee has contacts with follow-ups and cadences in every state", async ({ db }) => {
  await seedDemo(db);
  const [sam] = await db
    .select({ userId: users.id, organisationId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.email, "sam.okafor@brightwater.example"));
  if (!sam) throw new Error("Sam is missing");
  const due = await listDueFollowUps(db, sam);
  // On a Sunday the week has no days left, so nothing can fall "later this week".
  const groups =
    isoWeekday(due.today) < 7
      ? (["overdue", "today", "thisWeek", "later"] as const)
      : (["overdue", "today", "later"] as const);
  for (const group of groups) expect(due.groups[group].length, group).toBeGreaterThan(0);
  const losing = await listLosingTouch(db, sam);
  expect(new Set(losing.entries.map((e) => e.status.status))).toEqual(new Set(["amber", "red"]));
  const list = await listContacts(db, sam, { limit: 100 });
  expect(list.total).toBeGreaterThanOrEqual(10);
  expect(new Set(list.items.map((i) => i.cadence?.status).filter(Boolean))).toEqual(
    new Set(["green", "amber", "red"]),
  );
});

plainTest("whatever the weekday and the week's first day, the demo's follow-ups fill every group", () => {
  // The seed dates follow-ups relative to the day it runs: a Monday seed once had nothing "later".
  for (const weekStart of [1, 7, 6]) {
    for (let day = 0; day < 7; day += 1) {
      const today = addDays("2026-12-07", day);
      const open = SAM.flatMap((c) => (c.followUp ? [{ dueOn: addDays(today, c.followUp[0]) }] : []));
      const groups = groupDue(open, today, weekStart);
      const lastDay = endOfWeek(today, weekStart) === today;
      const expected: (keyof typeof groups)[] = ["overdue", "today", "nextWeek", "later"];
      if (!lastDay) expected.push("thisWeek");
      for (const group of expected) {
        expect(groups[group].length, `${group} on ${today} (week from day ${weekStart})`).toBeGreaterThan(0);
      }
    }
  }
});
