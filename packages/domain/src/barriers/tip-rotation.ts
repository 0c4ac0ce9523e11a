// Which coaching tip goes in this week's digest.
import { isoWeeksBetween, parseIsoWeekKey } from "../time";
import { TIPS } from "./tips";
import type { BarrierId, Tip } from "./types";

/** A tip that went out in a past digest. */
export interface SentTip {
  weekKey: string;
  tipId: string;
}

/** A tip sent in any of the previous this-many weeks is not sent again while another is free. */
export const TIP_REPEAT_GAP_WEEKS = 8;

/**
 * Picks the tip for `barrierId` in the week `weekKey`, given the tips sent before.
 *
 * Order of preference: tips never sent, then the one sent longest ago. Pools hold more than
 * TIP_REPEAT_GAP_WEEKS tips, so that order never repeats a tip within the gap; if history
 * ever exhausts a pool (e.g. a smaller pool, or several tips a week) it degrades to "least
 * recently sent" instead of failing. Ties break on a hash of barrier, week and tip id, so the
 * result depends only on the inputs, never on history order.
 *
 * If history already records a tip from this pool for `weekKey` itself, that tip is
 * returned: a retried digest run says the same thing as the first attempt.
 */
export function pickTip(barrierId: BarrierId, weekKey: string, history: readonly SentTip[]): Tip {
  parseIsoWeekKey(weekKey);
  const pool = TIPS[barrierId];
  const byId = new Map(pool.map((tip) => [tip.id, tip]));

  const alreadyThisWeek = history
    .filter((h) => h.weekKey === weekKey)
    .map((h) => byId.get(h.tipId))
    .filter((tip): tip is Tip => tip !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (alreadyThisWeek) return alreadyThisWeek;

  // Weeks since each tip was last sent; tips never sent are absent.
  const weeksAgo = new Map<string, number>();
  for (const { weekKey: sentWeek, tipId } of history) {
    if (!byId.has(tipId)) continue;
    const ago = isoWeeksBetween(sentWeek, weekKey);
    if (ago <= 0) continue; // a future week cannot inform what was already seen
    weeksAgo.set(tipId, Math.min(ago, weeksAgo.get(tipId) ?? Number.POSITIVE_INFINITY));
  }

  const staleness = (tip: Tip) => weeksAgo.get(tip.id) ?? Number.POSITIVE_INFINITY;
  const tieBreak = (tip: Tip) => hash32(`${barrierId}|${weekKey}|${tip.id}`);
  const [best] = [...pool].sort((a, b) => staleness(b) - staleness(a) || tieBreak(a) - tieBreak(b));
  if (!best) throw new RangeError(`No tips for barrier "${barrierId}"`);
  return best;
}

/** FNV-1a: a tiny, stable string hash, good enough to spread choices evenly. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
