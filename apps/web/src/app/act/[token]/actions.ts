"use server";

import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { type ActionPage, handleDigestAction } from "@rapport/jobs";
import { currentUser } from "~/server/session";

/** The confirm page's button: the only way a digest link changes anything (server actions are POSTs). */
export async function applyDigestAction(_: ActionPage | null, formData: FormData): Promise<ActionPage> {
  const token = String(formData.get("token") ?? "").slice(0, 1000);
  const { db } = await getDatabase();
  const user = await currentUser();
  return handleDigestAction(db, await resolveAuthSecret(db), token, "apply", {
    sessionUserId: user?.id ?? null,
  });
}
