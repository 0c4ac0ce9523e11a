import { randomBytes } from "node:crypto";
import { AppError } from "@rapport/domain";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

const codes: Record<AppError["kind"], TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  rate_limited: "TOO_MANY_REQUESTS",
  gone: "PRECONDITION_FAILED",
};

/** The one place domain errors become API errors; anything else stays an internal error. */
export function toTRPCError(error: unknown): unknown {
  if (error instanceof AppError)
    return new TRPCError({ code: codes[error.kind], message: error.message, cause: error });
  return error;
}

const GENERIC = "Something went wrong on our side.";

/** Whether a message is already the generic one (the error formatter must not replace it twice). */
export const isGenericInternalMessage = (message: string) => message.startsWith(GENERIC);

/**
 * An unexpected failure as the caller sees it: a generic message with an id to quote. The detail (a
 * driver error can carry the failed SQL with its parameters) goes to the server log with the same id,
 * never to the caller.
 */
export function hideInternalError(error: unknown, where: string): TRPCError {
  const errorId = randomBytes(6).toString("hex");
  const detail = error instanceof TRPCError && error.cause ? error.cause : error;
  console.error(`[rapport] error id ${errorId} in ${where}:`, detail);
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: `${GENERIC} Try again; if it keeps happening, tell your admin the error id ${errorId}.`,
  });
}
