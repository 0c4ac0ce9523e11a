"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";

function text(formData: FormData, key: string): string {
  return String(formData.get(key) ?? "").trim();
}
function whole(formData: FormData, key: string): number {
  const raw = text(formData, key);
  return raw === "" ? Number.NaN : Number(raw);
}

/** The goal fields of the create and edit forms. */
function goalFields(formData: FormData) {
  return {
    title: text(formData, "title"),
    why: text(formData, "why"),
    category: text(formData, "category") as "custom",
    metric: text(formData, "metric") as "manual",
    target: whole(formData, "target"),
    startDate: text(formData, "startDate"),
    dueDate: text(formData, "dueDate"),
    visibility: text(formData, "visibility") === "team" ? ("team" as const) : ("private" as const),
  };
}

export async function createGoalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let goalId = "";
  const state = await formAction(async () => {
    const goal = await (await api()).goals.create({
      ...goalFields(formData),
      templateId: text(formData, "templateId") || null,
      steps: formData
        .getAll("step")
        .map((s) => String(s).trim())
        .filter(Boolean),
    });
    goalId = goal.id;
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  // The first-run ends with a first goal; it sends its own marker along.
  if (text(formData, "firstRun") === "1") await (await api()).coaching.setFirstRunStep({ step: "done" });
  redirect(`/goals/${goalId}?created=1`);
}

export async function updateGoalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const goalId = text(formData, "goalId");
  const state = await formAction(async () => {
    await (await api()).goals.update({ goalId, ...goalFields(formData) });
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  redirect(`/goals/${goalId}`);
}

export async function setGoalStatusAction(formData: FormData): Promise<void> {
  const goalId = text(formData, "goalId");
  const status = text(formData, "status") as "active" | "completed" | "archived";
  await (await api()).goals.setStatus({ goalId, status });
  revalidatePath("/goals");
  revalidatePath(`/goals/${goalId}`);
}

export async function addStepAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const goalId = text(formData, "goalId");
  const state = await formAction(async () => {
    await (await api()).goals.addStep({
      goalId,
      title: text(formData, "title"),
      dueDate: text(formData, "dueDate") || null,
    });
    return "Step added.";
  });
  if (state.ok) revalidatePath(`/goals/${goalId}`);
  return state;
}

export async function stepAction(formData: FormData): Promise<void> {
  const goalId = text(formData, "goalId");
  const stepId = text(formData, "stepId");
  const caller = await api();
  const intent = text(formData, "intent");
  if (intent === "done" || intent === "undo")
    await caller.goals.setStepDone({ stepId, done: intent === "done" });
  else if (intent === "up" || intent === "down") await caller.goals.moveStep({ stepId, direction: intent });
  else if (intent === "remove") await caller.goals.removeStep({ stepId });
  revalidatePath(`/goals/${goalId}`);
}

export async function checkInAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const goalId = text(formData, "goalId");
  const teamGoalId = text(formData, "teamGoalId");
  const amount = whole(formData, "amount");
  const note = text(formData, "note");
  const state = await formAction(async () => {
    const caller = await api();
    if (teamGoalId) await caller.teamGoals.checkIn({ teamGoalId, amount, note });
    else await caller.goals.checkIn({ goalId, amount, note });
    return "Checked in. Nice work.";
  });
  if (state.ok) {
    revalidatePath("/goals");
    revalidatePath(teamGoalId ? `/goals/team/${teamGoalId}` : `/goals/${goalId}`);
  }
  return state;
}

export async function removeCheckInAction(formData: FormData): Promise<void> {
  const goalId = text(formData, "goalId");
  await (await api()).goals.removeCheckIn({ checkInId: text(formData, "checkInId") });
  revalidatePath(`/goals/${goalId}`);
}

/** The fields of the team goal form. */
function teamGoalFields(formData: FormData) {
  return {
    teamId: text(formData, "teamId"),
    title: text(formData, "title"),
    why: text(formData, "why"),
    metric: text(formData, "metric") as "manual",
    perMemberTarget: whole(formData, "perMemberTarget"),
    startDate: text(formData, "startDate"),
    dueDate: text(formData, "dueDate"),
  };
}

export async function createTeamGoalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id = "";
  const state = await formAction(async () => {
    const goal = await (await api()).teamGoals.create(teamGoalFields(formData));
    id = goal.id;
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  redirect(`/goals/team/${id}`);
}

export async function updateTeamGoalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const teamGoalId = text(formData, "teamGoalId");
  const state = await formAction(async () => {
    await (await api()).teamGoals.update({ ...teamGoalFields(formData), teamGoalId });
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  revalidatePath(`/goals/team/${teamGoalId}`);
  redirect(`/goals/team/${teamGoalId}`);
}

export async function setTeamGoalStatusAction(formData: FormData): Promise<void> {
  const teamGoalId = text(formData, "teamGoalId");
  await (await api()).teamGoals.setStatus({
    teamId: text(formData, "teamId"),
    teamGoalId,
    status: text(formData, "status") as "active" | "completed" | "archived",
  });
  revalidatePath("/goals");
  revalidatePath(`/goals/team/${teamGoalId}`);
}

/** Deletes one of my goals with its plan and check-ins, then goes back to the list. */
export async function deleteGoalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    await (await api()).goals.remove({ goalId: text(formData, "goalId") });
  });
  if (!state.ok) return state;
  revalidatePath("/goals");
  redirect("/goals");
}
