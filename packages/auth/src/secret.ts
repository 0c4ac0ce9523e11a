import { type Database, installationSecret } from "@rapport/db";
import { readAuthEnv } from "./env";

/** AUTH_SECRET when set; otherwise one generated for this installation and kept in its database. */
export async function resolveAuthSecret(db: Database): Promise<string> {
  return readAuthEnv().AUTH_SECRET ?? (await installationSecret(db, "auth_secret"));
}
