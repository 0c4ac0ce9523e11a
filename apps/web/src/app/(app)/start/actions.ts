"use server";

import { redirect } from "next/navigation";
import { api } from "~/server/api";

const STEPS = ["welcome", "assessment", "suggestions", "goal", "done"] as const;

/** Moves the first-run to the step the button names. */
export async function goToStepAction(formData: FormData): Promise<void> {
  const step = STEPS.find((s) => s === formData.get("step")) ?? "welcome";
  await (await api()).coaching.setFirstRunStep({ step });
  const template = String(formData.get("template") ?? "");
  redirect(step === "goal" && template ? `/start?template=${encodeURIComponent(template)}` : "/start");
}

export async function skipFirstRunAction(): Promise<void> {
  await (await api()).coaching.skipFirstRun();
  redirect("/today");
}
