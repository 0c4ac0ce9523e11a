/** What went wrong, in terms a person can act on; the API maps each kind to its status. */
export type AppErrorKind = "not_found" | "forbidden" | "conflict" | "invalid" | "rate_limited" | "gone";

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    /** The input field the problem is about, so a form can show it beside that field. */
    readonly field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message: string) => new AppError("forbidden", message);
export const conflict = (message: string, field?: string) => new AppError("conflict", message, field);
export const invalid = (message: string, field?: string) => new AppError("invalid", message, field);
