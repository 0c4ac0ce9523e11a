import { AppError } from "../errors";
import { isValidLocalDate } from "../time";

/**
 * Thrown when a follow-up request makes no sense (snoozing into the past, a bad date or cadence).
 * An AppError of kind "invalid", so the API answers it as a bad request with this message.
 */
export class FollowUpRuleError extends AppError {
  constructor(message: string) {
    super("invalid", message);
    this.name = "FollowUpRuleError";
  }
}

/** Returns `value` when it is a real 'YYYY-MM-DD' date; otherwise throws naming `what`. */
export function requireDate(value: string, what: string): string {
  if (!isValidLocalDate(value)) {
    throw new FollowUpRuleError(`${what} must be a real date written YYYY-MM-DD (got "${value}").`);
  }
  return value;
}
