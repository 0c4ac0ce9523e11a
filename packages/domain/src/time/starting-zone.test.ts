import { describe, expect, it } from "vitest";
import { startingTimeZone } from "./starting-zone";

describe("startingTimeZone", () => {
  it("starts at the browser's zone", () => {
    expect(startingTimeZone("Europe/Berlin", "America/New_York")).toBe("Europe/Berlin");
  });

  it("falls back to the organisation's zone when the browser says nothing usable", () => {
    expect(startingTimeZone(undefined, "America/New_York")).toBe("America/New_York");
    expect(startingTimeZone("", "America/New_York")).toBe("America/New_York");
    expect(startingTimeZone("Mars/Olympus_Mons", "America/New_York")).toBe("America/New_York");
  });
});
