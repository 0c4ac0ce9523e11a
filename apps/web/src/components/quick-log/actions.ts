"use server";

import { revalidatePath } from "next/cache";
import { api, formAction } from "~/server/api";
import type { QuickLogEntry, QuickLogResult } from "./entry";

/**
 * Saves one quick-log entry. The entry's id was chosen in the browser, so an entry sent again (after a
 * lost answer, or from the offline queue) saves one person. A refusal comes back as a result, never a
 * throw: a throw means the request itself did not get through, and the entry stays queued.
 */
export async function quickLogAction(entry: QuickLogEntry): Promise<QuickLogResult> {
  let saved: { id: string; name: string } | undefined;
  const state = await formAction(async () => {
    saved = await (await api()).contacts.create({
      clientId: entry.clientId,
      name: entry.name,
      metWhere: entry.metWhere,
      metEventId: entry.metEventId,
      metOn: entry.metOn,
      notes: entry.notes,
      company: entry.company,
      role: entry.role,
      email: entry.email,
      phone: entry.phone,
      linkedinUrl: entry.linkedinUrl,
      proposeFollowUp: true,
    });
  });
  if (!state.ok || !saved) return { ok: false, message: state.message, fieldErrors: state.fieldErrors };
  revalidatePath("/people");
  revalidatePath("/follow-ups");
  return { ok: true, id: saved.id, name: saved.name };
}

/** Events the person could have just met someone at: what is on now or next, soonest first. */
export async function quickLogEventsAction(): Promise<{ id: string; title: string }[]> {
  const { events } = await (await api()).events.list({ view: "upcoming" });
  return events
    .filter((e) => e.status !== "cancelled")
    .slice(0, 8)
    .map((e) => ({ id: e.id, title: e.title }));
}
