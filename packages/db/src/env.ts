import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must start with postgres:// or postgresql://",
    }),
  RAPPORT_DATA_DIR: z.string().trim().optional(),
  RAPPORT_SEED_DEMO: z.enum(["auto", "true", "false"]).default("auto"),
});

export type DbEnv = z.infer<typeof schema>;

/** Read once per call so tests can change the environment; the only place this package reads process.env. */
export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid database configuration: ${problems}`);
  }
  return parsed.data;
}

/** npm sets INIT_CWD to where the command was typed; relative paths are taken from there. */
export function invocationDir(source: NodeJS.ProcessEnv = process.env): string {
  return source.INIT_CWD ?? process.cwd();
}
