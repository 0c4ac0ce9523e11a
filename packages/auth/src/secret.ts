import { type Database, resolveAppSecret } from "@rapport/db";
import { readAuthEnv } from "./env";

/** AUTH_SECRET when set (checked with the rest of the auth settings); otherwise the installation's own. */
export async function resolveAuthSecret(db: Database): Promise<string> {
  readAuthEnv();
  return resolveAppSecret(db);
}
