import "server-only";

import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";

/** The card behind a personal link, or null when the link is off, unknown or malformed. */
export async function publicCard(token: string) {
  try {
    return await (await api()).card.public({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}
