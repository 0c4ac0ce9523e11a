"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { topicsFrom } from "~/components/intros/labels";
import { type ActionState, api, formAction } from "~/server/api";

function text(formData: FormData, key: string): string {
  return String(formData.get(key) ?? "").trim();
}

function refreshIntros() {
  revalidatePath("/intros");
  revalidatePath("/intros/manage");
  revalidatePath("/today");
}

/** My own part in a programme: in or out, away until a date, my private lists. */
export async function saveParticipationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const joined = text(formData, "joined") === "yes";
    await (await api()).intros.setParticipation({
      programmeId: text(formData, "programmeId"),
      joined,
      awayUntil: text(formData, "awayUntil") || null,
      doNotPair: formData.getAll("doNotPair").map(String),
      interests: topicsFrom(text(formData, "interests")),
      offers: topicsFrom(text(formData, "offers")),
    });
    return joined ? "Saved. You're in." : "Saved. You're not taking part.";
  });
  if (state.ok) refreshIntros();
  return state;
}

export interface ColleagueChoice {
  userId: string;
  name: string;
  teams: string[];
}

/** Names matching what was typed, for the private don't-pair list (names and teams only). */
export async function findColleaguesAction(
  programmeId: string,
  q: string,
): Promise<{ ok: true; matches: ColleagueChoice[] } | { ok: false; message: string }> {
  try {
    const found = await (await api()).intros.colleagues({
      programmeId: String(programmeId),
      q: String(q),
      ids: [],
    });
    return { ok: true, matches: found.matches };
  } catch (error) {
    if (error instanceof TRPCError) {
      const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
      return { ok: false, message: issues?.[0]?.message ?? error.message };
    }
    throw error;
  }
}

function programmeFields(formData: FormData) {
  const scope = text(formData, "scope");
  return {
    name: text(formData, "name"),
    teamIds: scope === "teams" ? formData.getAll("teamIds").map(String) : [],
    mode: text(formData, "mode") === "within-team" ? ("within-team" as const) : ("cross-team" as const),
    groupSize: text(formData, "groupSize") === "3" ? (3 as const) : (2 as const),
    cadenceWeeks: (Number(text(formData, "cadenceWeeks")) || 2) as 1 | 2 | 4,
    weekday: Number(text(formData, "weekday")) || 0,
    active: text(formData, "active") !== "no",
  };
}

/** Create or change a programme; a new one opens its page. */
export async function saveProgrammeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const programmeId = text(formData, "programmeId") || undefined;
  const fields = programmeFields(formData);
  if (text(formData, "scope") === "teams" && fields.teamIds.length === 0) {
    const message = "Choose at least one team, or the whole organisation.";
    return {
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: { teamIds: [message] },
    };
  }
  let created: string | undefined;
  const state = await formAction(async () => {
    const saved = await (await api()).intros.save({ ...fields, programmeId });
    if (!programmeId) created = saved.id;
    return "Saved.";
  });
  if (!state.ok) return state;
  refreshIntros();
  if (created) redirect(`/intros/manage?created=${encodeURIComponent(created)}`);
  return state;
}

/** Pause or resume: the programme's other settings stay as they are. */
export async function setProgrammeActiveAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const caller = await api();
    const programmeId = text(formData, "programmeId");
    const { programmes } = await caller.intros.managed();
    const p = programmes.find((x) => x.id === programmeId);
    if (!p) throw new TRPCError({ code: "NOT_FOUND", message: "That programme is not one you manage." });
    const active = text(formData, "active") === "yes";
    await caller.intros.save({
      programmeId,
      name: p.name,
      teamIds: p.teamIds,
      mode: p.mode,
      groupSize: p.groupSize === 3 ? 3 : 2,
      cadenceWeeks: (p.cadenceWeeks as 1 | 2 | 4) ?? 2,
      weekday: p.weekday,
      active,
    });
    return active ? `${p.name} is running again.` : `${p.name} is paused. No rounds until you resume it.`;
  });
  if (state.ok) refreshIntros();
  return state;
}

/** Today's round now (at most one a day); emails still go at 10:00 in each person's zone. */
export async function runNowAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const result = await (await api()).intros.runNow({ programmeId: text(formData, "programmeId") });
    if (!result.created) return "Today's round was already made; there is one a day at most.";
    if (result.groups === 0)
      return "Round made, but fewer than two people have joined, so nobody was paired.";
    return `Round made: ${result.groups} ${result.groups === 1 ? "group" : "groups"}. Each intro email goes out at 10:00 in the person's own time zone.`;
  });
  if (state.ok) refreshIntros();
  return state;
}

/** "Did you meet?" from Today; the answer is the person's own, for their own group. */
export async function checkInIntroAction(
  groupId: string,
  answer: "met" | "not_yet" | "could_not",
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  try {
    await (await api()).intros.checkIn({
      groupId: String(groupId),
      answer: answer === "met" || answer === "not_yet" ? answer : "could_not",
    });
    refreshIntros();
    return {
      ok: true,
      message:
        answer === "met"
          ? "Lovely, glad you met. It counts toward your goals."
          : answer === "not_yet"
            ? "No rush. It stays on Today."
            : "That's fine. See you in the next round.",
    };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, message: error.message };
    throw error;
  }
}
