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
