"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { api } from "~/server/api";

export interface BulkInviteRequest {
  text: string;
  teamId: string;
  teamRole: string;
  orgRole: string;
}

function inputOf(request: BulkInviteRequest) {
  return {
    text: String(request.text ?? ""),
    teamId: request.teamId || undefined,
    orgRole: request.orgRole === "admin" ? ("admin" as const) : ("member" as const),
    teamRole: request.teamRole === "manager" ? ("manager" as const) : ("employee" as const),
  };
}

/** The API's reason in words a person can act on (validation messages come from its zod schema). */
function messageOf(error: unknown): string {
  if (error instanceof TRPCError) {
    const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
    return issues?.[0]?.message ?? error.message;
  }
  throw error;
}

export async function previewBulkInviteAction(request: BulkInviteRequest) {
  try {
    return { ok: true as const, ...(await (await api()).invitations.previewBulk(inputOf(request))) };
  } catch (error) {
    return { ok: false as const, message: messageOf(error) };
  }
}

export async function sendBulkInviteAction(request: BulkInviteRequest) {
  try {
    const result = await (await api()).invitations.createBulk(inputOf(request));
    revalidatePath("/settings/organisation");
    return { ok: true as const, ...result };
  } catch (error) {
    return { ok: false as const, message: messageOf(error) };
  }
}
