import { parseCalendar } from "@rapport/domain/calendar";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./client";
import { migrate } from "./migrate";
import { writeImportedEvents } from "./queries";
import { events, organisations, teams } from "./schema";
import { testDatabaseUrl } from "./testing";

// Two processes re-reading the same calendar at once (two workers, or a worker and someone pressing
// "refresh"): needs real concurrent connections, so Postgres only.
const serverUrl = testDatabaseUrl();

function ics(title: string) {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//test//EN",
    ...["a", "b", "c"].flatMap((uid, i) => [
      "BEGIN:VEVENT",
      `UID:${uid}@example.org`,
      "DTSTAMP:20261101T000000Z",
      `DTSTART:2026120${i + 1}T180000Z`,
      `DTEND:2026120${i + 1}T200000Z`,
      `SUMMARY:${title} ${uid}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ].join("\r\n");
}

describe.runIf(serverUrl)("calendar imports on Postgres, two at once", () => {
  const name = `rapport_imports_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl ?? "", { max: 1, onnotice: () => {} });
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let target: { organisationId: string; teamId: string; sourceId: null; importedBy: null };
  const window = { from: new Date("2026-09-01T00:00:00Z"), to: new Date("2027-06-01T00:00:00Z") };

  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`);
    const url = Object.assign(new URL(serverUrl ?? ""), { pathname: `/${name}` }).toString();
    a = await openDatabase({ url, max: 2 });
    b = await openDatabase({ url, max: 2 });
    await migrate(a);
    const [org] = await a.db
      .insert(organisations)
      .values({ name: "Imports", slug: `imports-${Date.now()}` })
      .returning();
    const [team] = await a.db
      .insert(teams)
      .values({ organisationId: org?.id ?? "", name: "Events" })
      .returning();
    target = { organisationId: org?.id ?? "", teamId: team?.id ?? "", sourceId: null, importedBy: null };
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("adds each new event once and bumps a changed event's sequence once", async () => {
    // Several rounds, each on a fresh team: the two writers must overlap at least once.
    for (let round = 0; round < 6; round++) {
      const [team] = await a.db
        .insert(teams)
        .values({ organisationId: target.organisationId, name: `Events ${round}` })
        .returning();
      target = { ...target, teamId: team?.id ?? "" };
      const first = parseCalendar(ics("Meetup"), { window });
      const added = await Promise.all([
        writeImportedEvents(a.db, target, first.events, []),
        writeImportedEvents(b.db, target, first.events, []),
      ]);
      expect(added.map((s) => s.created).sort((x, y) => x - y)).toEqual([0, 3]);
      expect(added.map((s) => s.unchanged).sort((x, y) => x - y)).toEqual([0, 3]);
      const rows = await a.db.select().from(events).where(eq(events.teamId, target.teamId));
      expect(rows.map((r) => [r.uid, r.sequence]).sort()).toEqual([
        ["a@example.org", 0],
        ["b@example.org", 0],
        ["c@example.org", 0],
      ]);

      const renamed = parseCalendar(ics("Renamed"), { window });
      const changed = await Promise.all([
        writeImportedEvents(a.db, target, renamed.events, []),
        writeImportedEvents(b.db, target, renamed.events, []),
      ]);
      expect(changed.map((s) => s.updated).sort((x, y) => x - y)).toEqual([0, 3]);
      const after = await a.db.select().from(events).where(eq(events.teamId, target.teamId));
      expect(after.map((r) => [r.title, r.sequence]).sort()).toEqual([
        ["Renamed a", 1],
        ["Renamed b", 1],
        ["Renamed c", 1],
      ]);
    }
  });
});
