/** Links in our emails are always web links; anything else is a bug upstream, caught before sending. */
export function assertWebLink(url: string, what: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`${what} must be an absolute http(s) URL, got "${url}"`);
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new Error(`${what} must be an http(s) URL, got "${url}"`);
  }
}

/** "1 minute", "15 minutes", "2 hours". */
export function describeMinutes(minutes: number): string {
  if (minutes >= 120 && minutes % 60 === 0) return `${minutes / 60} hours`;
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export function describeDays(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

export function assertPositiveWholeNumber(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${what} must be a whole number ≥ 1, got ${value}`);
}
