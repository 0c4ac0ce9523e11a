import type { Database, Engine } from "@rapport/db";
import { loadOnce } from "@rapport/domain/memo";
import type { Mailer } from "@rapport/email";
import type { CalendarFetcher } from "./calendar/safe-fetch";

/** The signed-in person as the session says; roles are never trusted from here, they are re-read per request. */
export interface SessionUser {
  id: string;
  email: string;
}

export interface Context {
  db: Database;
  engine: Engine;
  /** Request headers (client address for rate limits). */
  headers: Headers;
  session: SessionUser | null;
  /** The organisation the person last chose (cookie); used only if they really are a member of it. */
  preferredOrganisationId?: string;
  /** Origin links in emails point at, e.g. http://localhost:3000 (configuration only, never a request header). */
  appUrl: string;
  /** Set on a production server without AUTH_URL: why invitation links cannot be sent (shown to the admin). */
  linksRefused?: string;
  mailer: Mailer;
  /** Fetches calendar URLs (tests pass one that never touches the network); default: the safe fetcher. */
  calendarFetcher?: CalendarFetcher;
  /**
   * Reads shared by the calls of one request (a page makes several calls, each checking the caller's
   * memberships). Emptied after every mutation, so a change is read back fresh. See `readOnce`.
   */
  reads: Map<string, Promise<unknown>>;
}

export type ContextInput = Omit<Context, "headers" | "session" | "reads"> &
  Partial<Pick<Context, "headers" | "session">>;

export function createContext(input: ContextInput): Context {
  return {
    ...input,
    headers: input.headers ?? new Headers(),
    session: input.session ?? null,
    reads: new Map(),
  };
}

/** `read()` once per request context under `key`; a failed read is not kept. */
export function readOnce<T>(ctx: Pick<Context, "reads">, key: string, read: () => Promise<T>): Promise<T> {
  return loadOnce(ctx.reads as Map<string, Promise<T>>, key, read);
}
