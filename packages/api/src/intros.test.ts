// Intros programmes through the API: who may set one up, who sees which intro, what owners see.
import { schema } from "@rapport/db";
import { withRollback } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, makeUser, twoOrganisations } from "./testing";

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}: ${error.message}` : `THREW ${String(error)}`;
  }
}

const settings = (programmeId: string) => ({
  programmeId,
  joined: true,
  awayUntil: null,
  doNotPair: [] as string[],
  interests: [] as string[],
  offers: [] as string[],
});

const orgWide = {
  name: "Coffee",
  teamIds: [] as string[],
  mode: "cross-team" as const,
  groupSize: 2 as const,
  cadenceWeeks: 2 as const,
  weekday: 2,
  active: true,
};

describe("intros", () => {
  it("lets only admins start an org-wide programme and managers one for their own team", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      expect(await codeOf(callerFor(db, f.managerA).intros.save(orgWide))).toMatch(/^FORBIDDEN: Only admins/);
      expect(
        await codeOf(callerFor(db, f.employeeA).intros.save({ ...orgWide, teamIds: [f.teamA.id] })),
      ).toMatch(/^FORBIDDEN/);
      expect(
        await codeOf(callerFor(db, f.adminA).intros.save({ ...orgWide, teamIds: [f.teamB.id] })),
      ).toMatch(/^BAD_REQUEST: Choose teams of your organisation/);
      expect(await codeOf(callerFor(db, f.managerA).intros.save({ ...orgWide, teamIds: [f.teamA.id] }))).toBe(
        "OK",
      );
    });
  });

  it("shows each person only their own intro, and the other organisation nothing", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      const [adminIntro] = await callerFor(db, f.adminA).intros.myIntros();
      const [eveIntro] = await callerFor(db, f.employeeA).intros.myIntros();
      expect(adminIntro?.colleagues.map((c) => c.userId)).toEqual([f.employeeA.id]);
      expect(eveIntro?.colleagues.map((c) => c.userId)).toEqual([f.adminA.id]);
      expect(adminIntro?.reasons.sharedInterests).toEqual(["sailing"]);
      expect(await callerFor(db, f.managerA).intros.myIntros()).toEqual([]);
      expect(await callerFor(db, f.adminB).intros.myIntros()).toEqual([]);
      // Nobody answers for someone else's group.
      expect(
        await codeOf(
          callerFor(db, f.managerA).intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" }),
        ),
      ).toMatch(/^FORBIDDEN/);
      expect(
        await codeOf(callerFor(db, f.adminB).intros.stats({ programmeId: f.introProgramme.id })),
      ).toMatch(/^NOT_FOUND/);
      expect(
        await codeOf(callerFor(db, f.adminB).intros.setParticipation(settings(f.introProgramme.id))),
      ).toMatch(/^NOT_FOUND/);
    });
  });

  it("gives owners counts only, withholding a round's answers below the small-group size", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      await callerFor(db, f.employeeA).intros.checkIn({ groupId: f.introGroup.groupId, answer: "met" });
      const stats = await callerFor(db, f.adminA).intros.stats({ programmeId: f.introProgramme.id });
      expect(stats.participants).toBe(2);
      expect(stats.rounds).toEqual([
        { roundOn: expect.any(String), groups: 1, metShare: null, crossTeamMet: null },
      ]);
      expect(JSON.stringify(stats)).not.toContain(f.employeeA.id);
      // A manager of another team's programme only: the org-wide programme is not theirs.
      expect(
        await codeOf(callerFor(db, f.managerA).intros.stats({ programmeId: f.introProgramme.id })),
      ).toMatch(/^FORBIDDEN/);
    });
  });

  it("runs a round once a day, honours don't-pair lists and skips people who are away", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      const admin = callerFor(db, f.adminA);
      const programme = await admin.intros.save({ ...orgWide, name: "Walks" });
      const people = await Promise.all(["Ann", "Bob", "Cy", "Di", "Ed"].map((n) => makeUser(db, n)));
      await db
        .insert(schema.memberships)
        .values(people.map((p) => ({ organisationId: f.orgA.id, userId: p.id, role: "member" as const })));
      const [ann, bob, cy, di, ed] = people as [(typeof people)[number], ...(typeof people)[number][]];
      for (const p of people) {
        await callerFor(db, p).intros.setParticipation({
          ...settings(programme.id),
          doNotPair: p === ann ? [bob?.id as string] : [],
          awayUntil: p === ed ? "2100-01-01" : null,
        });
      }
      expect(await admin.intros.runNow({ programmeId: programme.id })).toMatchObject({
        created: true,
        groups: 2,
      });
      expect(await admin.intros.runNow({ programmeId: programme.id })).toEqual({ created: false, groups: 0 });
      const annIntro = (await callerFor(db, ann).intros.myIntros())[0];
      expect(annIntro?.colleagues.map((c) => c.userId)).not.toContain(bob?.id);
      expect(await callerFor(db, ed as never).intros.myIntros()).toEqual([]);
      const placed = await Promise.all(
        [ann, bob, cy, di].map((p) => callerFor(db, p as never).intros.myIntros()),
      );
      expect(placed.every((list) => list.length === 1)).toBe(true);
    });
  });

  it("refuses hostile participation settings with a clear message", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      const eve = callerFor(db, f.employeeA);
      expect(
        await codeOf(
          eve.intros.setParticipation({ ...settings(f.introProgramme.id), doNotPair: [f.adminB.id] }),
        ),
      ).toMatch(/^BAD_REQUEST: Choose people of your organisation/);
      expect(
        await codeOf(
          eve.intros.setParticipation({ ...settings(f.introProgramme.id), awayUntil: "9999-12-31" }),
        ),
      ).toMatch(/^BAD_REQUEST/);
      expect(
        await codeOf(
          eve.intros.setParticipation({ ...settings(f.introProgramme.id), interests: ["x".repeat(500)] }),
        ),
      ).toMatch(/^BAD_REQUEST/);
    });
  });
  it("finds colleagues for the don't-pair list by name only, within the caller's organisation", async () => {
    await withRollback(async (db) => {
      const f = await twoOrganisations(db);
      const eve = callerFor(db, f.employeeA);
      const programmeId = f.introProgramme.id;
      // "Admin" is in Ada's name (organisation A) and Bea's (organisation B).
      const found = await eve.intros.colleagues({ programmeId, q: "admin", ids: [] });
      expect(found.matches).toEqual([{ userId: f.adminA.id, name: "Ada Admin", teams: expect.any(Array) }]);
      // Never the other organisation, never the caller, never an address.
      const otherOrg = await eve.intros.colleagues({
        programmeId,
        q: "Bea",
        ids: [f.adminB.id, f.adminA.id],
      });
      expect(otherOrg.matches).toEqual([]);
      expect(otherOrg.chosen.map((c) => c.userId)).toEqual([f.adminA.id]);
      const self = await eve.intros.colleagues({ programmeId, q: "Eve", ids: [] });
      expect(self.matches.map((m) => m.userId)).not.toContain(f.employeeA.id);
      expect(JSON.stringify(found)).not.toContain("@");
      // A wildcard typed by a person is a character, not "everyone".
      expect((await eve.intros.colleagues({ programmeId, q: "%", ids: [] })).matches).toEqual([]);
      expect(await codeOf(eve.intros.colleagues({ programmeId, q: "x".repeat(10_000), ids: [] }))).toMatch(
        /^BAD_REQUEST/,
      );
      expect(await codeOf(callerFor(db, f.adminB).intros.colleagues({ programmeId, q: "a", ids: [] }))).toBe(
        "OK",
      );
      expect(
        (await callerFor(db, f.adminB).intros.colleagues({ programmeId, q: "a", ids: [] })).matches,
      ).toEqual([]);
    });
  });
});
