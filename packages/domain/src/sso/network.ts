/** Why a request to the identity provider failed, in words an operator can act on. */
export interface NetworkFailure {
  kind: "certificate" | "dns" | "refused" | "timeout" | "network";
  code: string;
  explanation: string;
}

const CERTIFICATE_CODES = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_UNTRUSTED",
  "CERT_REVOKED",
  "HOSTNAME_MISMATCH",
]);

function explain(code: string): NetworkFailure | undefined {
  if (CERTIFICATE_CODES.has(code) || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL"))
    return {
      kind: "certificate",
      code,
      explanation:
        code === "CERT_HAS_EXPIRED"
          ? "the provider's TLS certificate has expired"
          : code === "ERR_TLS_CERT_ALTNAME_INVALID"
            ? "the provider's TLS certificate is for another host name"
            : "the provider's TLS certificate is not trusted by this server (a private CA needs NODE_EXTRA_CA_CERTS)",
    };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return { kind: "dns", code, explanation: "the provider's host name does not resolve (DNS)" };
  if (code === "ECONNREFUSED")
    return {
      kind: "refused",
      code,
      explanation: "the provider refused the connection (nothing listens there)",
    };
  if (
    code === "ETIMEDOUT" ||
    code === "UND_ERR_CONNECT_TIMEOUT" ||
    code === "ABORT_ERR" ||
    code === "TimeoutError"
  )
    return { kind: "timeout", code, explanation: "the provider did not answer in time" };
  if (code === "ECONNRESET" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EPIPE")
    return { kind: "network", code, explanation: "the connection to the provider broke" };
  return undefined;
}

/**
 * Looks through an error and its causes (fetch wraps the socket's error as `cause`; Auth.js wraps that
 * again) for the first network or TLS failure.
 */
export function findNetworkFailure(error: unknown): NetworkFailure | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["code", "name"]) {
      const value = record[key];
      if (typeof value === "string") {
        const found = explain(value);
        if (found) return found;
      }
    }
    queue.push(record.cause, record.err);
    if (Array.isArray(record.errors)) queue.push(...record.errors);
  }
  return undefined;
}
