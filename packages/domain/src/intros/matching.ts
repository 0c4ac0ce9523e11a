// Making one round's groups: a maximum-weight partition into pairs (or trios), solved by a
// greedy matching over a sparse candidate graph followed by local improvement (member swaps
// between groups). Why not an exact maximum-weight matching (Edmonds' blossom)? It is O(n³): at
// 5,000 participants that is ~10¹¹ steps, and it only covers pairs, not trios. The heuristic
// is O(n·k·log(n·k)) for k candidates per person; bench/intros.ts measures its gap to the exact
// blossom optimum on samples it can solve. Deterministic: the same participants, history and seed
// give the same groups, whatever the input order.
import {
  hash32,
  type IntroHistory,
  type IntroMode,
  type IntroParticipant,
  type PreparedParticipant,
  pairWeight,
  prepare,
  REPEAT_WINDOW_ROUNDS,
  recentPairs,
} from "./weights";

export interface MatchInput {
  participants: readonly IntroParticipant[];
  /** Past rounds of this programme, oldest first. */
  history: IntroHistory;
  groupSize: 2 | 3;
  mode: IntroMode;
  seed: string;
  /** Random candidates per person on large populations (more = better and slower). */
  candidatesPerPerson?: number;
}

export interface IntroGroup {
  memberIds: string[];
  /** Sum of the pair weights inside the group. */
  weight: number;
  /** Some pair in the group met within the repeat window (only when nothing else fitted). */
  repeat: boolean;
}

export interface MatchResult {
  groups: IntroGroup[];
  /** People no group could take (only when "don't pair" lists or team rules leave no one). */
  unmatched: string[];
}

const DENSE_UP_TO = 160;
const IMPROVEMENT_PASSES = 3;

/** mulberry32: a small seeded generator, enough for sampling candidates. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** How many groups of the programme's size and of the other size a population of n makes. */
export function groupPlan(n: number, groupSize: 2 | 3): { pairs: number; trios: number } {
  if (n < 2) return { pairs: 0, trios: 0 };
  if (groupSize === 2) return n % 2 === 0 ? { pairs: n / 2, trios: 0 } : { pairs: (n - 3) / 2, trios: 1 };
  if (n % 3 === 0) return { pairs: 0, trios: n / 3 };
  if (n % 3 === 1) return n === 1 ? { pairs: 0, trios: 0 } : { pairs: 2, trios: (n - 4) / 3 };
  return { pairs: 1, trios: (n - 2) / 3 };
}

/** The people who were in a group of the other size last round (the "odd ones out"). */
function lastOddOnes(history: IntroHistory, groupSize: number): Set<string> {
  const last = history[history.length - 1] ?? [];
  return new Set(last.filter((g) => g.length !== groupSize).flat());
}

export function matchRound(input: MatchInput): MatchResult {
  const people = [...input.participants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (input.mode === "cross-team") return solve(people, input);
  const byTeam = new Map<string, IntroParticipant[]>();
  for (const p of people) {
    const team = p.teamId ?? "";
    byTeam.set(team, [...(byTeam.get(team) ?? []), p]);
  }
  const result: MatchResult = { groups: [], unmatched: [] };
  for (const team of [...byTeam.keys()].sort()) {
    const part = solve(byTeam.get(team) ?? [], input);
    result.groups.push(...part.groups);
    result.unmatched.push(...part.unmatched);
  }
  return result;
}

class Population {
  readonly n: number;
  private readonly memo = new Map<number, number | null>();
  /** Pairs that met within the window, by index key, to rounds ago. */
  private readonly recent = new Map<number, number>();
  private readonly prepared: PreparedParticipant[];
  constructor(
    readonly people: readonly IntroParticipant[],
    private readonly input: MatchInput,
  ) {
    this.n = people.length;
    this.prepared = people.map((p) => prepare(p, input.seed));
    const index = new Map(people.map((p, i) => [p.id, i]));
    for (const [key, ago] of recentPairs(input.history, REPEAT_WINDOW_ROUNDS)) {
      const [a, b] = key.split("\u0000").map((id) => index.get(id));
      if (a !== undefined && b !== undefined) this.recent.set(this.key(a, b), ago);
    }
  }
  private key(i: number, j: number): number {
    return i < j ? i * this.n + j : j * this.n + i;
  }
  w(i: number, j: number): number | null {
    if (i === j) return null;
    const key = this.key(i, j);
    let v = this.memo.get(key);
    if (v === undefined) {
      const [a, b] = [this.prepared[i] as PreparedParticipant, this.prepared[j] as PreparedParticipant];
      v = pairWeight(a, b, this.input.mode, this.recent.get(key) ?? null);
      this.memo.set(key, v);
    }
    return v;
  }
  /** Sum of pair weights in a group, or null when any pair in it is forbidden. */
  groupWeight(members: readonly number[]): number | null {
    let total = 0;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const v = this.w(members[a] as number, members[b] as number);
        if (v === null) return null;
        total += v;
      }
    }
    return total;
  }
  isRepeat(i: number, j: number): boolean {
    return this.recent.has(this.key(i, j));
  }
}

/** Candidate edges, best first: every pair on small populations; else k random others plus people sharing a topic. */
function candidateEdges(pop: Population, input: MatchInput): [number, number, number][] {
  const { n } = pop;
  const edges: [number, number, number][] = [];
  const seen = new Set<number>();
  const add = (i: number, j: number) => {
    if (i === j) return;
    const key = i < j ? i * n + j : j * n + i;
    if (seen.has(key)) return;
    seen.add(key);
    const v = pop.w(i, j);
    if (v !== null) edges.push([Math.min(i, j), Math.max(i, j), v]);
  };
  if (n <= DENSE_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(i, j);
  } else {
    const k = input.candidatesPerPerson ?? 24;
    const rand = generator(hash32(`${input.seed}|candidates`));
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) add(i, Math.floor(rand() * n));
    // People who share an interest or whose offer meets a need are always considered.
    const index = new Map<string, number[]>();
    pop.people.forEach((p, i) => {
      for (const t of p.interests) index.set(`i:${t}`, [...(index.get(`i:${t}`) ?? []), i]);
      for (const t of p.offers) index.set(`o:${t}`, [...(index.get(`o:${t}`) ?? []), i]);
    });
    pop.people.forEach((p, i) => {
      const keys = [...p.interests.map((t) => `i:${t}`), ...p.seeks.map((t) => `o:${t}`)];
      for (const key of keys) {
        const list = index.get(key) ?? [];
        for (let c = 0; c < Math.min(6, list.length); c++)
          add(i, list[Math.floor(rand() * list.length)] as number);
      }
    });
  }
  return edges.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
}

function greedyPairs(pop: Population, edges: [number, number, number][], free: Set<number>): number[][] {
  const pairs: number[][] = [];
  for (const [i, j] of edges) {
    if (free.has(i) && free.has(j)) {
      free.delete(i);
      free.delete(j);
      pairs.push([i, j]);
    }
  }
  // Whoever the sparse graph left alone is paired among themselves, best first.
  const rest = [...free];
  const local: [number, number, number][] = [];
  for (let a = 0; a < rest.length; a++) {
    for (let b = a + 1; b < rest.length; b++) {
      const v = pop.w(rest[a] as number, rest[b] as number);
      if (v !== null) local.push([rest[a] as number, rest[b] as number, v]);
    }
  }
  local.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [i, j] of local) {
    if (free.has(i) && free.has(j)) {
      free.delete(i);
      free.delete(j);
      pairs.push([i, j]);
    }
  }
  repairThroughPairs(pop, pairs, free);
  return pairs;
}

/**
 * Two people left over who may not meet each other (a "don't pair" wish, a team rule) can still both
 * be placed through an existing pair a–b: s with a and t with b, when those meetings are allowed.
 */
function repairThroughPairs(pop: Population, pairs: number[][], free: Set<number>) {
  const tryOnce = (): boolean => {
    const rest = [...free];
    for (let x = 0; x < rest.length; x++) {
      for (let y = x + 1; y < rest.length; y++) {
        const s = rest[x] as number;
        const t = rest[y] as number;
        for (let k = 0; k < pairs.length; k++) {
          const [a, b] = pairs[k] as [number, number];
          const [p, q] = pop.w(s, a) !== null && pop.w(t, b) !== null ? [a, b] : [b, a];
          if (pop.w(s, p) === null || pop.w(t, q) === null) continue;
          pairs.splice(k, 1, [s, p], [t, q]);
          free.delete(s);
          free.delete(t);
          return true;
        }
      }
    }
    return false;
  };
  while (free.size >= 2 && tryOnce()); // each success places two more people
}

function solve(people: IntroParticipant[], input: MatchInput): MatchResult {
  const pop = new Population(people, input);
  const n = pop.n;
  const ids = (g: number[]) => g.map((i) => (people[i] as IntroParticipant).id);
  if (n < 2) return { groups: [], unmatched: people.map((p) => p.id) };
  const lastOdd = lastOddOnes(input.history, input.groupSize);
  const isOdd = (i: number) => lastOdd.has((people[i] as IntroParticipant).id);
  const plan = groupPlan(n, input.groupSize);
  const edges = candidateEdges(pop, input);
  const free = new Set<number>(Array.from({ length: n }, (_, i) => i));

  // In pairs programmes with an odd count, choose who joins a trio first: never last round's.
  const singles: number[] = [];
  if (input.groupSize === 2 && plan.trios === 1) {
    const order = [...free].sort(
      (a, b) =>
        Number(isOdd(a)) - Number(isOdd(b)) || hash32(`${input.seed}|${a}`) - hash32(`${input.seed}|${b}`),
    );
    singles.push(order[0] as number);
    free.delete(order[0] as number);
  }
  let pairs = greedyPairs(pop, edges, free);
  singles.push(...free);

  // Trios: keep the pairs that stay pairs (people who were not last round's odd ones), make the
  // best of the rest trio cores, and dissolve the weakest so their members join the cores.
  const byWeight = (a: number[], b: number[]) => (pop.groupWeight(b) ?? 0) - (pop.groupWeight(a) ?? 0);
  const groups: { members: number[]; odd: boolean }[] = [];
  if (input.groupSize === 3) {
    const sorted = [...pairs].sort(byWeight);
    const eligible = sorted.filter((p) => !p.some(isOdd));
    const kept = [...eligible, ...sorted.filter((p) => p.some(isOdd))].slice(0, plan.pairs);
    for (const p of kept) groups.push({ members: p, odd: true });
    const keptSet = new Set(kept);
    pairs = sorted.filter((p) => !keptSet.has(p));
    const cores = pairs.slice(0, plan.trios);
    for (const p of pairs.slice(plan.trios)) singles.push(...p);
    pairs = cores;
  }
  attachSingles(pop, edges, pairs, singles, input.groupSize === 2 ? isOdd : () => false);
  for (const p of pairs) groups.push({ members: p, odd: input.groupSize === 2 ? p.length === 3 : false });
  improve(pop, edges, groups, isOdd);

  const out: IntroGroup[] = groups.map(({ members }) => {
    let repeat = false;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++)
        if (pop.isRepeat(members[a] as number, members[b] as number)) repeat = true;
    return { memberIds: ids(members).sort(), weight: pop.groupWeight(members) ?? 0, repeat };
  });
  out.sort((a, b) => ((a.memberIds[0] ?? "") < (b.memberIds[0] ?? "") ? -1 : 1));
  return { groups: out, unmatched: ids(singles).sort() };
}

/** Each single joins the pair it scores best with (both pair members must accept them); `avoid` cores stay pairs. */
function attachSingles(
  pop: Population,
  edges: [number, number, number][],
  pairs: number[][],
  singles: number[],
  avoidOdd: (i: number) => boolean,
) {
  if (singles.length === 0) return;
  const groupOf = new Map<number, number>();
  pairs.forEach((p, g) => {
    for (const m of p) groupOf.set(m, g);
  });
  const singleSet = new Set(singles);
  const open = (g: number) => pairs[g]?.length === 2 && !(pairs[g] as number[]).some(avoidOdd);
  const score = (s: number, g: number) => {
    const [a, b] = pairs[g] as number[];
    const x = pop.w(s, a as number);
    const y = pop.w(s, b as number);
    return x === null || y === null ? null : x + y;
  };
  const options: [number, number, number][] = [];
  for (const [i, j] of edges) {
    for (const [s, m] of [
      [i, j],
      [j, i],
    ] as const) {
      const g = groupOf.get(m);
      if (singleSet.has(s) && g !== undefined) {
        const v = score(s, g);
        if (v !== null) options.push([s, g, v]);
      }
    }
  }
  options.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const place = (s: number, g: number) => {
    (pairs[g] as number[]).push(s);
    singleSet.delete(s);
  };
  for (const [s, g] of options) if (singleSet.has(s) && open(g)) place(s, g);
  // The rest take the best open pair; only when none is open does a pair with the fewest of last
  // round's odd ones take them.
  const oddCount = (g: number) => (pairs[g] as number[]).filter(avoidOdd).length;
  for (const s of [...singleSet]) {
    let best = -1;
    let bestKey: [number, number] = [Number.POSITIVE_INFINITY, 0];
    for (let g = 0; g < pairs.length; g++) {
      const v = pairs[g]?.length === 2 ? score(s, g) : null;
      if (v === null) continue;
      const odd = oddCount(g);
      if (odd < bestKey[0] || (odd === bestKey[0] && v > bestKey[1])) [best, bestKey] = [g, [odd, v]];
    }
    if (best >= 0) place(s, best);
  }
  singles.splice(0, singles.length, ...singleSet);
}

/** What moving `incoming` into `group` in place of `outgoing` changes, or null when a pair would be forbidden. */
function swapGain(
  pop: Population,
  group: readonly number[],
  outgoing: number,
  incoming: number,
): number | null {
  let gain = 0;
  for (const m of group) {
    if (m === outgoing) continue;
    const next = pop.w(incoming, m);
    if (next === null) return null;
    gain += next - (pop.w(outgoing, m) ?? 0);
  }
  return gain;
}

/** Swap two people between groups while the total weight rises (2-opt for pairs). */
function improve(
  pop: Population,
  edges: [number, number, number][],
  groups: { members: number[]; odd: boolean }[],
  isOdd: (i: number) => boolean,
) {
  const where = new Int32Array(pop.n).fill(-1);
  groups.forEach((g, gi) => {
    for (const m of g.members) where[m] = gi;
  });
  for (let pass = 0; pass < IMPROVEMENT_PASSES; pass++) {
    let changed = false;
    for (const [i, j] of edges) {
      const gi = where[i] as number;
      const gj = where[j] as number;
      if (gi < 0 || gj < 0 || gi === gj) continue;
      const A = groups[gi] as { members: number[]; odd: boolean };
      const B = groups[gj] as { members: number[]; odd: boolean };
      // Bring j into i's group in place of x; x takes j's place.
      for (const x of A.members) {
        if (x === i) continue;
        if ((A.odd && isOdd(j)) || (B.odd && isOdd(x))) continue;
        const intoA = swapGain(pop, A.members, x, j);
        const intoB = intoA === null ? null : swapGain(pop, B.members, j, x);
        if (intoA === null || intoB === null || intoA + intoB <= 1e-9) continue;
        A.members[A.members.indexOf(x)] = j;
        B.members[B.members.indexOf(j)] = x;
        where[j] = gi;
        where[x] = gj;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
}
