import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { addDays, localDate } from "@rapport/domain/time";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("goal progress comes from what people log elsewhere", () => {
  test("people met, conversations, follow-ups done and events attended each move their goals", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.employeeA);
    const today = localDate(new Date(), "UTC");
    const range = { startDate: addDays(today, -10), dueDate: addDays(today, 20) };
    const goal = (title: string, metric: string) =>
      me.goals.create({ title, metric: metric as never, target: 3, ...range });
    const met = await goal("Meet three people", "people_met");
    const talks = await goal("Three conversations", "conversations");
    const followed = await goal("Three follow-ups", "follow_ups_done");
    const attended = await goal("Three events", "events_attended");
    const progress = async (id: string) => (await me.goals.get({ goalId: id })).progress;

    expect([await progress(met.id), await progress(talks.id), await progress(followed.id)]).toEqual([
      0, 0, 0,
    ]);

    const contact = await me.contacts.create({ name: "Ola Person", metOn: addDays(today, -3) });
    await me.contacts.logInteraction({
      contactId: contact.id,
      kind: "coffee",
      occurredOn: addDays(today, -1),
    });
    const [followUp] = (await me.contacts.get({ contactId: contact.id })).openFollowUps;
    await me.contacts.completeFollowUp({ followUpId: followUp?.id ?? "" });

    // An event of the team that already took place, marked attended.
    await db
      .update(schema.events)
      .set({
        startsAt: new Date(Date.now() - 2 * 86_400_000),
        endsAt: new Date(Date.now() - 2 * 86_400_000 + 3_600_000),
      })
      .where(eq(schema.events.id, f.event.id));
    await me.events.rsvp({ eventId: f.event.id, status: "attended" });

    expect(await progress(met.id)).toBe(1);
    expect(await progress(talks.id)).toBeGreaterThanOrEqual(1);
    expect(await progress(followed.id)).toBe(1);
    expect(await progress(attended.id)).toBe(1);

    // Someone else's activity never counts toward my goals.
    await callerFor(db, f.managerA).contacts.create({ name: "Not Mine", metOn: addDays(today, -2) });
    expect(await progress(met.id)).toBe(1);
  });

  test("what a person logs in another organisation does not move their goals here", async ({ db }) => {
    const f = await twoOrganisations(db);
    // Eve works in organisation A and also belongs to organisation B.
    await db.insert(schema.memberships).values({ organisationId: f.orgB.id, userId: f.employeeA.id });
    const inA = callerFor(db, f.employeeA, { preferredOrganisationId: f.orgA.id });
    const inB = callerFor(db, f.employeeA, { preferredOrganisationId: f.orgB.id });
    const today = localDate(new Date(), "UTC");
    const dates = { startDate: addDays(today, -10), dueDate: addDays(today, 20) };
    const met = await inA.goals.create({
      title: "Meet three people",
      metric: "people_met",
      target: 3,
      ...dates,
    });
    const talks = await inA.goals.create({
      title: "Talk to three",
      metric: "conversations",
      target: 3,
      ...dates,
    });

    const elsewhere = await inB.contacts.create({ name: "Bo Elsewhere", metOn: addDays(today, -2) });
    await inB.contacts.logInteraction({
      contactId: elsewhere.id,
      kind: "call",
      occurredOn: addDays(today, -1),
    });
    expect((await inA.goals.get({ goalId: met.id })).progress).toBe(0);
    expect((await inA.goals.get({ goalId: talks.id })).progress).toBe(0);

    await inA.contacts.create({ name: "Al Here", metOn: addDays(today, -2) });
    expect((await inA.goals.get({ goalId: met.id })).progress).toBe(1);
  });
});
