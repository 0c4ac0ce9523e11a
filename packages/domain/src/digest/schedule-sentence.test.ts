import { describe, expect, it } from "vitest";
import { describeDigestSchedule, placeOfTimeZone } from "./schedule-sentence";

describe("describeDigestSchedule", () => {
  it("says the day, the hour and the person's place", () => {
    expect(describeDigestSchedule({ day: 1, hour: 8, timeZone: "Europe/Berlin" })).toBe(
      "Your weekly email arrives Mondays at 08:00 Berlin time.",
    );
    expect(describeDigestSchedule({ day: 5, hour: 16, timeZone: "America/New_York" })).toBe(
      "Your weekly email arrives Fridays at 16:00 New York time.",
    );
  });

  it("names zones without a city plainly", () => {
    expect(placeOfTimeZone("UTC")).toBe("UTC");
    expect(placeOfTimeZone("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });
});
