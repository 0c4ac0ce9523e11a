import { type Database, resolveAppSecret } from "@rapport/db";
import { emailEnv } from "@rapport/email";
import { digestAppUrl } from "./env";
import type { RenderContext } from "./render-digest";

/** Links, signing secret and sender for digests, as this process is configured. */
export async function renderContextFromEnv(db: Database): Promise<RenderContext> {
  return { appUrl: digestAppUrl(), secret: await resolveAppSecret(db), from: emailEnv().EMAIL_FROM };
}
