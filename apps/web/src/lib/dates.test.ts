import { describe, expect, it } from "vitest";
import { dateTileIn, dateTimeIn, hourIn, localParts, slotWords, timeIn, weekdayDayIn } from "./dates";

describe("instants in a zone", () => {
  // 2026-03-29 00:30 UTC: still Saturday evening in New York, already Sunday in Tokyo.
  const at = new Date("2026-03-29T00:30:00Z");

  it("reads the calendar and clock of the zone asked for", () => {
    expect(weekdayDayIn(at, "America/New_York")).toBe("Sat 28 Mar");
    expect(weekdayDayIn(at, "Asia/Tokyo")).toBe("Sun 29 Mar");
    expect(timeIn(at, "America/New_York")).toBe("20:30");
    expect(hourIn(at, "Asia/Tokyo")).toBe(9);
    expect(dateTileIn(at, "America/New_York")).toEqual({ month: "Mar", day: "28" });
  });

  it("follows a daylight-saving change (Berlin moves to summer time on 29 March 2026)", () => {
    expect(timeIn(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toBe("01:30");
    expect(timeIn(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toBe("03:30");
    expect(localParts(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-03-29",
      time: "03:30",
    });
  });

  it("writes a slot in the person's language and a run's time in UTC", () => {
    const start = new Date("2026-12-08T13:00:00Z");
    const end = new Date("2026-12-08T13:30:00Z");
    expect(slotWords(start, end, "Europe/London")).toBe("Tue 8 Dec, 13:00–13:30");
    expect(slotWords(start, end, "Europe/Berlin", "de-DE")).toBe("Di., 8. Dez., 14:00–14:30");
    expect(dateTimeIn(start, "UTC")).toBe("8 Dec 2026, 13:00");
  });
});
