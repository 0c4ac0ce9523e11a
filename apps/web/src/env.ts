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
  RAPPORT_DEV_MAILBOX: z.enum(["auto", "true", "false"]).default("auto"),
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

/**
 * The development mailbox shows every email the installation kept, sign-in links included, to anyone
 * who opens it. So it exists only while emails go to the outbox (no Resend key), and only on the
 * embedded database unless RAPPORT_DEV_MAILBOX=true says otherwise.
 */
export function devMailboxEnabled(engine: "pglite" | "postgres"): boolean {
  const env = webEnv();
  if (env.RESEND_API_KEY || env.RAPPORT_DEV_MAILBOX === "false") return false;
  return env.RAPPORT_DEV_MAILBOX === "true" || engine === "pglite";
}
