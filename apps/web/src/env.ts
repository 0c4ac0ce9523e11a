import { z } from "zod";

const schema = z.object({
  AUTH_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^https?:\/\//.test(v), {
      message: "AUTH_URL must be like https://rapport.example.com",
    }),
  RESEND_API_KEY: z.string().trim().optional(),
  /** "false" stops the background re-reading of followed calendar URLs. */
  RAPPORT_CALENDAR_REFRESH: z.enum(["true", "false"]).default("true"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

/** The web app's configuration; the only place it reads process.env. */
export function webEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

/** The development mailbox exists only while emails go to the outbox (no Resend key). */
export function devMailboxEnabled(): boolean {
  return !webEnv().RESEND_API_KEY;
}
