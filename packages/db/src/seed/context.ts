import type { Database } from "../client";

/** What each demo seeder gets: the transaction, the organisation and its people and teams, and "now". */
export interface DemoSeedContext {
  tx: Database;
  organisationId: string;
  people: Map<string, { id: string; timeZone: string }>;
  teams: Map<string, string>;
  /** "Now" for the seed, so relative dates (last week, next month) stay fresh on every first start. */
  now: Date;
}
