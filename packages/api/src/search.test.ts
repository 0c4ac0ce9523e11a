import { dbTest } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const event = (teamId: string, title: string) => ({
  teamId,
  title,
  kind: "meetup" as const,
  allDay: true,
  startDate: inAMonth,
  endDate: inAMonth,
  timeZone: "UTC",
  tags: [],
});
const goal = (title: string, visibility: "private" | "team") => ({
  title,
  metric: "people_met" as const,
  target: 3,
  startDate: "2026-01-01",
  dueDate: "2026-12-31",
  visibility,
});

/** Organisation A and B with a "Quill" record of every kind, owned by different people. */
async function quillRecords(db: Parameters<typeof twoOrganisations>[0]) {
  const f = await twoOrganisations(db);
  await callerFor(db, f.employeeA).contacts.create({ name: "Quill Person", company: "Inkwell" });
  await callerFor(db, f.employeeA).goals.create(goal("Quill private goal", "private"));
  await callerFor(db, f.employeeA).goals.create(goal("Quill shared goal", "team"));
  await callerFor(db, f.managerA).events.create(event(f.teamA.id, "Quill meetup"));
  await callerFor(db, f.managerB).contacts.create({ name: "Quill Other" });
  await callerFor(db, f.managerB).events.create(event(f.teamB.id, "Quill summit"));
  await callerFor(db, f.managerB).goals.create(goal("Quill goal in B", "team"));
  return f;
}

const titles = (hits: { kind: string; title: string }[]) => hits.map((h) => `${h.kind}: ${h.title}`).sort();

describe("command palette search", () => {
  dbTest(
    "an employee finds their own people and goals and their team's events, nothing else",
    async ({ db }) => {
      const f = await quillRecords(db);
      const { hits } = await callerFor(db, f.employeeA).search.everything({ q: "quill" });
      expect(titles(hits)).toEqual([
        "event: Quill meetup",
        "goal: Quill private goal",
        "goal: Quill shared goal",
        "person: Quill Person",
      ]);
      const person = hits.find((h) => h.kind === "person");
      expect(person).toMatchObject({ detail: "Inkwell", href: expect.stringMatching(/^\/people\/.+/) });
      expect(hits.find((h) => h.kind === "event")?.href).toMatch(/^\/events\/.+/);
      // Employees see their team's events, never its dashboard.
      expect(titles((await callerFor(db, f.employeeA).search.everything({ q: "alpha" })).hits)).toEqual([
        "event: Alpha meetup",
      ]);
    },
  );

  dbTest(
    "a manager sees a teammate's shared goal and the dashboard, never their contacts or private goals",
    async ({ db }) => {
      const f = await quillRecords(db);
      const manager = callerFor(db, f.managerA).search;
      expect(titles((await manager.everything({ q: "quill" })).hits)).toEqual([
        "event: Quill meetup",
        "goal: Quill shared goal",
      ]);
      const alpha = (await manager.everything({ q: "alpha" })).hits;
      expect(alpha.find((h) => h.kind === "team")).toMatchObject({
        title: "Alpha",
        href: `/team/${f.teamA.id}`,
      });
    },
  );

  dbTest("an admin finds every team's dashboard, but nobody's contacts or private goals", async ({ db }) => {
    const f = await quillRecords(db);
    const admin = callerFor(db, f.adminA).search;
    expect(titles((await admin.everything({ q: "quill" })).hits)).toEqual(["event: Quill meetup"]);
    expect(titles((await admin.everything({ q: "alpha" })).hits)).toEqual([
      "event: Alpha meetup",
      "team: Alpha",
    ]);
  });

  dbTest("another organisation's records never appear", async ({ db }) => {
    const f = await quillRecords(db);
    const other = callerFor(db, f.adminB).search;
    // Admin B shares no team with manager B, so B's shared goal stays out of sight, as on its page.
    expect(titles((await other.everything({ q: "quill" })).hits)).toEqual(["event: Quill summit"]);
    expect(titles((await callerFor(db, f.managerB).search.everything({ q: "quill" })).hits)).toEqual([
      "event: Quill summit",
      "goal: Quill goal in B",
      "person: Quill Other",
    ]);
    expect((await other.everything({ q: "alpha" })).hits).toEqual([]);
    expect((await callerFor(db, f.adminA).search.everything({ q: "beta" })).hits).toEqual([]);
  });

  dbTest(
    "answers a few of each kind, takes typed wildcards literally and refuses a long search",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const contacts = callerFor(db, f.employeeA).contacts;
      for (let i = 1; i <= 8; i++) await contacts.create({ name: `Rowan ${i}` });
      const search = callerFor(db, f.employeeA).search;
      expect((await search.everything({ q: "rowan" })).hits).toHaveLength(5);
      expect((await search.everything({ q: "%" })).hits).toEqual([]);
      expect((await search.everything({ q: "   " })).hits).toEqual([]);
      expect((await search.everything({ q: "a_p" })).hits).toEqual([]);
      const error = await search.everything({ q: "x".repeat(101) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
    },
  );
});
