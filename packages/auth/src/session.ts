/** What page scripts may learn from /api/auth/session: who is signed in and until when, nothing more. */
export interface PublicSession {
  user: { name: string | null; email: string | null; image: string | null };
  expires: string;
}

/**
 * Reduces whatever the session answer holds to the public fields. Auth.js hands the session callback
 * the database row (with the session token, the value of the httpOnly cookie) and the whole user row.
 */
export function publicSession(session: unknown): PublicSession | null {
  if (!session || typeof session !== "object") return null;
  const { user, expires } = session as { user?: Record<string, unknown>; expires?: unknown };
  if (!user || (typeof expires !== "string" && !(expires instanceof Date))) return null;
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    user: { name: text(user.name), email: text(user.email), image: text(user.image) },
    expires: expires instanceof Date ? expires.toISOString() : expires,
  };
}
