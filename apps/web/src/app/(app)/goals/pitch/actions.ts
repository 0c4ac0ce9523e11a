"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, api, formAction } from "~/server/api";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "").trim();

export async function savePitchAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).coaching.savePitch({
      introduction: text(formData, "introduction"),
      strengths: text(formData, "strengths"),
      lookingFor: text(formData, "lookingFor"),
      talkingPoints: text(formData, "talkingPoints")
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    });
    return "Saved. Say it out loud once before your next event.";
  });
  if (state.ok) revalidatePath("/goals/pitch");
  return state;
}

export async function saveTimeBlockAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).coaching.saveTimeBlock({
      days: formData.getAll("days").map(String) as ["MO"],
      startTime: text(formData, "startTime"),
      durationMinutes: Number(text(formData, "durationMinutes")),
      timeZone: text(formData, "timeZone"),
      startDate: text(formData, "startDate"),
    });
    return "Saved. Add it to your calendar so it is protected like a meeting.";
  });
  if (state.ok) revalidatePath("/goals/pitch");
  return state;
}
