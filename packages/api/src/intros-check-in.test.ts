// "Did you meet?" through the API: "we met" puts the colleague in the person's own people and counts
// toward their goals once; "not yet" keeps the intro open; "we couldn't" closes it kindly.
import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { addDays, localDate } from "@rapport/domain/time";
import { and, eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("intro check-ins", () => {
  test("'we met' logs one conversation with the colleague and moves people-met and conversation goals", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA);
    const today = localDate(new Date(), "UTC");
    const range = { startDate: addDays(today, -10), dueDate: addDays(today, 20) };
    const people = await eve.goals.create({
      title: "Meet people",
      metric: "people_met",
      target: 5,
      ...range,
    });
    const talks = await eve.goals.create({ title: "Talk", metric: "conversations", target: 5, ...range });
    const progress = async () =>
      Promise.all([people.id, talks.id].map(async (id) => (await eve.goals.get({ goalId: id })).progress));
    const before = await progress();
    const adminName = (await db.select().from(schema.users).where(eq(schema.users.id, f.adminA.id)))[0]?.name;

    const answer = await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
    expect(answer).toMatchObject({ answer: "met", logged: 1 });
    expect(await progress()).toEqual(before.map((n) => n + 1));

    // Answering again logs nothing more.
    expect(await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" })).toMatchObject({
      logged: 0,
    });
    expect(await progress()).toEqual(before.map((n) => n + 1));

    // The colleague shows in Eve's people as a colleague, with one "met" conversation.
    const { items } = await eve.contacts.list({ tag: "colleague" });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: adminName, company: f.orgA.name, tags: ["colleague"] });
    const detail = await eve.contacts.get({ contactId: items[0]?.id ?? "" });
    expect(detail.interactions.map((i) => i.kind)).toEqual(["met"]);
    // No first-meeting follow-up is proposed for a colleague.
    expect(detail.openFollowUps).toEqual([]);
    const ours = await eve.intros.myIntros();
    expect(ours[0]).toMatchObject({ checkIn: "met", checkInOpen: false, checkInDue: false });
  });

  test("each person's colleague contact is their own: notes never cross, and the contact is reused", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA);
    const eve = callerFor(db, f.employeeA);
    await admin.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
    const [adminsEve] = (await admin.contacts.list({ tag: "colleague" })).items;
    await admin.contacts.update({
      contactId: adminsEve?.id ?? "",
      name: adminsEve?.name ?? "",
      notes: "Private: thinking of moving teams",
    });
    await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
    const [evesAdmin] = (await eve.contacts.list({ tag: "colleague" })).items;
    const detail = await eve.contacts.get({ contactId: evesAdmin?.id ?? "" });
    expect(JSON.stringify(detail)).not.toContain("moving teams");
    expect(detail.contact.notes).toBeNull();
    // Another round with the same colleague reuses the contact and adds a second conversation.
    const [round] = await db.select().from(schema.introRounds).limit(1);
    const [group] = await db
      .insert(schema.introGroups)
      .values({
        roundId: round?.id ?? "",
        crossTeam: true,
        reasons: { sharedInterests: [], complementary: [], differentTeams: true },
      })
      .returning();
    await db.insert(schema.introGroupMembers).values([
      { groupId: group?.id ?? "", userId: f.adminA.id },
      { groupId: group?.id ?? "", userId: f.employeeA.id },
    ]);
    await eve.intros.checkIn({ groupId: group?.id ?? "", answer: "met" });
    const colleagues = await db
      .select()
      .from(schema.contacts)
      .where(
        and(eq(schema.contacts.ownerId, f.employeeA.id), eq(schema.contacts.colleagueUserId, f.adminA.id)),
      );
    expect(colleagues).toHaveLength(1);
    const logged = await db
      .select()
      .from(schema.interactions)
      .where(eq(schema.interactions.contactId, colleagues[0]?.id ?? ""));
    expect(logged).toHaveLength(2);
  });

  test("a person already in my list by email becomes the colleague contact, not a duplicate", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA);
    const mine = await eve.contacts.create({ name: "The Admin", email: f.adminA.email.toUpperCase() });
    await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
    const detail = await eve.contacts.get({ contactId: mine.id });
    expect(detail.interactions).toHaveLength(1);
    expect((await eve.contacts.list({ q: "admin" })).items.filter((c) => c.id === mine.id)).toHaveLength(1);
  });

  test("'not yet' keeps the intro open; 'we couldn't' closes it; taking back 'met' takes back the conversation", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA);
    const notYet = await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "not_yet" });
    expect(notYet.message).toMatch(/keep it on Today/);
    expect((await eve.intros.myIntros())[0]).toMatchObject({ checkIn: "not_yet", checkInOpen: true });

    await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
    const couldNot = await eve.intros.checkIn({ groupId: f.introGroup.groupId, answer: "could_not" });
    expect(couldNot.message).toMatch(/it happens/);
    expect((await eve.intros.myIntros())[0]).toMatchObject({ checkIn: "could_not", checkInOpen: false });
    const logged = await db
      .select()
      .from(schema.interactions)
      .where(eq(schema.interactions.introGroupId, f.introGroup.groupId));
    expect(logged).toEqual([]);
  });
});
