import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupPlan, type IntroHistory, matchRound } from ".";
import { person } from "./testing";

const population = fc
  .record({
    size: fc.integer({ min: 0, max: 260 }),
    teams: fc.integer({ min: 1, max: 6 }),
    groupSize: fc.constantFrom(2 as const, 3 as const),
    seed: fc.string({ maxLength: 8 }),
    topics: fc.array(fc.constantFrom("chess", "running", "design", "sales", "mentoring"), { maxLength: 3 }),
  })
  .map(({ size, teams, groupSize, seed, topics }) => ({
    groupSize,
    seed,
    participants: Array.from({ length: size }, (_, i) =>
      person(`p${i}`, {
        teamId: `t${i % teams}`,
        interests: topics.filter((_, k) => (i + k) % 3 === 0),
        offers: i % 7 === 0 ? ["mentoring"] : [],
        seeks: i % 5 === 0 ? ["mentoring"] : [],
      }),
    ),
  }));

// Generous time limits: the machine these run on is shared, and this is about correctness, not speed.
describe("matchRound over random populations", () => {
  it("puts everyone in exactly one group, with the planned group sizes", () => {
    fc.assert(
      fc.property(population, ({ participants, groupSize, seed }) => {
        const { groups, unmatched } = matchRound({
          participants,
          groupSize,
          seed,
          history: [],
          mode: "cross-team",
        });
        const placed = groups.flatMap((g) => g.memberIds);
        const n = participants.length;
        expect(new Set(placed).size).toBe(placed.length);
        expect(unmatched).toHaveLength(n === 1 ? 1 : 0);
        expect(placed.length + unmatched.length).toBe(n);
        const plan = groupPlan(n, groupSize);
        expect(groups.filter((g) => g.memberIds.length === 2)).toHaveLength(plan.pairs);
        expect(groups.filter((g) => g.memberIds.length === 3)).toHaveLength(plan.trios);
      }),
      { numRuns: 60, seed: 19 },
    );
  }, 120_000);

  it("never breaks a don't-pair list and never repeats a recent pair when the population is large", () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 1, max: 6 }), ({ participants, groupSize, seed }, rounds) => {
        const people = participants.map((p, i) => ({
          ...p,
          doNotPair: i % 4 === 0 ? [`p${i + 1}`, `p${i + 2}`] : [],
        }));
        const history: string[][][] = [];
        for (let r = 0; r < rounds; r++) {
          history.push(
            matchRound({
              participants: people,
              groupSize,
              seed: `${seed}${r}`,
              history,
              mode: "cross-team",
            }).groups.map((g) => g.memberIds),
          );
        }
        const { groups, unmatched } = matchRound({
          participants: people,
          groupSize,
          seed,
          history: history as IntroHistory,
          mode: "cross-team",
        });
        const banned = new Map(people.map((p) => [p.id, new Set(p.doNotPair)]));
        for (const g of groups) {
          for (const a of g.memberIds) for (const b of g.memberIds) expect(banned.get(a)?.has(b)).toBe(false);
        }
        expect(groups.flatMap((g) => g.memberIds).length + unmatched.length).toBe(people.length);
        if (people.length >= 40) expect(groups.filter((g) => g.repeat)).toEqual([]);
      }),
      { numRuns: 15, seed: 20 },
    );
  }, 120_000);
});
