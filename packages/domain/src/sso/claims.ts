import { isValidTimeZone } from "../time";

/** The OpenID Connect standard claims Rapport reads (OIDC Core 5.1); anything else is ignored. */
export interface SsoClaims {
  sub: string;
  email?: string;
  /** `true` only when the provider asserted it; `undefined` when it said nothing (Entra ID never does). */
  emailVerified?: boolean;
  name?: string;
  timeZone?: string;
}

function text(value: unknown, max = 200): string | undefined {
  if (typeof value !== "string") return undefined;
  // Claims are shown on pages and stored: control characters (NUL included) have no place in them.
  const clean = value
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean ? clean.slice(0, max) : undefined;
}

/** `email_verified` as the provider sent it: a boolean, or the string "true"/"false" some providers use. */
export function readEmailVerified(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the claims of an ID token, filled in by userinfo: the ID token is read first (it is signed and
 * was checked), userinfo only adds what the ID token left out. The name falls back to given + family name.
 */
export function readSsoClaims(
  idToken: Record<string, unknown>,
  userinfo?: Record<string, unknown>,
): SsoClaims {
  const claims: Record<string, unknown> = { ...userinfo };
  for (const [key, value] of Object.entries(idToken)) {
    if (value !== undefined && value !== null) claims[key] = value;
  }
  const email = text(claims.email, 320)?.toLowerCase();
  const joined = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const zone = text(claims.zoneinfo, 100);
  return {
    sub: String(idToken.sub ?? ""),
    email: email && EMAIL.test(email) ? email : undefined,
    emailVerified: readEmailVerified(claims.email_verified),
    name: text(claims.name) ?? (joined || undefined),
    timeZone: zone && isValidTimeZone(zone) ? zone : undefined,
  };
}

/** Whether the ID token alone is not enough and the userinfo endpoint should be asked (OIDC Core 5.4). */
export function needsUserinfo(idToken: Record<string, unknown>): boolean {
  return typeof idToken.email !== "string" || readEmailVerified(idToken.email_verified) === undefined;
}

/** The claim names that came, for the server log (values stay out of it). */
export function claimNames(...sources: (Record<string, unknown> | undefined)[]): string[] {
  return [...new Set(sources.flatMap((s) => (s ? Object.keys(s) : [])))].sort();
}

export interface ProfileFields {
  name: string | null;
  timeZone: string;
  /** Whether the person has answered the "about you" step (then both fields are theirs). */
  confirmed?: boolean;
}

export interface ProfileChanges {
  name?: string;
  timeZone?: string;
  /** The provider told us both name and zone: the "about you" step has nothing left to ask. */
  confirm?: true;
}

/**
 * What the provider may fill in on an existing account: only fields the person left empty, and nothing
 * once they answered "about you". Before that every account starts in UTC, so UTC counts as "not chosen yet".
 */
export function fillEmptyProfile(
  current: ProfileFields,
  claims: Pick<SsoClaims, "name" | "timeZone">,
): ProfileChanges {
  const changes: ProfileChanges = {};
  if (current.confirmed) return changes;
  if (!current.name?.trim() && claims.name) changes.name = claims.name;
  if (current.timeZone === "UTC" && claims.timeZone && claims.timeZone !== "UTC")
    changes.timeZone = claims.timeZone;
  const name = changes.name ?? current.name?.trim();
  const zoneFromProvider = Boolean(
    claims.timeZone && (changes.timeZone || current.timeZone === claims.timeZone),
  );
  if (name && zoneFromProvider) changes.confirm = true;
  return changes;
}
