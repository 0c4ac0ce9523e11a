// How much Rapport wants two people to meet. A pair's weight is a sum of small, explainable
// preferences; pairs that must never meet get no weight at all (`null`), and a pair that met
// within the repeat window gets a penalty large enough that it is chosen only when nothing else fits.

/** One person taking part in a round, reduced to what the matching needs. */
export interface IntroParticipant {
  id: string;
  /** The person's team (the programme's unit for cross-team / within-team); null when they have none. */
  teamId: string | null;
  /** Lower-cased interest tags from the profile and the events they go to. */
  interests: readonly string[];
  /** What their goals ask for, as topics (e.g. "mentoring" for "find a mentor"). */
  seeks: readonly string[];
  /** What their profile offers, as topics (e.g. "mentoring"). */
  offers: readonly string[];
  /** Events attended lately; sharing many means they already cross paths. */
  recentEventIds: readonly string[];
  /** Private "please don't pair me with" list (member ids). Honoured in both directions. */
  doNotPair: readonly string[];
}

export type IntroMode = "cross-team" | "within-team";

/** Past rounds, oldest first; each round is its groups of member ids. */
export type IntroHistory = readonly (readonly (readonly string[])[])[];

export const REPEAT_WINDOW_ROUNDS = 6;

const WEIGHTS = {
  differentTeams: 4,
  sameTeamInCrossTeam: -3,
  noSharedEvents: 2,
  perSharedEvent: -1,
  perSharedInterest: 1.5,
  maxSharedInterests: 3,
  complementary: 3,
  /** Subtracted for a pair that met within the window, minus a little for each round since. */
  repeat: 1000,
  /** The seeded tie-break stays below every real preference step. */
  jitter: 0.25,
} as const;

export interface PairReasons {
  differentTeams: boolean;
  sharedInterests: string[];
  /** Topic one offers that the other seeks, with who offers it. */
  complementary: { offeredBy: string; seekerId: string; topic: string }[];
  sharedRecentEvents: number;
  /** Rounds ago this pair last met within the window (1 = last round), or null. */
  metRoundsAgo: number | null;
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const set = new Set(a);
  return [...new Set(b.filter((x) => set.has(x)))].sort();
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Pairs that met within the window, mapped to how many rounds ago (1 = the last round). */
export function recentPairs(history: IntroHistory, window = REPEAT_WINDOW_ROUNDS): Map<string, number> {
  const seen = new Map<string, number>();
  const start = Math.max(0, history.length - window);
  for (let r = history.length - 1; r >= start; r--) {
    const ago = history.length - r;
    for (const group of history[r] ?? []) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const key = pairKey(group[i] as string, group[j] as string);
          if (!seen.has(key)) seen.set(key, ago);
        }
      }
    }
  }
  return seen;
}

export function pairReasons(
  a: IntroParticipant,
  b: IntroParticipant,
  metRoundsAgo: number | null,
): PairReasons {
  const complementary: PairReasons["complementary"] = [];
  for (const topic of intersect(a.offers, b.seeks))
    complementary.push({ offeredBy: a.id, seekerId: b.id, topic });
  for (const topic of intersect(b.offers, a.seeks))
    complementary.push({ offeredBy: b.id, seekerId: a.id, topic });
  return {
    differentTeams: a.teamId !== b.teamId || a.teamId === null,
    sharedInterests: intersect(a.interests, b.interests),
    complementary,
    sharedRecentEvents: intersect(a.recentEventIds, b.recentEventIds).length,
    metRoundsAgo,
  };
}

/** FNV-1a over a string, as an unsigned 32-bit number: a stable, seedable hash. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A participant with sets built once, so weighing a pair allocates nothing. */
export interface PreparedParticipant {
  id: string;
  teamId: string | null;
  interests: ReadonlySet<string>;
  seeks: ReadonlySet<string>;
  offers: ReadonlySet<string>;
  events: ReadonlySet<string>;
  doNotPair: ReadonlySet<string>;
  /** Seeded per-person hash, mixed per pair for the tie-break. */
  hash: number;
}

export function prepare(p: IntroParticipant, seed: string): PreparedParticipant {
  return {
    id: p.id,
    teamId: p.teamId,
    interests: new Set(p.interests),
    seeks: new Set(p.seeks),
    offers: new Set(p.offers),
    events: new Set(p.recentEventIds),
    doNotPair: new Set(p.doNotPair),
    hash: hash32(`${seed}|${p.id}`),
  };
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n;
}

function isForbidden(a: PreparedParticipant, b: PreparedParticipant, mode: IntroMode): boolean {
  if (a.id === b.id) return true;
  if (a.doNotPair.has(b.id) || b.doNotPair.has(a.id)) return true;
  return mode === "within-team" && a.teamId !== b.teamId;
}

/** A symmetric tie-break in [0, 1) from the two seeded person hashes. */
function jitter(a: number, b: number): number {
  let h = Math.imul(Math.min(a, b) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.max(a, b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 0x1_0000_0000;
}

/**
 * The score of putting a and b in one group, or null when they must not be.
 * `metRoundsAgo` is how many rounds back they last met within the window (null if not).
 */
export function pairWeight(
  a: PreparedParticipant,
  b: PreparedParticipant,
  mode: IntroMode,
  metRoundsAgo: number | null,
): number | null {
  if (isForbidden(a, b, mode)) return null;
  let w = 0;
  const differentTeams = a.teamId !== b.teamId || a.teamId === null;
  if (mode === "cross-team") w += differentTeams ? WEIGHTS.differentTeams : WEIGHTS.sameTeamInCrossTeam;
  const events = countShared(a.events, b.events);
  w += events === 0 ? WEIGHTS.noSharedEvents : WEIGHTS.perSharedEvent * events;
  w +=
    WEIGHTS.perSharedInterest * Math.min(countShared(a.interests, b.interests), WEIGHTS.maxSharedInterests);
  w += WEIGHTS.complementary * Math.min(countShared(a.offers, b.seeks) + countShared(b.offers, a.seeks), 2);
  // A pair met `ago` rounds back: the older, the less it costs, but always more than any preference.
  if (metRoundsAgo !== null) w -= WEIGHTS.repeat - metRoundsAgo;
  return w + jitter(a.hash, b.hash) * WEIGHTS.jitter;
}
