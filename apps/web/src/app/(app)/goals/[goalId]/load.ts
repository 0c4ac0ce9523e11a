import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import type { api } from "~/server/api";

/** A goal for a page; one the person may not read shows the ordinary 404, revealing nothing. */
export async function loadGoal(caller: Awaited<ReturnType<typeof api>>, goalId: string) {
  try {
    return await caller.goals.get({ goalId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
