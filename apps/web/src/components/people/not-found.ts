import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Someone else's (or a deleted) person shows the 404 page, never an error. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
