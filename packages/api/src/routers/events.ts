import {
  cancelEvent,
  createEvent,
  type EventFields,
  getEvent,
  listEvents,
  listEventTags,
  setRsvp,
  updateEvent,
} from "@rapport/db";
import { invalid } from "@rapport/domain";
import {
  allowedRsvps,
  eventPhase,
  FOLLOW_UP_CHECKLIST,
  normaliseTags,
  startersForEvent,
} from "@rapport/domain/events";
import { safeWebUrl } from "@rapport/domain/network";
import { addDays, zonedTimeToUtc } from "@rapport/domain/time";
import { z } from "zod";
import { createRouter, orgMemberProcedure } from "../trpc";
import { eventCreateInput, type eventFieldsInput, eventListInput, eventUpdateInput, id } from "../validation";

type EventForm = z.infer<typeof eventFieldsInput>;

function atLocal(date: string, time: string, zone: string): Date {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return zonedTimeToUtc({ year, month, day, hour, minute }, zone);
}

/** Wall-clock form values to instants; an all-day event runs from the first day's midnight to the day after the last. */
function eventFieldsFrom(form: EventForm): EventFields {
  let startsAt: Date;
  let endsAt: Date;
  if (form.allDay) {
    if (form.endDate < form.startDate) throw invalid("The last day cannot be before the first.", "endDate");
    startsAt = atLocal(form.startDate, "00:00", form.timeZone);
    endsAt = atLocal(addDays(form.endDate, 1), "00:00", form.timeZone);
  } else {
    if (!form.startTime) throw invalid("Choose a start time, or make it an all-day event.", "startTime");
    if (!form.endTime) throw invalid("Choose an end time.", "endTime");
    startsAt = atLocal(form.startDate, form.startTime, form.timeZone);
    endsAt = atLocal(form.endDate, form.endTime, form.timeZone);
    if (endsAt <= startsAt) throw invalid("The event must end after it starts.", "endTime");
  }
  return {
    title: form.title,
    description: form.description,
    startsAt,
    endsAt,
    allDay: form.allDay,
    timeZone: form.timeZone,
    venue: form.venue,
    onlineUrl: form.onlineUrl,
    organiserUrl: form.organiserUrl,
    kind: form.kind,
    tags: normaliseTags(form.tags),
    cost: form.cost,
  };
}

/** Stored links as pages may show them: http(s) only, whatever an old import or a hand edit left. */
function withSafeLinks<T extends { onlineUrl: string | null; organiserUrl: string | null }>(event: T): T {
  return { ...event, onlineUrl: safeWebUrl(event.onlineUrl), organiserUrl: safeWebUrl(event.organiserUrl) };
}

export const eventsRouter = createRouter({
  /** The team events I can see, with who is going; filters by view, team, kind, tag and words. */
  list: orgMemberProcedure.input(eventListInput).query(async ({ ctx, input }) => ({
    events: (await listEvents(ctx.db, ctx.scope, input)).map(withSafeLinks),
    tags: await listEventTags(ctx.db, ctx.scope),
  })),

  /** One event with everyone's answers, the prep card before it and the follow-through after it. */
  get: orgMemberProcedure.input(z.object({ eventId: id })).query(async ({ ctx, input }) => {
    const found = await getEvent(ctx.db, ctx.scope, input.eventId);
    const phase = eventPhase(found.event, new Date());
    return {
      ...found,
      event: withSafeLinks(found.event),
      phase,
      allowedRsvps: found.event.status === "cancelled" ? [] : allowedRsvps(phase),
      starters: startersForEvent(found.event.id),
      followUpChecklist: FOLLOW_UP_CHECKLIST,
    };
  }),

  create: orgMemberProcedure
    .input(eventCreateInput)
    .mutation(({ ctx, input }) =>
      createEvent(ctx.db, ctx.scope, { ...eventFieldsFrom(input), teamId: input.teamId }),
    ),

  update: orgMemberProcedure
    .input(eventUpdateInput)
    .mutation(({ ctx, input }) => updateEvent(ctx.db, ctx.scope, input.eventId, eventFieldsFrom(input))),

  cancel: orgMemberProcedure
    .input(z.object({ eventId: id }))
    .mutation(({ ctx, input }) => cancelEvent(ctx.db, ctx.scope, input.eventId)),

  /** Interested, going, or attended; `none` takes my answer back. */
  rsvp: orgMemberProcedure
    .input(
      z.object({
        eventId: id,
        status: z.enum(["interested", "going", "attended", "none"], { message: "Choose an answer." }),
      }),
    )
    .mutation(({ ctx, input }) =>
      setRsvp(ctx.db, ctx.scope, input.eventId, input.status === "none" ? null : input.status),
    ),
});
