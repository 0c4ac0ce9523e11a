// The People list at scale: the count stops at 1,000 ("1,000+"), paging still reaches everyone, and the
// exact count the export page shows is the caller's own.
import { schema } from "@rapport/db";
import { dbTest, testDatabase } from "@rapport/db/testing";
import { beforeAll, describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

describe("the People list with many contacts", () => {
  dbTest("counts up to 1,000, then says there are more; paging reaches the last person", async ({ db }) => {
    const f = await twoOrganisations(db);
    const names = Array.from({ length: 1005 }, (_, i) => `Person ${String(i).padStart(4, "0")}`);
    await db.insert(schema.contacts).values(
      names.map((name) => ({
        name,
        ownerId: f.employeeA.id,
        organisationId: f.orgA.id,
        searchText: name.toLowerCase(),
      })),
    );
    const mine = callerFor(db, f.employeeA).contacts;

    const first = await mine.list({ limit: 50, offset: 0 });
    expect(first).toMatchObject({ total: 1000, totalIsCapped: true, hasMore: true });
    expect(first.items.map((c) => c.name)).toEqual(names.slice(0, 50));

    const last = await mine.list({ limit: 50, offset: 1000 });
    expect(last.items.map((c) => c.name)).toEqual(names.slice(1000));
    expect(last.hasMore).toBe(false);

    const exact = await mine.list({ limit: 50, offset: 950 });
    expect(exact.items).toHaveLength(50);
    expect(exact.hasMore).toBe(true);

    // A narrow search is counted exactly.
    const one = await mine.list({ q: "0042" });
    expect(one).toMatchObject({ total: 1, totalIsCapped: false, hasMore: false });

    expect(await mine.count()).toBe(1005);
    // Someone else sees none of them, neither in the list nor in the count.
    const theirs = callerFor(db, f.managerB).contacts;
    expect(await theirs.count()).toBe(0);
    expect(await theirs.list()).toMatchObject({ items: [], total: 0, totalIsCapped: false, hasMore: false });
  });

  dbTest(
    "a search pages through its matches in name order, with a tag, and only the caller's",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const row = (name: string, ownerId: string, organisationId: string, tags: string[] = []) => ({
        name,
        ownerId,
        organisationId,
        tags,
        searchText: `${name} ${tags.join(" ")}`.toLowerCase(),
      });
      const matching = Array.from({ length: 120 }, (_, i) => `Zed ${String(119 - i).padStart(3, "0")}`);
      await db
        .insert(schema.contacts)
        .values([
          ...matching.map((name, i) => row(name, f.employeeA.id, f.orgA.id, i % 2 ? ["mentor"] : [])),
          ...Array.from({ length: 300 }, (_, i) => row(`Other ${i}`, f.employeeA.id, f.orgA.id, ["mentor"])),
          row("Zed Theirs", f.managerB.id, f.orgB.id),
        ]);
      const mine = callerFor(db, f.employeeA).contacts;
      const sorted = [...matching].sort();

      const first = await mine.list({ q: "zed", limit: 50 });
      expect(first).toMatchObject({ total: 120, totalIsCapped: false, hasMore: true });
      expect(first.items.map((c) => c.name)).toEqual(sorted.slice(0, 50));
      const last = await mine.list({ q: "zed", limit: 50, offset: 100 });
      expect(last.items.map((c) => c.name)).toEqual(sorted.slice(100));
      expect(last.hasMore).toBe(false);

      const tagged = await mine.list({ q: "zed", tag: "mentor", limit: 100 });
      expect(tagged.total).toBe(60);
      expect(tagged.items.map((c) => c.name)).toEqual(matching.filter((_, i) => i % 2).sort());
      expect((await mine.list({ q: "theirs" })).total).toBe(0);
    },
  );

  dbTest("sorts by name whatever the case, exactly as many as there are", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mine = callerFor(db, f.employeeA).contacts;
    for (const name of ["bea Lowe", "Ana Ruiz", "Carl Obi"]) await mine.create({ name });
    const list = await mine.list({ limit: 2 });
    expect(list.items.map((c) => c.name)).toEqual(["Ana Ruiz", "bea Lowe"]);
    expect(list).toMatchObject({ total: 3, totalIsCapped: false, hasMore: true });
  });
});
