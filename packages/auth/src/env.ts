import { parseTrustedProxies } from "@rapport/domain/security";
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z
  .object({
    AUTH_SECRET: optional.refine((v) => v === undefined || v.length >= 32, {
      message: "AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)",
    }),
    AUTH_OIDC_ISSUER: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), {
      message: "AUTH_OIDC_ISSUER must be the issuer URL, e.g. https://login.example.com",
    }),
    AUTH_OIDC_CLIENT_ID: optional,
    AUTH_OIDC_CLIENT_SECRET: optional,
    AUTH_OIDC_NAME: z.string().trim().default("Company SSO"),
    MAGIC_LINK_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(30),
    RAPPORT_DEMO_SIGN_IN: z.enum(["auto", "true", "false"]).default("auto"),
    /** The public origin links in emails point at. */
    AUTH_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^/\s]+/i.test(v), {
      message: "AUTH_URL must be the public origin, e.g. https://rapport.example.com",
    }),
    /** The port this server listens on (Next.js sets it at start). */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    /** Proxies in front of the app whose X-Forwarded-For may be believed: a number of hops, or CIDRs. */
    TRUSTED_PROXIES: optional.superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message:
          "company SSO needs all three of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET",
      });
    }
  });

export type AuthEnv = z.infer<typeof schema>;

export function readAuthEnv(source: NodeJS.ProcessEnv = process.env): AuthEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid sign-in configuration: ${problems}`);
  }
  return parsed.data;
}

export function ssoConfigured(env: AuthEnv): boolean {
  return Boolean(env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET);
}
