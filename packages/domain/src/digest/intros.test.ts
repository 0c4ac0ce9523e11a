import { describe, expect, it } from "vitest";
import { composeDigest } from "./compose";
import type { DigestInput } from "./types";

const empty: DigestInput = {
  person: { name: "Eve Example", email: "eve@example.test", timeZone: "Europe/London" },
  weekKey: "2026-W10",
  now: new Date("2026-03-02T08:00:00Z"),
};
const intro = {
  groupId: "g1",
  roundOn: "2026-02-24",
  colleagues: [{ name: "Ana Díaz", team: "Product" }],
  why: "You both care about sailing.",
  checkInOpen: true,
  checkInDue: false,
};

describe("digest intros lines", () => {
  it("carries this round's intro with who and why, and makes the digest worth sending", () => {
    const digest = composeDigest({ ...empty, intros: [intro] });
    expect(digest.intros).toEqual([
      {
        groupId: "g1",
        kind: "intro",
        line: "This round, meet Ana Díaz (Product)",
        why: "You both care about sailing.",
      },
    ]);
    expect(digest.useful).toBe(true);
    expect(digest.preview).toContain("This round, meet Ana Díaz (Product)");
  });

  it("asks 'did you meet?' once the check-in is due, for a trio by both names", () => {
    const trio = {
      ...intro,
      colleagues: [...intro.colleagues, { name: "Ben", team: null }],
      checkInDue: true,
    };
    expect(composeDigest({ ...empty, intros: [trio] }).intros).toEqual([
      { groupId: "g1", kind: "check_in", line: "Did you meet Ana Díaz and Ben?" },
    ]);
  });

  it("leaves out answered intros and older ones not yet due", () => {
    expect(composeDigest({ ...empty, intros: [{ ...intro, checkInOpen: false }] }).intros).toEqual([]);
    expect(composeDigest({ ...empty, intros: [{ ...intro, roundOn: "2026-02-20" }] }).intros).toEqual([]);
    expect(composeDigest({ ...empty, intros: [] }).useful).toBe(false);
  });
});
