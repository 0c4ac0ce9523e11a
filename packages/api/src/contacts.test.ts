import {
  contactActivityCounts,
  conversationActivities,
  followUpDoneActivities,
  peopleMetActivities,
  todayFor,
} from "@rapport/db";
import { dbTest, testDatabase } from "@rapport/db/testing";
import { addDays } from "@rapport/domain/time";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, makeUser, twoOrganisations } from "./testing";

// Opening and migrating the test database takes a while on PGlite; do it before the first test.
beforeAll(async () => {
  await testDatabase();
});

async function employee(db: Parameters<typeof twoOrganisations>[0]) {
  const f = await twoOrganisations(db);
  const today = await todayFor(db, f.employeeA.id);
  return { f, today, contacts: callerFor(db, f.employeeA).contacts };
}

describe("people met and their follow-ups", () => {
  dbTest(
    "meeting someone proposes a follow-up two days later; done with a cadence schedules the next",
    async ({ db }) => {
      const { contacts, today, f } = await employee(db);
      await expect(
        contacts.create({ name: "Nobody", metOn: today, metEventId: "no-such-event" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      const { id, followUpOn } = await contacts.create({
        name: "Rosa Diaz",
        company: "Harbour Labs",
        metOn: today,
        metEventId: f.event.id,
        metWhere: "Design meetup",
      });
      expect(followUpOn).toBe(addDays(today, 2));
      const due = await contacts.due();
      expect(due.groups.overdue).toEqual([]);
      const upcoming = [...due.groups.thisWeek, ...due.groups.nextWeek, ...due.groups.later];
      expect(upcoming.map((f) => [f.contactName, f.dueOn])).toEqual([["Rosa Diaz", addDays(today, 2)]]);

      await contacts.setCadence({ contactId: id, cadence: { idealDays: 30, maxDays: 45 } });
      const done = await contacts.completeFollowUp({ followUpId: upcoming[0]?.id ?? "" });
      expect(done.nextDueOn).toBe(addDays(today, 30));
      const detail = await contacts.get({ contactId: id });
      expect(detail.contact.metEventId).toBe(f.event.id);
      expect(detail.openFollowUps.map((f) => [f.dueOn, f.reason])).toEqual([[addDays(today, 30), "cadence"]]);
      expect(detail.doneFollowUps).toHaveLength(1);
      await expect(contacts.completeFollowUp({ followUpId: upcoming[0]?.id ?? "" })).rejects.toThrow(
        /already done/,
      );
    },
  );

  dbTest("a follow-up done without a cadence schedules nothing more; snoozing moves it", async ({ db }) => {
    const { contacts, today } = await employee(db);
    const { id } = await contacts.create({ name: "Ben Ode", metOn: addDays(today, -10) });
    const [open] = (await contacts.get({ contactId: id })).openFollowUps;
    // Met ten days ago: the proposal is today rather than in the past.
    expect(open?.dueOn).toBe(today);
    const snoozed = await contacts.snoozeFollowUp({ followUpId: open?.id ?? "", days: 3 });
    expect(snoozed.dueOn).toBe(addDays(today, 3));
    await expect(
      contacts.snoozeFollowUp({ followUpId: open?.id ?? "", until: addDays(today, -1) }),
    ).rejects.toThrow(/before today/);
    expect((await contacts.completeFollowUp({ followUpId: open?.id ?? "" })).nextDueOn).toBeNull();
    expect((await contacts.get({ contactId: id })).openFollowUps).toEqual([]);
  });

  dbTest(
    "any interaction resets the keep-in-touch clock; no reply brings a gentle second touch",
    async ({ db }) => {
      const { contacts, today } = await employee(db);
      const { id } = await contacts.create({
        name: "Ola Nwosu",
        metOn: addDays(today, -100),
        proposeFollowUp: false,
      });
      await contacts.setCadence({ contactId: id, cadence: { idealDays: 30, maxDays: 60 } });
      let detail = await contacts.get({ contactId: id });
      expect(detail.cadence?.status.status).toBe("red");
      expect((await contacts.list()).items[0]?.cadence?.status).toBe("red");
      expect((await contacts.losingTouch()).entries.map((e) => e.contact.name)).toEqual(["Ola Nwosu"]);

      const logged = await contacts.logInteraction({
        contactId: id,
        kind: "message",
        occurredOn: today,
        outcome: "no_reply",
        reflection: "Asked for too much in one message.",
      });
      expect(logged.suggestion?.suggestOn).toBe(addDays(today, 7));
      expect(logged.suggestion?.message).toMatch(/normal/);
      detail = await contacts.get({ contactId: id });
      expect(detail.cadence?.status.status).toBe("green");
      expect(detail.openFollowUps.map((f) => f.dueOn)).toEqual([addDays(today, 30)]);
      expect(detail.interactions[0]?.reflection).toBe("Asked for too much in one message.");
      expect((await contacts.losingTouch()).entries).toEqual([]);
      const [listed] = (await contacts.list()).items;
      expect(listed).toMatchObject({ lastTouchOn: today, nextFollowUpOn: addDays(today, 30) });
      expect(listed?.cadence?.status).toBe("green");
    },
  );

  dbTest("a reflection is kept only for a no reply or a no", async ({ db }) => {
    const { contacts, today } = await employee(db);
    const { id } = await contacts.create({ name: "Kim Lee" });
    const ok = await contacts.logInteraction({
      contactId: id,
      kind: "coffee",
      occurredOn: today,
      outcome: "positive",
      reflection: "ignored",
    });
    expect(ok.suggestion).toBeNull();
    expect((await contacts.get({ contactId: id })).interactions[0]?.reflection).toBeNull();
  });

  dbTest("tag cadences apply to everyone with the tag and show who is drifting", async ({ db }) => {
    const { contacts, today } = await employee(db);
    await contacts.create({
      name: "Ann Mentor",
      tags: ["Mentor"],
      metOn: addDays(today, -50),
      proposeFollowUp: false,
    });
    await contacts.create({
      name: "Zed Friend",
      tags: ["friends"],
      metOn: addDays(today, -50),
      proposeFollowUp: false,
    });
    await contacts.setTagCadence({ tag: "mentor", cadence: { idealDays: 30, maxDays: 60 } });
    const losing = await contacts.losingTouch();
    expect(losing.entries.map((e) => [e.contact.name, e.status.status])).toEqual([["Ann Mentor", "amber"]]);
    await expect(
      contacts.setTagCadence({ tag: "x", cadence: { idealDays: 30, maxDays: 10 } }),
    ).rejects.toThrow(/maximum can't be shorter/);
  });

  dbTest("bad input names the field", async ({ db }) => {
    const { contacts } = await employee(db);
    await expect(contacts.create({ name: " " })).rejects.toThrow(/Enter their name/);
    await expect(contacts.create({ name: "A", email: "nope" })).rejects.toThrow(/email address/);
    await expect(contacts.create({ name: "A", linkedinUrl: "https://example.com/x" })).rejects.toThrow(
      /LinkedIn profile/,
    );
    const saved = await contacts.create({ name: "A", linkedinUrl: "linkedin.com/in/a-person/?utm=1" });
    expect((await contacts.get({ contactId: saved.id })).contact.linkedinUrl).toBe(
      "https://www.linkedin.com/in/a-person",
    );
  });
});

describe("search", () => {
  dbTest("finds by any word of name, company or tag, as a prefix, and only my own", async ({ db }) => {
    const { f, contacts } = await employee(db);
    await contacts.create({ name: "Maria Gonzalez", company: "Northwind Traders", tags: ["fintech"] });
    await contacts.create({ name: "Mario Rossi", company: "Acme", tags: ["design", "Berlin meetup"] });
    await contacts.create({ name: "Li Wei", company: "O'Brien & Sons" });
    await callerFor(db, f.managerA).contacts.create({ name: "Maria Manager's Contact" });
    const names = async (q: string, tag?: string) =>
      (await contacts.list({ q, tag, limit: 50, offset: 0 })).items.map((i) => i.name);
    expect(await names("mar")).toEqual(["Maria Gonzalez", "Mario Rossi"]);
    expect(await names("gonz")).toEqual(["Maria Gonzalez"]);
    expect(await names("northwind")).toEqual(["Maria Gonzalez"]);
    expect(await names("berlin")).toEqual(["Mario Rossi"]);
    expect(await names("o'brien")).toEqual(["Li Wei"]);
    expect(await names("mar ros")).toEqual(["Mario Rossi"]);
    expect(await names("", "design")).toEqual(["Mario Rossi"]);
    expect(await names("zzz")).toEqual([]);
    expect(await names("&|!:*()")).toHaveLength(3);
    expect((await contacts.tags()).map((t) => t.tag).sort()).toEqual(["Berlin meetup", "design", "fintech"]);
  });
});

const linkedInCsv = [
  "\uFEFFNotes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.test,"Analytical Engines, Ltd",Engineer,15 Mar 2024',
  "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,Navy,Rear Admiral,02 Jan 2023",
  ",,https://www.linkedin.com/in/nobody,,,,",
  "Alan,Turing,https://www.linkedin.com/in/alan-turing,,Bletchley,Codebreaker,31 Feb 2024",
].join("\n");

describe("import", () => {
  dbTest(
    "the preview writes nothing and reports problems with line numbers; the import creates, then updates",
    async ({ db }) => {
      const { contacts } = await employee(db);
      await contacts.create({ name: "Ada L.", email: "ada@example.test", tags: ["math"] });
      const preview = await contacts.previewImport({ filename: "Connections.csv", text: linkedInCsv });
      expect(preview.format).toBe("linkedin");
      expect(preview.counts).toEqual({ create: 2, update: 1, skip: 0 });
      const update = preview.items.find((i) => i.action === "update");
      expect(update?.action === "update" && update.changes.map((c) => c.field)).toEqual(
        expect.arrayContaining(["name", "company", "linkedinUrl"]),
      );
      expect(preview.problems.map((p) => p.line)).toEqual([7, 8]);
      expect((await contacts.list()).total).toBe(1);

      const drafts = preview.items.filter((i) => i.action !== "skip").map((i) => i.draft);
      expect(await contacts.importDrafts({ drafts })).toEqual({ create: 2, update: 1, skip: 0 });
      const list = await contacts.list();
      expect(list.items.map((i) => i.name)).toEqual(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
      expect(list.items[0]?.tags).toEqual(["math"]);
      // Importing the same file again finds everyone already saved.
      const again = await contacts.previewImport({ filename: "Connections.csv", text: linkedInCsv });
      expect(again.counts).toEqual({ create: 0, update: 0, skip: 3 });
      expect(await contacts.importDrafts({ drafts })).toEqual({ create: 0, update: 0, skip: 3 });
      expect((await contacts.list()).total).toBe(3);
      // Imported connections are not "people met" for goals, and get no follow-ups.
      expect((await contacts.due()).groups.later).toEqual([]);
    },
  );

  dbTest("an unreadable file says which formats work; an oversized one is refused", async ({ db }) => {
    const { contacts } = await employee(db);
    const preview = await contacts.previewImport({ filename: "notes.txt", text: "hello" });
    expect(preview.problems[0]?.message).toMatch(/Connections\.csv/);
    await expect(
      contacts.previewImport({ filename: "big.csv", text: "x".repeat(8 * 1024 * 1024 + 1) }),
    ).rejects.toThrow(/over 8 MB/);
  });

  dbTest("Google CSV and vCard import through the same preview", async ({ db }) => {
    const { contacts } = await employee(db);
    const google =
      "Name,Given Name,Family Name,E-mail 1 - Value,Organization Name\nJo Smith,Jo,Smith,jo@example.test,Acme\n";
    expect((await contacts.previewImport({ filename: "contacts.csv", text: google })).counts.create).toBe(1);
    const vcard =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Vi Card\r\nitem1.EMAIL:vi@example.test\r\nitem1.X-ABLabel:work\r\nEND:VCARD\r\n";
    const v = await contacts.previewImport({ filename: "x.vcf", text: vcard });
    expect(v.format).toBe("vcard");
    expect(v.items[0]?.draft.email).toBe("vi@example.test");
  });
});

describe("export and deletion", () => {
  dbTest(
    "export holds my contacts only; delete removes history; delete all needs the words",
    async ({ db }) => {
      const { f, contacts, today } = await employee(db);
      const { id } = await contacts.create({ name: "=HYPERLINK(evil)", metOn: today, notes: "private" });
      await contacts.logInteraction({ contactId: id, kind: "call", occurredOn: today });
      await contacts.create({ name: "Keep Me" });
      const manager = callerFor(db, f.managerA).contacts;
      await manager.create({ name: "Manager Own" });
      const managersBefore = (await manager.list()).items.map((c) => c.name);
      expect(managersBefore).toContain("Manager Own");
      expect((await contacts.export()).map((c) => c.name)).toEqual(["=HYPERLINK(evil)", "Keep Me"]);

      await contacts.delete({ contactId: id });
      await expect(contacts.get({ contactId: id })).rejects.toThrow(/not found/);
      expect((await contacts.due()).groups.thisWeek).toEqual([]);

      await expect(contacts.deleteAll({ confirm: "yes" })).rejects.toThrow(/delete all/);
      expect(await contacts.deleteAll({ confirm: "Delete all" })).toEqual({ deleted: 1 });
      expect((await contacts.list()).total).toBe(0);
      // Someone else's people are untouched.
      expect((await manager.list()).items.map((c) => c.name)).toEqual(managersBefore);
    },
  );
});

describe("what other areas may read", () => {
  dbTest("goal activity and manager counts are numbers and dates only", async ({ db }) => {
    const { f, contacts, today } = await employee(db);
    const { id } = await contacts.create({ name: "Counted Person", metOn: today });
    await contacts.logInteraction({ contactId: id, kind: "coffee", occurredOn: today });
    const [open] = (await contacts.get({ contactId: id })).openFollowUps;
    await contacts.completeFollowUp({ followUpId: open?.id ?? "" });
    await contacts.importDrafts({
      drafts: [
        {
          name: "Imported",
          company: null,
          role: null,
          email: null,
          phone: null,
          linkedinUrl: null,
          metOn: null,
          tags: [],
          notes: null,
        },
      ],
    });
    const range = { from: new Date(Date.now() - 3 * 86_400_000), to: new Date(Date.now() + 3 * 86_400_000) };
    const who = { userId: f.employeeA.id, organisationId: f.orgA.id };
    expect((await peopleMetActivities(db, who, range)).map((a) => a.kind)).toEqual(["person_met"]);
    expect((await conversationActivities(db, who, range)).map((a) => a.kind)).toEqual(["conversation"]);
    expect((await followUpDoneActivities(db, who, range)).map((a) => a.kind)).toEqual(["follow_up_done"]);

    const other = await makeUser(db, "Nobody Here");
    const counts = await contactActivityCounts(db, {
      organisationId: f.orgA.id,
      userIds: [f.employeeA.id, other.id],
      ...range,
    });
    expect(counts).toEqual([
      { userId: f.employeeA.id, newContacts: 1, interactions: 1, followUpsDone: 1, followUpsDoneOnTime: 1 },
      { userId: other.id, newContacts: 0, interactions: 0, followUpsDone: 0, followUpsDoneOnTime: 0 },
    ]);
    // Another organisation's id sees nothing of organisation A.
    const elsewhere = await contactActivityCounts(db, {
      organisationId: f.orgB.id,
      userIds: [f.employeeA.id],
      ...range,
    });
    expect(elsewhere[0]?.newContacts).toBe(0);
  });
});
