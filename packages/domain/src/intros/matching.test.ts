import { describe, expect, it } from "vitest";
import { groupPlan, type IntroHistory, matchRound, pairReasons } from ".";
import { person } from "./testing";

const base = { history: [] as IntroHistory, groupSize: 2 as const, mode: "cross-team" as const, seed: "s1" };
const groupsOf = (r: ReturnType<typeof matchRound>) => r.groups.map((g) => g.memberIds);

describe("matchRound", () => {
  it("pairs people from different teams over people from the same team", () => {
    const participants = [
      person("a1", { teamId: "A" }),
      person("a2", { teamId: "A" }),
      person("b1", { teamId: "B" }),
      person("b2", { teamId: "B" }),
    ];
    const groups = groupsOf(matchRound({ ...base, participants }));
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(new Set(g.map((id) => id[0])).size).toBe(2);
  });

  it("leaves nobody out when the best pair would strand two who may not meet", () => {
    // cy–di is the strongest pair, but taking it leaves ann and bob, who asked not to be paired.
    const participants = [
      person("ann", { doNotPair: ["bob"] }),
      person("bob"),
      person("cy", { interests: ["sailing", "chess"] }),
      person("di", { interests: ["sailing", "chess"] }),
    ];
    const result = matchRound({ ...base, participants });
    expect(result.unmatched).toEqual([]);
    expect(groupsOf(result)).toHaveLength(2);
    for (const g of groupsOf(result)) expect(g).not.toEqual(["ann", "bob"]);
  });

  it("prefers shared interests and a mentor for someone looking for one", () => {
    const participants = [
      person("ana", { seeks: ["mentoring"] }),
      person("ben", { offers: ["mentoring"] }),
      person("cai", { interests: ["climbing"] }),
      person("dee", { interests: ["climbing"] }),
    ];
    expect(groupsOf(matchRound({ ...base, participants }))).toEqual([
      ["ana", "ben"],
      ["cai", "dee"],
    ]);
  });

  it("prefers people who have not been at the same events lately", () => {
    const participants = [
      person("a", { recentEventIds: ["e1", "e2"] }),
      person("b", { recentEventIds: ["e1", "e2"] }),
      person("c", { recentEventIds: ["e3"] }),
      person("d", { recentEventIds: ["e3"] }),
    ];
    const groups = groupsOf(matchRound({ ...base, participants }));
    expect(groups).not.toContainEqual(["a", "b"]);
    expect(groups).not.toContainEqual(["c", "d"]);
  });

  it("does not repeat a pair from the last six rounds when another pairing exists", () => {
    const participants = ["a", "b", "c", "d"].map((id) => person(id));
    const history: IntroHistory = [
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [
        ["a", "c"],
        ["b", "d"],
      ],
    ];
    expect(groupsOf(matchRound({ ...base, participants, history }))).toEqual([
      ["a", "d"],
      ["b", "c"],
    ]);
  });

  it("repeats only when unavoidable, choosing the pair that met longest ago", () => {
    const participants = ["a", "b", "c", "d"].map((id) => person(id));
    const history: IntroHistory = [
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [
        ["a", "c"],
        ["b", "d"],
      ],
      [
        ["a", "d"],
        ["b", "c"],
      ],
    ];
    const result = matchRound({ ...base, participants, history });
    expect(groupsOf(result)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(result.groups.every((g) => g.repeat)).toBe(true);
  });

  it("forgets pairs older than the window", () => {
    const participants = ["a", "b"].map((id) => person(id));
    const old: IntroHistory = [[["a", "b"]], ...Array.from({ length: 6 }, () => [] as string[][])];
    expect(matchRound({ ...base, participants, history: old }).groups[0]?.repeat).toBe(false);
  });

  it("honours a private don't-pair list in both directions", () => {
    const participants = [
      person("ana", { seeks: ["mentoring"], doNotPair: ["ben"] }),
      person("ben", { offers: ["mentoring"] }),
      person("cai"),
      person("dee", { doNotPair: ["cai"] }),
    ];
    const groups = groupsOf(matchRound({ ...base, participants }));
    expect(groups).not.toContainEqual(["ana", "ben"]);
    expect(groups).not.toContainEqual(["cai", "dee"]);
    expect(groups.flat().sort()).toEqual(["ana", "ben", "cai", "dee"]);
  });

  it("leaves out someone nobody may be paired with rather than break a don't-pair list", () => {
    const participants = [person("a", { doNotPair: ["b"] }), person("b")];
    expect(matchRound({ ...base, participants })).toEqual({ groups: [], unmatched: ["a", "b"] });
  });

  it("makes one trio for an odd number, never with last round's trio members when avoidable", () => {
    const participants = ["a", "b", "c", "d", "e"].map((id) => person(id));
    const history: IntroHistory = [
      [
        ["a", "b", "c"],
        ["d", "e"],
      ],
    ];
    const result = matchRound({ ...base, participants, history });
    const trio = result.groups.find((g) => g.memberIds.length === 3);
    expect(result.groups.map((g) => g.memberIds.length).sort()).toEqual([2, 3]);
    // Two of a, b, c must be in the trio's complement pair, so the trio holds d, e and one of them.
    expect(trio?.memberIds.filter((id) => ["a", "b", "c"].includes(id))).toHaveLength(1);
  });

  it("rotates the odd one out over a long run so nobody is in a trio twice running", () => {
    const participants = Array.from({ length: 9 }, (_, i) => person(`p${i}`));
    const history: string[][][] = [];
    for (let round = 0; round < 12; round++) {
      const { groups } = matchRound({ ...base, participants, history, seed: `r${round}` });
      const trio = groups.find((g) => g.memberIds.length === 3)?.memberIds ?? [];
      const lastTrio = history.at(-1)?.find((g) => g.length === 3) ?? [];
      expect(trio.filter((id) => lastTrio.includes(id))).toEqual([]);
      history.push(groups.map((g) => g.memberIds));
    }
  });

  it("makes trios for a programme of threes, with pairs only for the remainder", () => {
    const participants = Array.from({ length: 11 }, (_, i) => person(`p${i}`));
    const sizes = matchRound({ ...base, groupSize: 3, participants }).groups.map((g) => g.memberIds.length);
    expect(sizes.sort()).toEqual([2, 3, 3, 3]);
    expect(groupPlan(10, 3)).toEqual({ pairs: 2, trios: 2 });
  });

  it("keeps groups inside a team for a within-team programme", () => {
    const participants = [
      person("a1", { teamId: "A" }),
      person("a2", { teamId: "A" }),
      person("b1", { teamId: "B", interests: ["chess"] }),
      person("b2", { teamId: "B" }),
      person("b3", { teamId: "B" }),
      person("a3", { teamId: "A", interests: ["chess"] }),
    ];
    const groups = groupsOf(matchRound({ ...base, mode: "within-team", participants }));
    for (const g of groups) expect(new Set(g.map((id) => id[0])).size).toBe(1);
    expect(groups.flat()).toHaveLength(6);
  });

  it("gives the same groups for the same seed whatever the input order, and other groups for another seed", () => {
    const participants = Array.from({ length: 40 }, (_, i) => person(`p${i}`, { teamId: `t${i % 4}` }));
    const one = matchRound({ ...base, participants });
    const shuffled = matchRound({ ...base, participants: [...participants].reverse() });
    expect(shuffled).toEqual(one);
    expect(matchRound({ ...base, participants, seed: "other" })).not.toEqual(one);
  });
});

describe("pairReasons", () => {
  it("names what two people have in common", () => {
    const a = person("a", { teamId: "A", interests: ["chess", "running"], seeks: ["mentoring"] });
    const b = person("b", { teamId: "B", interests: ["running"], offers: ["mentoring"] });
    expect(pairReasons(a, b, null)).toEqual({
      differentTeams: true,
      sharedInterests: ["running"],
      complementary: [{ offeredBy: "b", seekerId: "a", topic: "mentoring" }],
      sharedRecentEvents: 0,
      metRoundsAgo: null,
    });
  });
});
