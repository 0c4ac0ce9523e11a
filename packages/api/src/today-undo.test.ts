import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("undo from Today", () => {
  test("undoing 'done' reopens the follow-up and removes the catch-up it scheduled, nothing else", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA).contacts;
    const before = await db.select().from(schema.followUps);
    const done = await me.completeFollowUp({ followUpId: f.followUpA.id });
    // Cleo has the "mentor" cadence, so a next catch-up was scheduled.
    expect(done.nextId).toBeTruthy();
    await me.reopenFollowUp({ followUpId: f.followUpA.id, nextFollowUpId: done.nextId });
    const after = await db.select().from(schema.followUps);
    expect(after.map((r) => [r.id, r.dueOn, r.doneOn]).sort()).toEqual(
      before.map((r) => [r.id, r.dueOn, r.doneOn]).sort(),
    );
    // Pressing Undo twice is harmless.
    await me.reopenFollowUp({ followUpId: f.followUpA.id, nextFollowUpId: done.nextId });
    expect(await db.select().from(schema.followUps)).toHaveLength(before.length);
  });

  test("undo cannot delete someone else's follow-up or a done one passed off as 'next'", async ({ db }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA).contacts;
    const friend = await eve.create({ name: "Eve's Friend", metOn: "2026-01-05" });
    const [evesFollowUp] = (await eve.get({ contactId: friend.id })).openFollowUps;
    if (!evesFollowUp) throw new Error("follow-up");
    const admin = callerFor(db, f.adminA).contacts;
    await admin.completeFollowUp({ followUpId: f.followUpA.id });
    await admin.reopenFollowUp({ followUpId: f.followUpA.id, nextFollowUpId: evesFollowUp.id });
    const [still] = await db.select().from(schema.followUps).where(eq(schema.followUps.id, evesFollowUp.id));
    expect(still?.doneOn).toBeNull();
    // Another organisation's person answers NOT_FOUND for both undo procedures.
    const outsider = callerFor(db, f.adminB).contacts;
    await expect(outsider.reopenFollowUp({ followUpId: f.followUpA.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      outsider.setFollowUpDue({ followUpId: f.followUpA.id, dueOn: "2026-01-01" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("undoing a snooze puts the due day back, and absurd days are refused", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA).contacts;
    const original = f.followUpA.dueOn;
    await me.snoozeFollowUp({ followUpId: f.followUpA.id, days: 7 });
    await me.setFollowUpDue({ followUpId: f.followUpA.id, dueOn: original });
    const [row] = await db.select().from(schema.followUps).where(eq(schema.followUps.id, f.followUpA.id));
    expect(row?.dueOn).toBe(original);
    for (const dueOn of ["0001-01-01", "9999-12-31", "2026-02-30", "\u0000", "x".repeat(10_000)]) {
      await expect(me.setFollowUpDue({ followUpId: f.followUpA.id, dueOn })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});
