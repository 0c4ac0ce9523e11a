import { digestDayName } from "./schedule";

/** "Berlin" for Europe/Berlin, "New York" for America/New_York, "UTC" for UTC. */
export function placeOfTimeZone(timeZone: string): string {
  const last = timeZone.split("/").pop() ?? timeZone;
  return last.replaceAll("_", " ");
}

/**
 * The digest schedule in a plain sentence: "Your weekly email arrives Mondays at 08:00 Berlin time."
 * The hour is written the 24-hour way so it reads the same in every locale.
 */
export function describeDigestSchedule(schedule: { day: number; hour: number; timeZone: string }): string {
  const hour = `${String(schedule.hour).padStart(2, "0")}:00`;
  return `Your weekly email arrives ${digestDayName(schedule.day)}s at ${hour} ${placeOfTimeZone(schedule.timeZone)} time.`;
}
