import { describe, expect, it } from "vitest";
import { memberShares } from ".";

describe("memberShares", () => {
  it("gives each member's percent and a team total that caps overachievers", () => {
    const shares = memberShares(2, { ana: 0, ben: 1, cai: 2, dee: 5 });
    expect(shares.members).toEqual([
      { memberId: "ana", progress: 0, percent: 0, done: false },
      { memberId: "ben", progress: 1, percent: 50, done: false },
      { memberId: "cai", progress: 2, percent: 100, done: true },
      { memberId: "dee", progress: 5, percent: 100, done: true },
    ]);
    // dee's extra three events do not count for ana and ben: 0 + 1 + 2 + 2 of 8.
    expect(shares.team).toEqual({ target: 8, progress: 5, percent: 62, membersDone: 2 });
  });

  it("handles an empty team", () => {
    expect(memberShares(1, {}).team).toEqual({ target: 0, progress: 0, percent: 0, membersDone: 0 });
  });

  it("treats missing or negative numbers as no progress", () => {
    const shares = memberShares(3, { ana: Number.NaN, ben: -2 });
    expect(shares.members.map((m) => m.progress)).toEqual([0, 0]);
    expect(shares.team.percent).toBe(0);
  });

  it("rejects a non-positive target", () => {
    expect(() => memberShares(0, { ana: 1 })).toThrow(RangeError);
  });
});
