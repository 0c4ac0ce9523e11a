import { schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "./root";
import { callerFor, makeUser, twoOrganisations } from "./testing";

const SECRET = "SECRET-8c1f";

type Ids = { contactId: string; interactionId: string; followUpId: string; email: string };

/** Every contacts procedure, with an input that points at the owner's records. */
const attempts: Record<string, (ids: Ids) => unknown> = {
  "contacts.list": () => ({ q: "Quinn" }),
  "contacts.tags": () => undefined,
  "contacts.count": () => undefined,
  "contacts.get": (ids) => ({ contactId: ids.contactId }),
  "contacts.create": () => ({ name: "Someone Else" }),
  "contacts.update": (ids) => ({ contactId: ids.contactId, name: "Hijacked" }),
  "contacts.setCadence": (ids) => ({ contactId: ids.contactId, cadence: null }),
  "contacts.delete": (ids) => ({ contactId: ids.contactId }),
  "contacts.deleteAll": () => ({ confirm: "delete all" }),
  // Their contact with an id of the caller's that is no contact at all: still "not found", whoever asks.
  "contacts.merge": (ids) => ({
    contactIds: [ids.contactId, ids.interactionId],
    choose: { name: ids.contactId },
  }),
  "contacts.logInteraction": (ids) => ({ contactId: ids.contactId, kind: "call", occurredOn: "2026-01-02" }),
  "contacts.deleteInteraction": (ids) => ({ interactionId: ids.interactionId }),
  "contacts.addFollowUp": (ids) => ({ contactId: ids.contactId, dueOn: "2099-01-01" }),
  "contacts.completeFollowUp": (ids) => ({ followUpId: ids.followUpId }),
  "contacts.snoozeFollowUp": (ids) => ({ followUpId: ids.followUpId, days: 2 }),
  "contacts.deleteFollowUp": (ids) => ({ followUpId: ids.followUpId }),
  "contacts.reopenFollowUp": (ids) => ({ followUpId: ids.followUpId }),
  "contacts.setFollowUpDue": (ids) => ({ followUpId: ids.followUpId, dueOn: "2026-12-20" }),
  "contacts.due": () => undefined,
  "contacts.losingTouch": () => undefined,
  "contacts.tagCadences": () => undefined,
  "contacts.setTagCadence": () => ({ tag: "secret-circle", cadence: { idealDays: 7, maxDays: 14 } }),
  "contacts.removeTagCadence": () => ({ tag: "secret-circle" }),
  // The owner's contact's email in someone else's import makes a contact of their own, not a match.
  "contacts.previewImport": (ids) => ({
    filename: "c.vcf",
    text: `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Quinn Private\r\nEMAIL:${ids.email}\r\nEND:VCARD\r\n`,
  }),
  "contacts.importDrafts": (ids) => ({
    drafts: [
      {
        name: "Quinn Private",
        company: "Changed Co",
        role: null,
        email: ids.email,
        phone: null,
        linkedinUrl: null,
        metOn: null,
        tags: [],
        notes: "overwritten?",
      },
    ],
  }),
  "contacts.export": () => undefined,
};

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe("contacts are private to their owner", () => {
  dbTest("the table covers every contacts procedure", () => {
    const paths = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("contacts."));
    expect(Object.keys(attempts).sort()).toEqual(paths.sort());
  });

  dbTest(
    "a teammate, their manager, their admin and another organisation never see or change them",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const teammate = await makeUser(db, "Tia Teammate");
      await db.insert(schema.memberships).values({ organisationId: f.orgA.id, userId: teammate.id });
      await db.insert(schema.teamMembers).values({ teamId: f.teamA.id, userId: teammate.id });

      const owner = callerFor(db, f.employeeA).contacts;
      const email = "quinn.private@example.test";
      const created = await owner.create({
        name: "Quinn Private",
        company: "Hidden Ltd",
        email,
        metOn: "2026-01-01",
        tags: ["secret-circle"],
        commonGround: `${SECRET} sailing`,
        notes: `${SECRET} notes`,
      });
      const logged = await owner.logInteraction({
        contactId: created.id,
        kind: "message",
        occurredOn: "2026-01-01",
        outcome: "declined",
        note: `${SECRET} note`,
        reflection: `${SECRET} learned`,
      });
      const before = await owner.get({ contactId: created.id });
      const followUpId = before.openFollowUps[0]?.id ?? "";
      expect(followUpId).not.toBe("");
      const ids: Ids = { contactId: created.id, interactionId: logged.id, followUpId, email };

      for (const who of [teammate, f.managerA, f.adminA, f.adminB]) {
        const caller = callerFor(db, who) as unknown as AnyCaller;
        for (const [path, input] of Object.entries(attempts)) {
          const [area, name] = path.split(".") as [string, string];
          let outcome: string;
          try {
            const result = await caller[area]?.[name]?.(input(ids));
            const text = JSON.stringify(result ?? null);
            expect(text, `${path} leaked to ${who.email}`).not.toContain(SECRET);
            expect(text, `${path} leaked to ${who.email}`).not.toContain(created.id);
            expect(text, `${path} leaked to ${who.email}`).not.toContain("Hidden Ltd");
            outcome = "OK";
          } catch (error) {
            outcome = error instanceof TRPCError ? error.code : String(error);
          }
          // Naming the owner's records finds nothing; everything else acts on the caller's own data.
          const namesRecord = /contactId|interactionId|followUpId/.test(JSON.stringify(input(ids) ?? {}));
          expect([path, outcome]).toEqual([path, namesRecord ? "NOT_FOUND" : "OK"]);
        }
      }

      // The owner's contact, history and follow-up are untouched.
      const after = await owner.get({ contactId: created.id });
      expect(after.contact).toMatchObject({
        name: "Quinn Private",
        company: "Hidden Ltd",
        notes: `${SECRET} notes`,
      });
      expect(after.interactions.map((i) => i.id)).toEqual([logged.id]);
      expect(after.openFollowUps.map((x) => ({ id: x.id, dueOn: x.dueOn }))).toEqual(
        before.openFollowUps.map((x) => ({ id: x.id, dueOn: x.dueOn })),
      );
      expect((await owner.list()).total).toBe(1);
      expect(await owner.tagCadences()).toEqual([]);
    },
  );
});
