"use server";

import { resolveAuthSecret } from "@rapport/auth";
import { getDatabase } from "@rapport/db";
import { handleUnsubscribe } from "@rapport/jobs";
import { revalidatePath } from "next/cache";

export async function setSubscriptionAction(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const action = formData.get("action") === "resubscribe" ? "resubscribe" : "unsubscribe";
  const { db } = await getDatabase();
  await handleUnsubscribe(db, await resolveAuthSecret(db), token, action);
  revalidatePath(`/unsubscribe/${token}`);
}
