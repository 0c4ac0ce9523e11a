import type { Database, Engine } from "@rapport/db";

export interface Context {
  db: Database;
  engine: Engine;
  /** Request headers (Origin checks, client address for rate limits). */
  headers: Headers;
}

export interface ContextInput {
  db: Database;
  engine: Engine;
  headers?: Headers;
}

export function createContext(input: ContextInput): Context {
  return { db: input.db, engine: input.engine, headers: input.headers ?? new Headers() };
}
