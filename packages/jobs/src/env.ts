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
  /**
   * Job workers inside the web server: auto = on for the embedded database only (on Postgres, run
   * `npm run worker` processes instead); true = also on Postgres; false = never.
   */
  RAPPORT_WORKER: z.enum(["auto", "true", "false"]).default("auto"),
  /** Calendar URLs teams follow are re-read in the background unless this is false. */
  RAPPORT_CALENDAR_REFRESH: z.enum(["true", "false"]).default("true"),
  /** Seconds a worker gives running jobs to finish after SIGTERM before it exits. */
  RAPPORT_WORKER_STOP_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** `npm run worker` answers GET /live and /ready on this port when set. */
  RAPPORT_WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Resend's per-team request limit; every sender of the deployment shares it (kept in the database). */
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

/** Whether the web server runs the job workers itself: by default only on the embedded database. */
export function workersInWebServer(engine: "pglite" | "postgres", env: JobsEnv = jobsEnv()): boolean {
  return env.RAPPORT_WORKER === "true" || (env.RAPPORT_WORKER === "auto" && engine === "pglite");
}
