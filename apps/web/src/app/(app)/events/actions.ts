"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, api, formAction } from "~/server/api";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function eventForm(formData: FormData) {
  const allDay = formData.get("allDay") === "on";
  return {
    title: text(formData, "title"),
    kind: text(formData, "kind") as "conference" | "meetup" | "online_community" | "internal" | "other",
    allDay,
    startDate: text(formData, "startDate"),
    startTime: allDay ? undefined : text(formData, "startTime") || undefined,
    endDate: text(formData, "endDate") || text(formData, "startDate"),
    endTime: allDay ? undefined : text(formData, "endTime") || undefined,
    timeZone: text(formData, "timeZone"),
    venue: text(formData, "venue"),
    onlineUrl: text(formData, "onlineUrl"),
    organiserUrl: text(formData, "organiserUrl"),
    tags: text(formData, "tags")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    cost: text(formData, "cost"),
    description: text(formData, "description"),
  };
}

export interface EventActionState extends ActionState {
  eventId?: string;
}

export async function saveEventAction(_: EventActionState, formData: FormData): Promise<EventActionState> {
  const eventId = text(formData, "eventId");
  let savedId = eventId;
  const state = await formAction(async () => {
    const caller = await api();
    if (eventId) {
      await caller.events.update({ eventId, ...eventForm(formData) });
    } else {
      const created = await caller.events.create({
        teamId: text(formData, "teamId"),
        ...eventForm(formData),
      });
      savedId = created.id;
    }
  });
  if (!state.ok) return state;
  revalidatePath("/events", "layout");
  redirect(`/events/${savedId}?saved=1`);
}

export async function cancelEventAction(formData: FormData): Promise<void> {
  const eventId = text(formData, "eventId");
  await (await api()).events.cancel({ eventId });
  revalidatePath("/events", "layout");
  redirect(`/events/${eventId}`);
}

export async function rsvpAction(formData: FormData): Promise<void> {
  const eventId = text(formData, "eventId");
  const status = text(formData, "status") as "interested" | "going" | "attended" | "none";
  await (await api()).events.rsvp({ eventId, status });
  revalidatePath("/events", "layout");
}

export interface ImportState extends ActionState {
  problems?: { line: number; message: string }[];
}

export async function importFileAction(_: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  const teamId = text(formData, "teamId");
  if (!(file instanceof File) || file.size === 0) {
    return {
      ok: false,
      message: "Choose an .ics file to import.",
      fieldErrors: { file: ["Choose an .ics file."] },
    };
  }
  const limit = 5 * 1024 * 1024;
  if (file.size > limit) {
    const message = `That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; calendar files can be at most 5 MB.`;
    return { ok: false, message, fieldErrors: { file: [message] } };
  }
  let problems: ImportState["problems"] = [];
  const state = await formAction(async () => {
    const result = await (await api()).calendar.importFile({ teamId, content: await file.text() });
    problems = result.problems;
    return `Imported ${file.name}: ${result.message}`;
  });
  if (state.ok) revalidatePath("/events", "layout");
  return { ...state, problems };
}

export async function addSourceAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await formAction(async () => {
    const result = await (await api()).calendar.addSource({
      teamId: text(formData, "teamId"),
      url: text(formData, "url"),
    });
    return result.ok
      ? `Calendar added: ${result.message}`
      : `Calendar added, but it could not be read yet: ${result.message}`;
  });
  if (state.ok) revalidatePath("/events", "layout");
  return state;
}

export async function refreshSourceAction(formData: FormData): Promise<void> {
  await (await api()).calendar.refreshSource({ sourceId: text(formData, "sourceId") });
  revalidatePath("/events", "layout");
}

export async function removeSourceAction(formData: FormData): Promise<void> {
  await (await api()).calendar.removeSource({ sourceId: text(formData, "sourceId") });
  revalidatePath("/events", "layout");
}

export interface FeedState extends ActionState {
  url?: string;
  feedKey?: string;
}

export async function issueFeedAction(_: FeedState, formData: FormData): Promise<FeedState> {
  const teamId = text(formData, "teamId");
  let url: string | undefined;
  const state = await formAction(async () => {
    const caller = await api();
    const issued = teamId
      ? await caller.calendar.issueFeed({ kind: "team", teamId })
      : await caller.calendar.issueFeed({ kind: "mine" });
    url = issued.url;
    return "Copy this link into your calendar app now; for your safety it is shown only once.";
  });
  revalidatePath("/events/calendars");
  return { ...state, url, feedKey: teamId || "mine" };
}

export async function revokeFeedAction(formData: FormData): Promise<void> {
  await (await api()).calendar.revokeFeed({ feedId: text(formData, "feedId") });
  revalidatePath("/events/calendars");
}
