import { describe, expect, it } from "vitest";
import {
  countAtLeast,
  countOf,
  dayWords,
  endOfWeek,
  instantDayWords,
  NOUNS,
  relativeDayWords,
  safeLocale,
  timeWords,
  weekOfWords,
  weekStartOf,
} from ".";

describe("countAtLeast", () => {
  it("says the count stopped there, in the reader's number format", () => {
    expect(countAtLeast(1000, NOUNS.person)).toBe("1,000+ people");
    expect(countAtLeast(1000, NOUNS.person, "de-DE")).toBe("1.000+ people");
  });
});

describe("countOf", () => {
  it("says 1 person, 2 people, 0 people", () => {
    expect(countOf(1, NOUNS.person)).toBe("1 person");
    expect(countOf(2, NOUNS.person)).toBe("2 people");
    expect(countOf(0, NOUNS.person)).toBe("0 people");
    expect(countOf(1, NOUNS.followUp)).toBe("1 follow-up");
    expect(countOf(5, NOUNS.event)).toBe("5 events");
  });
  it("formats the number in the person's locale", () => {
    expect(countOf(1200, NOUNS.person, "en-GB")).toBe("1,200 people");
    expect(countOf(1200, NOUNS.person, "de-DE")).toBe("1.200 people");
  });
});

describe("dates", () => {
  it("reads a calendar day as 'Thu 4 Feb' in en-GB and in the US order in en-US", () => {
    expect(dayWords("2027-02-04")).toBe("Thu 4 Feb");
    expect(dayWords("2027-02-04", "en-US")).toBe("Thu, Feb 4");
  });
  it("never shifts a calendar day, whatever the machine's zone", () => {
    expect(dayWords("2026-12-31")).toBe("Thu 31 Dec");
  });
  it("reads an instant on the person's own calendar", () => {
    // 23:30 UTC on Wed 2 Dec is already Thursday in Tokyo.
    const instant = new Date("2026-12-02T23:30:00Z");
    expect(instantDayWords(instant, "Europe/London")).toBe("Wed 2 Dec");
    expect(instantDayWords(instant, "Asia/Tokyo")).toBe("Thu 3 Dec");
    expect(timeWords(instant, "Asia/Tokyo")).toBe("08:30");
  });
  it("names a week by its Monday: 'week of 7 Dec'", () => {
    expect(weekOfWords("2026-W50")).toBe("week of 7 Dec");
    expect(weekOfWords("2026-W01")).toBe("week of 29 Dec");
  });
  it("says today, tomorrow, yesterday, else the day", () => {
    expect(relativeDayWords("2026-12-06", "2026-12-06")).toBe("today");
    expect(relativeDayWords("2026-12-07", "2026-12-06")).toBe("tomorrow");
    expect(relativeDayWords("2026-12-05", "2026-12-06")).toBe("yesterday");
    expect(relativeDayWords("2026-12-10", "2026-12-06")).toBe("Thu 10 Dec");
  });
  it("finds the person's first day of the week and the week's end", () => {
    expect(weekStartOf("en-GB")).toBe(1);
    expect(weekStartOf("en-US")).toBe(7);
    expect(endOfWeek("2026-12-06", 1)).toBe("2026-12-06");
    expect(endOfWeek("2026-12-06", 7)).toBe("2026-12-12");
  });
  it("falls back to en-GB for a missing or broken locale", () => {
    expect(safeLocale(undefined)).toBe("en-GB");
    expect(safeLocale("not a locale!")).toBe("en-GB");
    expect(dayWords("2027-02-04", "\u0000<script>")).toBe("Thu 4 Feb");
  });
});
