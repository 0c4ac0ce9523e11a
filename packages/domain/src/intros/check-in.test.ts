import { describe, expect, it } from "vitest";
import { introCheckInState } from "./check-in";

describe("intro check-in timing", () => {
  const round = { roundOn: "2026-03-03", cadenceWeeks: 2 };

  it("asks three days before the next round, and keeps asking after 'not yet'", () => {
    expect(introCheckInState({ ...round, answer: null, today: "2026-03-13" })).toMatchObject({
      nextRoundOn: "2026-03-17",
      checkInFrom: "2026-03-14",
      due: false,
      open: true,
    });
    expect(introCheckInState({ ...round, answer: null, today: "2026-03-14" }).due).toBe(true);
    expect(introCheckInState({ ...round, answer: "not_yet", today: "2026-03-20" }).due).toBe(true);
  });

  it("is closed by 'we met' and by 'we couldn't'", () => {
    for (const answer of ["met", "could_not"] as const) {
      expect(introCheckInState({ ...round, answer, today: "2026-03-15" })).toMatchObject({
        open: false,
        due: false,
      });
    }
  });
});
