import { dbTest, testDatabase } from "@rapport/db/testing";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

describe("quick log entries sent again after a lost connection", () => {
  dbTest("the same entry id saves one person however often it is sent", async ({ db }) => {
    const f = await twoOrganisations(db);
    const contacts = callerFor(db, f.employeeA).contacts;
    const clientId = crypto.randomUUID();
    const first = await contacts.create({ clientId, name: "Ines Okafor", metWhere: "Hall B" });
    const again = await contacts.create({ clientId, name: "Ines Okafor", metWhere: "Hall B" });
    const upper = await contacts.create({ clientId: clientId.toUpperCase(), name: "Ines Okafor" });
    expect(first).toMatchObject({ id: clientId, repeated: false });
    expect(again).toMatchObject({ id: clientId, repeated: true });
    expect(upper).toMatchObject({ id: clientId, repeated: true });
    const list = await contacts.list({ q: "Ines" });
    expect(list.items.map((c) => c.name)).toEqual(["Ines Okafor"]);
  });

  dbTest("two sends at the same moment still save one person", async ({ db }) => {
    const f = await twoOrganisations(db);
    const contacts = callerFor(db, f.employeeA).contacts;
    const clientId = crypto.randomUUID();
    const results = await Promise.all([
      contacts.create({ clientId, name: "Twin Entry" }),
      contacts.create({ clientId, name: "Twin Entry" }),
    ]);
    expect(results.map((r) => r.id)).toEqual([clientId, clientId]);
    expect((await contacts.list({ q: "Twin" })).items).toHaveLength(1);
  });

  dbTest("someone else's entry id is refused and shows nothing of theirs", async ({ db }) => {
    const f = await twoOrganisations(db);
    const clientId = crypto.randomUUID();
    await callerFor(db, f.employeeA).contacts.create({ clientId, name: "Private Person", notes: "secret" });
    for (const other of [f.adminB, f.managerA]) {
      const attempt = callerFor(db, other).contacts.create({ clientId, name: "Mine now" });
      await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(attempt).rejects.not.toThrow(/Private|secret/);
    }
    const mine = await callerFor(db, f.employeeA).contacts.get({ contactId: clientId });
    expect(mine.contact.name).toBe("Private Person");
  });

  dbTest("an entry id that is not a uuid is refused with a clear message", async ({ db }) => {
    const f = await twoOrganisations(db);
    await expect(
      callerFor(db, f.employeeA).contacts.create({ clientId: "'; drop table contacts", name: "X" }),
    ).rejects.toThrow(/entry id is not valid/);
  });
});
