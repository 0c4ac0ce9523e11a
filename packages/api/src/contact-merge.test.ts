// Merging two saved records of one person keeps everything either had; nobody else's records can be named.
import { dbTest, testDatabase } from "@rapport/db/testing";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

async function rosaTwice(db: Parameters<typeof twoOrganisations>[0]) {
  const f = await twoOrganisations(db);
  const mine = callerFor(db, f.employeeA).contacts;
  const rosa = await mine.create({
    name: "Rosa Delgado",
    company: "Northwind",
    metOn: "2026-03-04",
    metWhere: "Product meetup",
    tags: ["mentor"],
    notes: "Knows everyone in fintech.",
  });
  const rosaD = await mine.create({
    name: "Rosa D.",
    company: "Northwind Traders",
    email: "rosa@northwind.example",
    linkedinUrl: "linkedin.com/in/rosadelgado",
    metOn: "2026-02-01",
    tags: ["design", "Mentor"],
    notes: "Prefers mornings.",
  });
  await mine.logInteraction({ contactId: rosa.id, kind: "coffee", occurredOn: "2026-03-10" });
  await mine.logInteraction({
    contactId: rosaD.id,
    kind: "call",
    occurredOn: "2026-02-15",
    note: "Intro to Sam",
  });
  await mine.addFollowUp({ contactId: rosaD.id, dueOn: inTenDays, note: "Send the deck" });
  const detailD = await mine.get({ contactId: rosaD.id });
  const doneId = detailD.openFollowUps[0]?.id ?? "";
  await mine.completeFollowUp({ followUpId: doneId });
  return { f, mine, rosa, rosaD };
}

describe("merging people", () => {
  dbTest("two records become one with both histories, follow-ups, notes and tags", async ({ db }) => {
    const { mine, rosa, rosaD } = await rosaTwice(db);
    const before = [await mine.get({ contactId: rosa.id }), await mine.get({ contactId: rosaD.id })];
    const interactionIds = before.flatMap((d) => d.interactions.map((i) => i.id)).sort();
    const followUpIds = before
      .flatMap((d) => [...d.openFollowUps, ...d.doneFollowUps].map((x) => x.id))
      .sort();
    expect(interactionIds).toHaveLength(2);
    expect(followUpIds.length).toBeGreaterThanOrEqual(3);

    const result = await mine.merge({ contactIds: [rosa.id, rosaD.id], choose: { company: rosaD.id } });
    expect(result).toMatchObject({ id: rosa.id, name: "Rosa Delgado", merged: 1, interactionsMoved: 1 });

    expect((await mine.list()).items.map((p) => p.name)).toEqual(["Rosa Delgado"]);
    const after = await mine.get({ contactId: rosa.id });
    expect(after.contact).toMatchObject({
      name: "Rosa Delgado",
      company: "Northwind Traders",
      email: "rosa@northwind.example",
      linkedinUrl: "https://www.linkedin.com/in/rosadelgado",
      // The earlier meeting is when they met; where is kept from that record's side (none there: the other).
      metOn: "2026-02-01",
      metWhere: "Product meetup",
      tags: ["mentor", "design"],
      notes: "Knows everyone in fintech.\n\nPrefers mornings.",
      source: "manual",
    });
    expect(after.interactions.map((i) => i.id).sort()).toEqual(interactionIds);
    expect(after.interactions.find((i) => i.kind === "call")?.note).toBe("Intro to Sam");
    expect([...after.openFollowUps, ...after.doneFollowUps].map((x) => x.id).sort()).toEqual(followUpIds);
    await expect(mine.get({ contactId: rosaD.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Search finds the merged person by the company taken from the other record.
    expect((await mine.list({ q: "traders" })).total).toBe(1);
  });

  dbTest("someone else's record, in this organisation or another, cannot be merged", async ({ db }) => {
    const { f, mine, rosa } = await rosaTwice(db);
    const colleague = await callerFor(db, f.managerA).contacts.create({ name: "Rosa Delgado" });
    const stranger = await callerFor(db, f.managerB).contacts.create({ name: "Rosa Delgado" });
    for (const other of [colleague.id, stranger.id]) {
      for (const contactIds of [
        [rosa.id, other],
        [other, rosa.id],
      ]) {
        await expect(mine.merge({ contactIds })).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
    // A manager or admin cannot merge their people's records either.
    await expect(
      callerFor(db, f.adminA).contacts.merge({ contactIds: [rosa.id, colleague.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await mine.list()).total).toBe(2);
    expect((await mine.get({ contactId: rosa.id })).interactions).toHaveLength(1);
    expect((await callerFor(db, f.managerA).contacts.get({ contactId: colleague.id })).contact.name).toBe(
      "Rosa Delgado",
    );
    expect((await callerFor(db, f.managerB).contacts.list()).total).toBe(1);
  });

  dbTest("hostile lists and choices are refused with a message and change nothing", async ({ db }) => {
    const { f, mine, rosa, rosaD } = await rosaTwice(db);
    const stranger = await callerFor(db, f.managerB).contacts.create({ name: "Rosa Delgado" });
    const refused = [
      [{ contactIds: [rosa.id] }, "two or more"],
      [{ contactIds: [rosa.id, rosa.id] }, "two or more"],
      [{ contactIds: Array.from({ length: 21 }, () => rosa.id) }, "at most 20"],
      [{ contactIds: [rosa.id, rosaD.id], choose: { name: stranger.id } }, "one of the people being merged"],
      [{ contactIds: [rosa.id, rosaD.id], choose: { ownerId: rosaD.id } }, ""],
      [{ contactIds: [rosa.id, "\u0000"] }, ""],
      [{ contactIds: [rosa.id, "x".repeat(10_000)] }, ""],
    ] as const;
    for (const [input, message] of refused) {
      await expect(mine.merge(input as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
    }
    expect((await mine.list()).total).toBe(2);
    expect((await mine.get({ contactId: rosaD.id })).contact.name).toBe("Rosa D.");
  });
});
