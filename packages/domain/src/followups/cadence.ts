// Keep-in-touch cadences: "every N days" with an ideal and a maximum gap. The traffic light
// shows how long it has been since the last contact of any kind.
import { addDays, daysBetween } from "../time";
import { FollowUpRuleError, requireDate } from "./errors";

export interface Cadence {
  /** Aim to be in touch at least this often (days). */
  idealDays: number;
  /** Beyond this gap (days) the relationship is going cold. */
  maxDays: number;
}

export type CadenceLight = "green" | "amber" | "red";

export interface CadenceStatus {
  status: CadenceLight;
  daysSince: number;
  /** The date by which ideally to be back in touch. */
  idealBy: string;
  /** The last date before the gap goes past the maximum. */
  maxBy: string;
  /** Days left until `idealBy`: 0 on the day itself, negative once past it. */
  daysUntilIdeal: number;
  /** Days past the ideal date (0 while green). */
  daysOverIdeal: number;
  /** Days past the maximum (0 unless red). */
  daysOverMax: number;
}

/** Checks a cadence is usable: whole days, ideal at least 1, maximum no shorter than the ideal. */
export function validateCadence(cadence: Cadence): Cadence {
  const { idealDays, maxDays } = cadence;
  if (!Number.isInteger(idealDays) || idealDays < 1) {
    throw new FollowUpRuleError(
      `A cadence's ideal period must be a whole number of days, at least 1 (got ${idealDays}).`,
    );
  }
  if (!Number.isInteger(maxDays) || maxDays < idealDays) {
    throw new FollowUpRuleError(
      `A cadence's maximum period must be a whole number of days, no shorter than the ideal ${idealDays} (got ${maxDays}).`,
    );
  }
  return cadence;
}

/**
 * Green while within the ideal period (the ideal day itself included), amber past the ideal but
 * within the maximum, red past the maximum. For someone never contacted, pass the date they were
 * added: the clock starts when they enter your network.
 */
export function cadenceStatus(lastInteractionDate: string, cadence: Cadence, today: string): CadenceStatus {
  requireDate(lastInteractionDate, "lastInteractionDate");
  requireDate(today, "today");
  validateCadence(cadence);
  const daysSince = daysBetween(lastInteractionDate, today);
  const daysUntilIdeal = cadence.idealDays - daysSince;
  const status: CadenceLight =
    daysSince <= cadence.idealDays ? "green" : daysSince <= cadence.maxDays ? "amber" : "red";
  return {
    status,
    daysSince,
    idealBy: addDays(lastInteractionDate, cadence.idealDays),
    maxBy: addDays(lastInteractionDate, cadence.maxDays),
    daysUntilIdeal,
    daysOverIdeal: Math.max(0, -daysUntilIdeal),
    daysOverMax: Math.max(0, daysSince - cadence.maxDays),
  };
}

/**
 * The date the clock runs from: the latest logged interaction of any kind or outcome (an
 * unanswered message still counts as reaching out). Entries dated after `today` are ignored so a
 * planned coffee does not silence a reminder before it happens. Null when nothing was logged.
 */
export function lastInteractionOn(
  interactions: readonly { occurredOn: string }[],
  today: string,
): string | null {
  requireDate(today, "today");
  let latest: string | null = null;
  for (const { occurredOn } of interactions) {
    requireDate(occurredOn, "occurredOn");
    // 'YYYY-MM-DD' strings sort in date order.
    if (occurredOn <= today && (latest === null || occurredOn > latest)) latest = occurredOn;
  }
  return latest;
}

export type CadenceSource = { kind: "contact" } | { kind: "tag"; tag: string };

/**
 * The cadence that applies to a contact: its own when set (a deliberate choice for this person
 * beats a group default), otherwise the tightest among its tags' cadences (smallest ideal, then
 * smallest maximum), so belonging to a closer group is never loosened by a looser one. Tags match
 * case-insensitively.
 */
export function effectiveCadence(
  contactCadence: Cadence | null,
  tags: readonly string[],
  tagCadences: Readonly<Record<string, Cadence>>,
): { cadence: Cadence; source: CadenceSource } | null {
  if (contactCadence) return { cadence: validateCadence(contactCadence), source: { kind: "contact" } };
  const byTag = new Map<string, Cadence>();
  for (const [tag, cadence] of Object.entries(tagCadences)) byTag.set(tag.trim().toLowerCase(), cadence);
  let best: { cadence: Cadence; source: CadenceSource } | null = null;
  for (const tag of tags) {
    const cadence = byTag.get(tag.trim().toLowerCase());
    if (!cadence) continue;
    validateCadence(cadence);
    const tighter =
      !best ||
      cadence.idealDays < best.cadence.idealDays ||
      (cadence.idealDays === best.cadence.idealDays && cadence.maxDays < best.cadence.maxDays);
    if (tighter) best = { cadence, source: { kind: "tag", tag } };
  }
  return best;
}
