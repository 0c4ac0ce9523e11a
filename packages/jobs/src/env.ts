import { z } from "zod";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z.object({
  /** Bearer token for POST /api/cron/digest; the endpoint is off (404) without it. */
  CRON_SECRET: optional.refine((v) => v === undefined || v.length >= 16, {
    message: "CRON_SECRET must be at least 16 characters (try `openssl rand -base64 24`)",
  }),
  /** Resend webhook signing secret (whsec_…); the webhook route is off (404) without it. */
  RESEND_WEBHOOK_SECRET: optional,
  /** The in-process digest tick: auto = on for the embedded database only. */
  RAPPORT_DIGEST_TICK: z.enum(["auto", "true", "false"]).default("auto"),
  RAPPORT_DIGEST_TICK_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  /** Resend's per-team request limit; the sender paces its batch calls to stay under it. */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().max(100).default(2),
  AUTH_URL: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: "AUTH_URL must be like https://rapport.example.com",
  }),
  PORT: z.coerce.number().int().positive().default(3000),
  // `npm run digest --dry-run` (without `--`) hands the flags to npm, which passes them on as these.
  npm_config_dry_run: z.string().optional(),
  npm_config_week: z.string().optional(),
});

export type JobsEnv = z.infer<typeof schema>;

/** The jobs package's configuration; the only place it reads process.env. Read per call so tests can vary it. */
export function jobsEnv(source: NodeJS.ProcessEnv = process.env): JobsEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid digest configuration: ${problems}`);
  }
  return parsed.data;
}

/** Where links in digests point: AUTH_URL when set (production), else the local server. */
export function digestAppUrl(env: JobsEnv = jobsEnv()): string {
  return env.AUTH_URL ? new URL(env.AUTH_URL).origin : `http://localhost:${env.PORT}`;
}
