import { isValidTimeZone } from "./zoned-time";

/**
 * The zone a new person's form starts at: their browser's when it reports a real one, else the
 * organisation's default. Never a silent UTC unless one of those says UTC.
 */
export function startingTimeZone(browserZone: string | undefined, organisationZone: string): string {
  if (browserZone && isValidTimeZone(browserZone)) return browserZone;
  return organisationZone;
}
