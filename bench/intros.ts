// npm run bench:intros — figures, not a test: how long one intros round takes for a large
// organisation with a long history, how good its groups are, and how far the heuristic is from the
// exact maximum-weight matching (Edmonds' blossom, O(n³)) on samples small enough to solve exactly.
import { cpus, loadavg } from "node:os";
import {
  type IntroHistory,
  type IntroParticipant,
  matchRound,
  pairReasons,
  recentPairs,
} from "@rapport/domain/intros";
import blossom from "edmonds-blossom-fixed";
import {
  type PreparedParticipant,
  pairKey,
  pairWeight,
  prepare,
} from "../packages/domain/src/intros/weights";

const PEOPLE = 5_000;
const ROUNDS = 20;
const SAMPLES = [200, 400];

/** A seeded generator so every run benches the same organisation. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** 40 teams of uneven size, 60 interests with a long tail, events mostly within a team, a few "don't pair" lists. */
function organisation(n: number): IntroParticipant[] {
  const rand = generator(19);
  const pick = (k: number) => Math.floor(rand() ** 2 * k);
  return Array.from({ length: n }, (_, i) => {
    const team = pick(40);
    return {
      id: `m${String(i).padStart(5, "0")}`,
      teamId: `team${team}`,
      interests: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `topic${pick(60)}`),
      seeks: rand() < 0.1 ? ["mentoring"] : [],
      offers: rand() < 0.08 ? ["mentoring"] : [],
      recentEventIds: Array.from(
        { length: Math.floor(rand() * 4) },
        () => `event${team * 5 + Math.floor(rand() * 5)}`,
      ),
      doNotPair: rand() < 0.02 ? [`m${String(Math.floor(rand() * n)).padStart(5, "0")}`] : [],
    };
  });
}

/** Past rounds as random pairings (the matcher's own output would take minutes to build here). */
function randomHistory(people: IntroParticipant[], rounds: number): IntroHistory {
  const rand = generator(20);
  return Array.from({ length: rounds }, () => {
    const ids = people.map((p) => p.id).sort(() => rand() - 0.5);
    const groups: string[][] = [];
    for (let i = 0; i + 1 < ids.length; i += 2) groups.push([ids[i] as string, ids[i + 1] as string]);
    return groups;
  });
}

function quality(people: IntroParticipant[], history: IntroHistory, groups: string[][]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const recent = recentPairs(history);
  let pairs = 0;
  let cross = 0;
  let interest = 0;
  let complementary = 0;
  let repeats = 0;
  for (const g of groups) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const key = pairKey(g[a] as string, g[b] as string);
        const r = pairReasons(
          byId.get(g[a] as string) as IntroParticipant,
          byId.get(g[b] as string) as IntroParticipant,
          recent.get(key) ?? null,
        );
        pairs++;
        if (r.differentTeams) cross++;
        if (r.sharedInterests.length > 0) interest++;
        if (r.complementary.length > 0) complementary++;
        if (r.metRoundsAgo !== null) repeats++;
      }
    }
  }
  const pct = (x: number) => `${((100 * x) / Math.max(1, pairs)).toFixed(1)}%`;
  return {
    pairs,
    crossTeam: pct(cross),
    sharedInterest: pct(interest),
    complementary: pct(complementary),
    repeats,
  };
}

/** Exact optimum on a sample: the total weight of a maximum-weight perfect matching. */
function exactOptimum(people: IntroParticipant[], history: IntroHistory, seed: string): number {
  const prepared = people.map((p) => prepare(p, seed));
  const recent = recentPairs(history);
  const weights = new Map<string, number>();
  const edges: [number, number, number][] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const key = pairKey(people[i]?.id as string, people[j]?.id as string);
      const w = pairWeight(
        prepared[i] as PreparedParticipant,
        prepared[j] as PreparedParticipant,
        "cross-team",
        recent.get(key) ?? null,
      );
      if (w === null) continue;
      weights.set(`${i},${j}`, w);
      edges.push([i, j, Math.round(w * 1000)]);
    }
  }
  const mate: number[] = blossom(edges, true);
  let total = 0;
  mate.forEach((m, i) => {
    if (m > i) total += weights.get(`${i},${m}`) ?? 0;
  });
  return total;
}

function main() {
  const people = organisation(PEOPLE);
  const history = randomHistory(people, ROUNDS);
  console.log(
    `${PEOPLE} participants, ${ROUNDS} rounds of history; ${cpus().length} cores, load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
  for (const groupSize of [2, 3] as const) {
    const start = performance.now();
    const result = matchRound({
      participants: people,
      history,
      groupSize,
      mode: "cross-team",
      seed: "bench",
    });
    const ms = performance.now() - start;
    const total = result.groups.reduce((sum, g) => sum + g.weight, 0);
    console.log(
      `groups of ${groupSize}: ${ms.toFixed(0)} ms, ${result.groups.length} groups, ${result.unmatched.length} unmatched, total weight ${total.toFixed(0)}`,
      quality(
        people,
        history,
        result.groups.map((g) => g.memberIds),
      ),
    );
  }
  for (const size of SAMPLES) {
    const sample = people.slice(0, size);
    const sampleHistory = history.map((round) =>
      round.filter((g) => g.every((id) => sample.some((p) => p.id === id))),
    );
    const heuristic = matchRound({
      participants: sample,
      history: sampleHistory,
      groupSize: 2,
      mode: "cross-team",
      seed: "bench",
    });
    const got = heuristic.groups.reduce((sum, g) => sum + g.weight, 0);
    const start = performance.now();
    const best = exactOptimum(sample, sampleHistory, "bench");
    const ms = performance.now() - start;
    console.log(
      `sample of ${size}: heuristic ${got.toFixed(1)}, blossom optimum ${best.toFixed(1)} (${ms.toFixed(0)} ms), gap ${((100 * (best - got)) / best).toFixed(2)}%`,
    );
  }
}

main();
