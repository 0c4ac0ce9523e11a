// Time zones as functions from an instant to its UTC offset; IANA zones come from Intl (no tz database here).
import { DAY_MS } from "./values";

export interface Zone {
  /** IANA name when there is one; null for zones known only by their VTIMEZONE offsets. */
  readonly ianaName: string | null;
  /** Offset from UTC in ms at the instant `utcMs` (local = utc + offset). */
  offsetAt(utcMs: number): number;
}

export const UTC_ZONE: Zone = { ianaName: "UTC", offsetAt: () => 0 };

const ianaCache = new Map<string, Zone | null>();

function intlZone(name: string): Zone | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    return null;
  }
  // Keep the caller's spelling (Intl in some runtimes resolves "Asia/Kolkata" to the older "Asia/Calcutta"),
  // but fix its case when the caller wrote e.g. "europe/berlin".
  const resolved = format.resolvedOptions().timeZone;
  const ianaName = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  const exact = (utcMs: number) => {
    const whole = Math.floor(utcMs / 1000) * 1000;
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(whole)) if (p.type !== "literal") parts[p.type] = Number(p.value);
    const d = new Date(0);
    d.setUTCFullYear(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1);
    d.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
    return d.getTime() - whole;
  };
  // formatToParts is slow and expansion asks for offsets constantly. Offsets change at most once on any
  // real day, so a UTC day whose two ends agree has that offset throughout; only change days ask Intl.
  const dayEnds = new Map<number, readonly [number, number]>();
  return {
    ianaName,
    offsetAt(utcMs) {
      const day = Math.floor(utcMs / DAY_MS);
      let ends = dayEnds.get(day);
      if (!ends) {
        if (dayEnds.size > 20_000) dayEnds.clear();
        ends = [exact(day * DAY_MS), exact((day + 1) * DAY_MS - 1000)] as const;
        dayEnds.set(day, ends);
      }
      return ends[0] === ends[1] ? ends[0] : exact(utcMs);
    },
  };
}

/** The IANA zone of that name, or null when the runtime does not know it. */
export function ianaZone(name: string): Zone | null {
  const key = name.trim();
  if (key === "" || !/^[A-Za-z0-9_+\-/]+$/.test(key)) return null;
  if (!ianaCache.has(key)) ianaCache.set(key, intlZone(key));
  return ianaCache.get(key) ?? null;
}

/** A zone with one fixed offset. */
export function fixedZone(offsetMs: number): Zone {
  return { ianaName: offsetMs === 0 ? "UTC" : null, offsetAt: () => offsetMs };
}

export function toWall(zone: Zone, utcMs: number): number {
  return utcMs + zone.offsetAt(utcMs);
}

/**
 * The instant a local wall time denotes in `zone`, following RFC 5545 §3.3.5: a time that occurs twice
 * (clocks going back) means the first one; a time skipped by clocks going forward is read with the offset
 * from before the gap, so 02:30 in a 02:00→03:00 gap becomes 03:30.
 */
export function toUtc(zone: Zone, wall: number): number {
  const before = zone.offsetAt(wall - DAY_MS);
  const after = zone.offsetAt(wall + DAY_MS);
  const valid = [before, after]
    .map((offset) => wall - offset)
    .filter((utc) => toWall(zone, utc) === wall)
    .sort((a, b) => a - b);
  return valid[0] ?? wall - before;
}
