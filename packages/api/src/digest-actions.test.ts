import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { createActionToken, handleDigestAction } from "@rapport/jobs";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

const SECRET = "a-test-secret-that-is-long-enough-for-hmac";

type Db = Parameters<typeof twoOrganisations>[0];

/** Every follow-up and RSVP row, to prove an action touched exactly what it should. */
async function snapshot(db: Db) {
  const followUps = await db
    .select({ id: schema.followUps.id, dueOn: schema.followUps.dueOn, doneOn: schema.followUps.doneOn })
    .from(schema.followUps)
    .orderBy(schema.followUps.id);
  const rsvps = await db
    .select({ e: schema.eventRsvps.eventId, u: schema.eventRsvps.userId, s: schema.eventRsvps.status })
    .from(schema.eventRsvps)
    .orderBy(schema.eventRsvps.eventId, schema.eventRsvps.userId);
  return { followUps, rsvps };
}

async function setup(db: Db) {
  const f = await twoOrganisations(db);
  // A second follow-up of admin A's, and one of employee A's: the link for one must not touch the others.
  const mine = callerFor(db, f.adminA).contacts;
  const other = await mine.create({ name: "Otto Other", metOn: "2026-01-05" });
  const [otherFollowUp] = (await mine.get({ contactId: other.id })).openFollowUps;
  const eve = callerFor(db, f.employeeA).contacts;
  const evesContact = await eve.create({ name: "Eve's Friend", metOn: "2026-01-05" });
  const [evesFollowUp] = (await eve.get({ contactId: evesContact.id })).openFollowUps;
  if (!otherFollowUp || !evesFollowUp) throw new Error("follow-ups");
  return { ...f, otherFollowUp, evesFollowUp };
}

describe("digest action links", () => {
  test("opening a Done link changes nothing; the button marks that one follow-up done, once", async ({
    db,
  }) => {
    const f = await setup(db);
    const token = createActionToken({ userId: f.adminA.id, action: "done", itemId: f.followUpA.id }, SECRET);
    const before = await snapshot(db);

    const look = await handleDigestAction(db, SECRET, token, "look");
    expect(look.state).toBe("confirm");
    expect(look.title).toBe("Mark your follow-up with Cleo Contact done?");
    expect(await snapshot(db)).toEqual(before);

    const applied = await handleDigestAction(db, SECRET, token, "apply");
    expect(applied.state).toBe("applied");
    expect(applied).toMatchObject({ link: { href: `/people/${f.contactA.id}` } });
    const after = await snapshot(db);
    const changed = after.followUps.filter(
      (row) => JSON.stringify(row) !== JSON.stringify(before.followUps.find((b) => b.id === row.id)),
    );
    // The one follow-up is done; the only other row is the next cadence catch-up it scheduled.
    expect(changed.find((r) => r.id === f.followUpA.id)?.doneOn).toBeTruthy();
    expect(
      changed
        .filter((r) => r.id !== f.followUpA.id)
        .every((r) => !before.followUps.some((b) => b.id === r.id)),
    ).toBe(true);
    expect(after.followUps.find((r) => r.id === f.otherFollowUp.id)).toEqual(
      before.followUps.find((r) => r.id === f.otherFollowUp.id),
    );
    expect(after.rsvps).toEqual(before.rsvps);

    const again = await handleDigestAction(db, SECRET, token, "apply");
    expect(again.state).toBe("already");
    expect(await snapshot(db)).toEqual(after);
    expect((await handleDigestAction(db, SECRET, token, "look")).state).toBe("already");
  });

  test("Snooze a week moves the due date once, however often it is pressed", async ({ db }) => {
    const f = await setup(db);
    const token = createActionToken(
      { userId: f.adminA.id, action: "snooze", itemId: f.followUpA.id },
      SECRET,
    );
    const first = await handleDigestAction(db, SECRET, token, "apply");
    expect(first.state).toBe("applied");
    const [row] = await db.select().from(schema.followUps).where(eq(schema.followUps.id, f.followUpA.id));
    expect(row?.dueOn).toBeDefined();
    expect(first.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await handleDigestAction(db, SECRET, token, "apply");
    const [rowAgain] = await db
      .select()
      .from(schema.followUps)
      .where(eq(schema.followUps.id, f.followUpA.id));
    expect(rowAgain?.dueOn).toBe(row?.dueOn);
  });

  test("a link made for one person cannot reach another person's follow-up, in or out of the organisation", async ({
    db,
  }) => {
    const f = await setup(db);
    const before = await snapshot(db);
    // Genuinely signed, but for admin A and employee A's follow-up; and for admin B on A's follow-up.
    for (const [userId, itemId] of [
      [f.adminA.id, f.evesFollowUp.id],
      [f.adminB.id, f.followUpA.id],
      [f.loner.id, f.followUpA.id],
    ] as const) {
      for (const action of ["done", "snooze"] as const) {
        const token = createActionToken({ userId, action, itemId }, SECRET);
        const page = await handleDigestAction(db, SECRET, token, "apply");
        expect(page.state).toBe("gone");
        expect(page.message).toMatch(/Nothing was changed/);
      }
    }
    // A follow-up id used as an event, and an event of another organisation.
    const asEvent = createActionToken(
      { userId: f.adminA.id, action: "going", itemId: f.followUpA.id },
      SECRET,
    );
    expect((await handleDigestAction(db, SECRET, asEvent, "apply")).state).toBe("gone");
    const outsider = createActionToken({ userId: f.adminB.id, action: "going", itemId: f.event.id }, SECRET);
    expect((await handleDigestAction(db, SECRET, outsider, "apply")).state).toBe("gone");
    expect(await snapshot(db)).toEqual(before);
  });

  test("forged, altered, expired or someone else's links change nothing and say why", async ({ db }) => {
    const f = await setup(db);
    const before = await snapshot(db);
    const token = createActionToken({ userId: f.adminA.id, action: "done", itemId: f.followUpA.id }, SECRET);
    const [user, action, item, exp, sig] = token.split(".");
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    const cases: [string, string][] = [
      [`${b64(f.employeeA.id)}.${action}.${item}.${exp}.${sig}`, "invalid"],
      [`${user}.snooze.${item}.${exp}.${sig}`, "invalid"],
      [`${user}.${action}.${b64(f.otherFollowUp.id)}.${exp}.${sig}`, "invalid"],
      [`${user}.${action}.${item}.zzzzzzz.${sig}`, "invalid"],
      [`${user}.${action}.${item}.${exp}.${"A".repeat(43)}`, "invalid"],
      [
        createActionToken(
          { userId: f.adminA.id, action: "done", itemId: f.followUpA.id },
          "another-secret-xxxxxxxxxxxxxxxxxxxxx",
        ),
        "invalid",
      ],
      ["", "invalid"],
      ["\u0000<script>alert(1)</script>", "invalid"],
      ["x".repeat(5000), "invalid"],
      [
        createActionToken(
          { userId: f.adminA.id, action: "done", itemId: f.followUpA.id },
          SECRET,
          new Date(Date.now() - 15 * 86_400_000),
        ),
        "expired",
      ],
    ];
    for (const [bad, state] of cases) {
      expect((await handleDigestAction(db, SECRET, bad, "apply")).state).toBe(state);
    }
    // The genuine link, pressed while someone else is signed in on this browser.
    const page = await handleDigestAction(db, SECRET, token, "apply", { sessionUserId: f.employeeA.id });
    expect(page.state).toBe("not-yours");
    expect(await snapshot(db)).toEqual(before);
    // Still works for its own person afterwards.
    expect((await handleDigestAction(db, SECRET, token, "apply", { sessionUserId: f.adminA.id })).state).toBe(
      "applied",
    );
  });

  test("I'm going answers for that event only, and repeating it is harmless", async ({ db }) => {
    const f = await setup(db);
    const token = createActionToken({ userId: f.employeeA.id, action: "going", itemId: f.event.id }, SECRET);
    expect((await handleDigestAction(db, SECRET, token, "look")).state).toBe("confirm");
    expect(
      await db.select().from(schema.eventRsvps).where(eq(schema.eventRsvps.userId, f.employeeA.id)),
    ).toEqual([]);
    expect((await handleDigestAction(db, SECRET, token, "apply")).state).toBe("applied");
    expect((await handleDigestAction(db, SECRET, token, "apply")).state).toBe("already");
    const rsvps = await db.select().from(schema.eventRsvps);
    expect(rsvps.map((r) => [r.eventId, r.userId, r.status])).toEqual([
      [f.event.id, f.employeeA.id, "going"],
    ]);
  });
});
