import { describe, expect, it } from "vitest";
import { introStarters, introWhy } from ".";

const names: Record<string, string> = { a: "Ana", b: "Ben" };
const nameOf = (id: string) => names[id] ?? id;

describe("intro wording", () => {
  it("tells the mentee who offers help and the mentor who asked", () => {
    const reasons = {
      sharedInterests: [],
      complementary: [{ offeredBy: "b", seekerId: "a", topic: "mentoring" }],
      differentTeams: true,
    };
    expect(introWhy(reasons, "a", nameOf)).toBe(
      "Ben is glad to help with mentoring, which one of your goals asks for.",
    );
    expect(introWhy(reasons, "b", nameOf)).toBe("You offer mentoring, and one of Ana's goals asks for it.");
  });

  it("names a shared interest, else the teams, and always gives two starters", () => {
    expect(
      introWhy({ sharedInterests: ["sailing"], complementary: [], differentTeams: true }, "a", nameOf),
    ).toBe("You both care about sailing, from different teams.");
    expect(introWhy({ sharedInterests: [], complementary: [], differentTeams: true }, "a", nameOf)).toMatch(
      /different teams/,
    );
    const [first, second] = introStarters({
      sharedInterests: ["sailing"],
      complementary: [],
      differentTeams: true,
    });
    expect(first).toContain("sailing");
    expect(second).toBeTruthy();
  });
});
