import { findNetworkFailure } from "@rapport/domain/sso";

/**
 * Auth.js's error log, with the network or TLS reason spelled out when there is one (fetch reports
 * only "fetch failed"; the certificate, DNS or refused connection is a few causes deeper).
 */
export function logAuthError(error: Error, issuer?: string): void {
  const type = (error as { type?: string }).type ?? error.name;
  console.error(`[auth][error] ${type}: ${error.message}`);
  const failure = findNetworkFailure(error);
  if (failure) {
    console.error(
      `[auth][cause] the identity provider${issuer ? ` at ${issuer}` : ""} could not be reached: ${failure.explanation} (${failure.code}).`,
    );
    return;
  }
  const cause = (error.cause as { err?: unknown } | undefined)?.err ?? error.cause;
  if (cause instanceof Error) console.error(`[auth][cause] ${cause.stack ?? cause.message}`);
}
