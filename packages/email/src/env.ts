import { z } from "zod";
import { describeInvalidAddress } from "./address";

/**
 * The only place in this package that reads process.env.
 *
 * RESEND_BASE_URL is also read by the Resend SDK itself, inside `new Resend()`
 * (resend/dist: `options?.baseUrl ?? process.env.RESEND_BASE_URL || "https://api.resend.com"`).
 * We validate it here so a typo fails loudly at start-up instead of as "Unable to fetch data"
 * on the first send, and pass it explicitly to createMailer as `baseUrl`.
 */

export const DEFAULT_EMAIL_FROM = "Rapport <hello@rapport.localhost>";

// `KEY=` in a .env file means "not set", not "set to the empty string".
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const schema = z.object({
  RESEND_API_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\S+$/, "must not contain spaces or line breaks (was it pasted with a newline or quotes?)")
      .optional(),
  ),
  RESEND_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:4010" })
      // The SDK concatenates `${baseUrl}${path}`; a trailing slash would give "//emails".
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  EMAIL_FROM: z.preprocess(
    blankToUndefined,
    z
      .string()
      .superRefine((value, ctx) => {
        const problem = describeInvalidAddress(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .default(DEFAULT_EMAIL_FROM),
  ),
});

export type EmailEnv = z.infer<typeof schema>;

/** Parses and validates the email settings; throws one error naming every bad variable. */
export function parseEmailEnv(source: Record<string, string | undefined>): EmailEnv {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid email configuration:\n${problems.join("\n")}`);
}

let cached: EmailEnv | undefined;

/** The validated email settings of this process, read on first use (never at import time). */
export function emailEnv(): EmailEnv {
  cached ??= parseEmailEnv(process.env);
  return cached;
}
