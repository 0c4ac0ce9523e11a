import { type Database, hitRateLimit } from "@rapport/db";
import { AppError } from "@rapport/domain";
import { clientAddress, clientBucket, parseTrustedProxies } from "@rapport/domain/security";
import { readAuthEnv } from "./env";
import { stampedSocketAddress } from "./socket-address";

/** Sign-in emails allowed per window: few per address (nobody needs ten links), more per client (shared offices). */
export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  perAddress: 5,
  perClient: 20,
} as const;

/**
 * The bucket of the client that sent this request: the socket's peer, or behind TRUSTED_PROXIES the
 * address our own proxies saw. Forwarding headers a client wrote itself never move it.
 */
export function clientKey(headers: Headers, trustedProxies = readAuthEnv().TRUSTED_PROXIES): string {
  return clientBucket(
    clientAddress({
      socketAddress: stampedSocketAddress(headers),
      forwardedFor: headers.get("x-forwarded-for"),
      trusted: parseTrustedProxies(trustedProxies),
    }),
  );
}

/**
 * Counts a sign-in request against both limits. Throws the same message whether or not the address has
 * an account, so the limit cannot be used to find out who works here.
 */
export async function limitSignInRequest(
  db: Database,
  input: { email: string; client: string },
  now = new Date(),
): Promise<void> {
  const { windowSeconds, perAddress, perClient } = SIGN_IN_LIMITS;
  const byAddress = await hitRateLimit(db, `sign-in:email:${input.email.toLowerCase()}`, windowSeconds, now);
  const byClient = await hitRateLimit(db, `sign-in:client:${input.client}`, windowSeconds, now);
  const over = [
    byAddress.hits > perAddress ? byAddress.resetsAt : undefined,
    byClient.hits > perClient ? byClient.resetsAt : undefined,
  ].filter((d): d is Date => d !== undefined);
  if (over.length > 0) {
    const resetsAt = new Date(Math.max(...over.map((d) => d.getTime())));
    const seconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw new AppError(
      "rate_limited",
      `Too many sign-in links were asked for. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      "email",
      seconds,
    );
  }
}
