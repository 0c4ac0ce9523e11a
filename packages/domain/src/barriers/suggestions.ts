// Turning a barrier profile into things to do: goal templates and a weekly action.
import { isoWeekIndex } from "../time";
import { TOP_BARRIER_COUNT } from "./assessment";
import { GOAL_TEMPLATES } from "./goal-templates";
import { SUGGESTED_ACTIONS } from "./suggested-actions";
import type { BarrierId, BarrierProfile, GoalTemplate, SuggestedAction } from "./types";

/**
 * The barriers to draw suggestions from. Someone with no barrier above the floor still
 * gets help aimed at their relatively strongest ones rather than nothing.
 */
export function focusBarriers(profile: BarrierProfile): BarrierId[] {
  return profile.top.length > 0 ? [...profile.top] : profile.ranked.slice(0, TOP_BARRIER_COUNT);
}

/**
 * Up to `n` goal templates, taking turns across the focus barriers (first template of each,
 * then second of each…) so the strongest barrier leads without crowding out the others.
 * If `n` asks for more than those barriers hold, the rest of the ranking fills in.
 */
export function suggestGoalTemplates(profile: BarrierProfile, n: number): GoalTemplate[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  const focus = focusBarriers(profile);
  const rest = profile.ranked.filter((id) => !focus.includes(id));
  const ordered = [
    ...takeTurns(focus.map((id) => GOAL_TEMPLATES[id])),
    ...takeTurns(rest.map((id) => GOAL_TEMPLATES[id])),
  ];
  const seen = new Set<string>();
  const picked: GoalTemplate[] = [];
  for (const template of ordered) {
    if (picked.length >= n) break;
    if (seen.has(template.id)) continue;
    seen.add(template.id);
    picked.push(template);
  }
  return picked;
}

export interface WeeklyAction {
  barrierId: BarrierId;
  action: SuggestedAction;
}

/**
 * The suggested action for `weekKey`: consecutive weeks step through the focus barriers'
 * actions in turn, so the digest does not repeat itself until the whole list has been shown.
 */
export function pickSuggestedAction(profile: BarrierProfile, weekKey: string): WeeklyAction {
  const focus = focusBarriers(profile);
  const perBarrier = focus.map((barrierId) =>
    SUGGESTED_ACTIONS[barrierId].map((action) => ({ barrierId, action })),
  );
  const cycle = takeTurns(perBarrier);
  const picked = cycle[isoWeekIndex(weekKey) % cycle.length];
  if (!picked) throw new RangeError("The profile has no barriers to suggest actions for");
  return picked;
}

/** Interleaves lists: a0, b0, c0, a1, b1, c1, … skipping lists that run out. */
function takeTurns<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}
