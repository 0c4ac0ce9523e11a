import { describe, expect, it } from "vitest";
import { buildComponents, unfoldLines } from "./content-lines";
import { outlookExport } from "./fixtures";
import { parseCalendar } from "./parse-calendar";
import { collectVtimezones, resolveTzid } from "./tzid";
import { wallTime } from "./values";
import { knownWindowsZones, windowsZoneToIana } from "./windows-zones";
import { ianaZone, toUtc } from "./zones";

describe("toUtc", () => {
  const newYork = ianaZone("America/New_York");
  if (!newYork) throw new Error("Intl lacks America/New_York");

  it("reads a time skipped by the spring change with the offset from before it (RFC 5545 §3.3.5)", () => {
    expect(new Date(toUtc(newYork, wallTime(2007, 3, 11, 2, 30)))).toEqual(new Date("2007-03-11T07:30:00Z"));
  });

  it("reads a time that happens twice in autumn as the first one", () => {
    expect(new Date(toUtc(newYork, wallTime(2007, 11, 4, 1, 30)))).toEqual(new Date("2007-11-04T05:30:00Z"));
  });

  it("handles ordinary times on both sides", () => {
    expect(new Date(toUtc(newYork, wallTime(2024, 1, 15, 9)))).toEqual(new Date("2024-01-15T14:00:00Z"));
    expect(new Date(toUtc(newYork, wallTime(2024, 7, 15, 9)))).toEqual(new Date("2024-07-15T13:00:00Z"));
  });
});

describe("ianaZone", () => {
  it("keeps the caller's spelling, fixing only its case", () => {
    expect(ianaZone("Asia/Kolkata")?.ianaName).toBe("Asia/Kolkata");
    expect(ianaZone("europe/berlin")?.ianaName).toBe("Europe/Berlin");
    expect(ianaZone("Eastern Standard Time")).toBeNull();
    expect(ianaZone("")).toBeNull();
  });
});

describe("Windows zone names", () => {
  it("map to zones the runtime knows", () => {
    expect(knownWindowsZones.length).toBeGreaterThan(100);
    for (const name of knownWindowsZones)
      expect(ianaZone(windowsZoneToIana(name) ?? ""), name).not.toBeNull();
  });

  it("match case-insensitively", () => {
    expect(windowsZoneToIana("w. europe standard time")).toBe("Europe/Berlin");
    expect(windowsZoneToIana("Nowhere Standard Time")).toBeNull();
  });
});

describe("resolveTzid", () => {
  const none = new Map();

  it("tries IANA, Windows, then an embedded IANA name", () => {
    expect(resolveTzid("America/Chicago", none)?.ianaName).toBe("America/Chicago");
    expect(resolveTzid("Romance Standard Time", none)?.ianaName).toBe("Europe/Paris");
    expect(resolveTzid("/mozilla.org/20050126_1/Europe/Berlin", none)?.ianaName).toBe("Europe/Berlin");
    expect(resolveTzid("/citadel.org/20190914_1/America/Argentina/Buenos_Aires", none)?.ianaName).toBe(
      "America/Argentina/Buenos_Aires",
    );
    expect(resolveTzid("Somewhere Else", none)).toBeNull();
  });

  it("uses X-LIC-LOCATION when the VTIMEZONE gives one", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VTIMEZONE",
      "TZID:Office",
      "X-LIC-LOCATION:Asia/Tokyo",
      "END:VTIMEZONE",
      "END:VCALENDAR",
    ];
    const calendar = buildComponents(unfoldLines(text.join("\n"))).roots[0];
    if (!calendar) throw new Error("no calendar");
    expect(resolveTzid("Office", collectVtimezones(calendar))?.ianaName).toBe("Asia/Tokyo");
  });

  it("reads Outlook's 1601-based VTIMEZONE rules when the name is unknown", () => {
    const renamed = outlookExport
      .replace(/W\. Europe Standard Time/g, "Firmenzeit")
      .replace(/Eastern Standard Time/g, "Büro NY");
    const window = { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") };
    const original = parseCalendar(outlookExport, { window }).events;
    const viaOffsets = parseCalendar(renamed, { window }).events;
    expect(viaOffsets.map((e) => [e.start, e.end])).toEqual(original.map((e) => [e.start, e.end]));
    expect(viaOffsets.map((e) => e.timeZone)).toEqual([null, null, null]);
  });
});

const year2024 = { window: { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") } };

describe("parseCalendar: time zones", () => {
  const at = (dtstart: string, extra: string[] = []) =>
    parseCalendar(
      ["BEGIN:VCALENDAR", ...extra, "BEGIN:VEVENT", "UID:x", dtstart, "END:VEVENT", "END:VCALENDAR"].join(
        "\n",
      ),
      year2024,
    ).events[0];

  it("reads Windows zone names as Outlook writes them", () => {
    const cases: [string, string][] = [
      ["W. Europe Standard Time", "2024-07-01T07:00:00.000Z"],
      ["Central Europe Standard Time", "2024-07-01T07:00:00.000Z"],
      ["Romance Standard Time", "2024-07-01T07:00:00.000Z"],
      ["GMT Standard Time", "2024-07-01T08:00:00.000Z"],
      ["Eastern Standard Time", "2024-07-01T13:00:00.000Z"],
      ["Pacific Standard Time", "2024-07-01T16:00:00.000Z"],
      ["AUS Eastern Standard Time", "2024-06-30T23:00:00.000Z"],
      ["India Standard Time", "2024-07-01T03:30:00.000Z"],
      ["Tokyo Standard Time", "2024-07-01T00:00:00.000Z"],
    ];
    for (const [tzid, expected] of cases) {
      expect(at(`DTSTART;TZID="${tzid}":20240701T090000`)?.start.toISOString(), tzid).toBe(expected);
    }
  });

  it("finds an IANA name inside a vendor TZID", () => {
    expect(at("DTSTART;TZID=/example.com/20240101_1/Europe/Berlin:20240101T090000")).toMatchObject({
      start: new Date("2024-01-01T08:00:00Z"),
      timeZone: "Europe/Berlin",
    });
  });

  it("uses a custom VTIMEZONE's DST rules when its TZID names no known zone", () => {
    const custom = [
      "BEGIN:VTIMEZONE",
      "TZID:Our Office Time",
      "BEGIN:STANDARD",
      "DTSTART:19701025T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:19700329T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
    ];
    expect(at("DTSTART;TZID=Our Office Time:20240115T090000", custom)?.start).toEqual(
      new Date("2024-01-15T08:00:00Z"),
    );
    expect(at("DTSTART;TZID=Our Office Time:20240715T090000", custom)?.start).toEqual(
      new Date("2024-07-15T07:00:00Z"),
    );
    expect(at("DTSTART;TZID=Our Office Time:20241027T023000", custom)?.start).toEqual(
      new Date("2024-10-27T00:30:00Z"),
    );
  });

  it("reads floating times in X-WR-TIMEZONE, else the default zone, else UTC", () => {
    expect(at("DTSTART:20240701T090000", ["X-WR-TIMEZONE:America/Chicago"])).toMatchObject({
      start: new Date("2024-07-01T14:00:00Z"),
      timeZone: "America/Chicago",
    });
    expect(at("DTSTART:20240701T090000")).toMatchObject({
      start: new Date("2024-07-01T09:00:00Z"),
      timeZone: null,
    });
    const withDefault = parseCalendar(
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20240701T090000\nEND:VEVENT\nEND:VCALENDAR",
      { ...year2024, defaultTimeZone: "Asia/Tokyo" },
    );
    expect(withDefault.events[0]).toMatchObject({
      start: new Date("2024-07-01T00:00:00Z"),
      timeZone: "Asia/Tokyo",
    });
  });

  it("lets a trailing Z win over a TZID", () => {
    expect(at("DTSTART;TZID=Europe/Berlin:20240701T090000Z")?.start).toEqual(
      new Date("2024-07-01T09:00:00Z"),
    );
  });
});
