"use server";

import { ASSESSMENT_STATEMENTS } from "@rapport/domain/barriers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";

export async function submitAssessmentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const answers: Record<string, number> = {};
  for (const s of ASSESSMENT_STATEMENTS) {
    const value = Number(formData.get(s.id));
    if (Number.isInteger(value) && value >= 1 && value <= 5) answers[s.id] = value;
  }
  const missing = ASSESSMENT_STATEMENTS.length - Object.keys(answers).length;
  if (missing > 0)
    return {
      ok: false,
      message: `${missing === 1 ? "One statement has" : `${missing} statements have`} no answer yet. Pick the choice closest to how you feel; there are no wrong answers.`,
    };
  const state = await formAction(async () => {
    await (await api()).assessment.submit({ answers });
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  revalidatePath("/assessment");
  const firstRun = String(formData.get("firstRun") ?? "") === "1";
  if (firstRun) {
    await (await api()).coaching.setFirstRunStep({ step: "suggestions" });
    redirect("/start");
  }
  redirect("/assessment?saved=1");
}
