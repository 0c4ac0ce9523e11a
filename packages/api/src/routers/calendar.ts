import {
  addCalendarSource,
  describeImport,
  getCalendarSource,
  getEvent,
  importCalendarEvents,
  issueCalendarFeed,
  listCalendarFeeds,
  listCalendarSources,
  organisationTimeZone,
  removeCalendarSource,
  revokeCalendarFeed,
} from "@rapport/db";
import { invalid } from "@rapport/domain";
import { calendarFetchPolicy, checkFetchUrl } from "@rapport/domain/network";
import { z } from "zod";
import { eventDocument } from "../calendar/feeds";
import { parseForImport, readCalendarSource } from "../calendar/read-source";
import { defaultCalendarFetcher } from "../calendar/safe-fetch";
import { createRouter, orgMemberProcedure } from "../trpc";
import { calendarUrlInput, id } from "../validation";

const limitText = `${calendarFetchPolicy.maxBytes / 1024 / 1024} MB`;

export const calendarRouter = createRouter({
  /**
   * Imports an uploaded .ics file into a team: every valid event is added or updated (matched by UID), each
   * problem is listed with its line, and nothing is written if the write fails part-way.
   */
  importFile: orgMemberProcedure
    .meta({ access: "orgMember", fileFields: ["content"] })
    .input(
      z.object({
        teamId: id,
        content: z.string().min(1, "Choose an .ics file to import."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const bytes = Buffer.byteLength(input.content, "utf8");
      if (bytes > calendarFetchPolicy.maxBytes) {
        throw invalid(
          `That file is ${(bytes / 1024 / 1024).toFixed(1)} MB; calendar files can be at most ${limitText}.`,
          "file",
        );
      }
      if (!/BEGIN:VCALENDAR/i.test(input.content)) {
        throw invalid("That file is not an iCalendar (.ics) file.", "file");
      }
      const zone = await organisationTimeZone(ctx.db, ctx.scope.organisationId);
      const parsed = parseForImport(input.content, new Date(), zone);
      const summary = await importCalendarEvents(ctx.db, ctx.scope, {
        teamId: input.teamId,
        events: parsed.events,
        problems: parsed.problems,
      });
      return { ...summary, message: describeImport(summary), calendarName: parsed.name };
    }),

  /** Calendar URLs my teams import from. */
  sources: orgMemberProcedure.query(({ ctx }) => listCalendarSources(ctx.db, ctx.scope)),

  /** Adds a calendar URL (http, https or webcal) and reads it straight away. */
  addSource: orgMemberProcedure
    .input(z.object({ teamId: id, url: calendarUrlInput }))
    .mutation(async ({ ctx, input }) => {
      const check = checkFetchUrl(input.url);
      if (!check.ok) throw invalid(`${check.reason}.`, "url");
      const source = await addCalendarSource(ctx.db, ctx.scope, { teamId: input.teamId, url: check.url });
      return readCalendarSource(ctx.db, source, ctx.calendarFetcher ?? defaultCalendarFetcher);
    }),

  /** Reads a source again now. A failure is recorded on the source and returned, not thrown. */
  refreshSource: orgMemberProcedure.input(z.object({ sourceId: id })).mutation(async ({ ctx, input }) => {
    const source = await getCalendarSource(ctx.db, ctx.scope, input.sourceId);
    return readCalendarSource(ctx.db, source, ctx.calendarFetcher ?? defaultCalendarFetcher);
  }),

  removeSource: orgMemberProcedure
    .input(z.object({ sourceId: id }))
    .mutation(({ ctx, input }) => removeCalendarSource(ctx.db, ctx.scope, input.sourceId)),

  /** My subscription links (which exist, not their secret part). */
  feeds: orgMemberProcedure.query(({ ctx }) => listCalendarFeeds(ctx.db, ctx.scope)),

  /** A new secret link to a feed; any earlier link to the same feed stops working. Shown once. */
  issueFeed: orgMemberProcedure
    .input(
      z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("team"), teamId: id }),
        z.object({ kind: z.literal("mine") }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const { feed, token } = await issueCalendarFeed(ctx.db, ctx.scope, input);
      return { feedId: feed.id, url: `${ctx.appUrl}/api/calendar/feed/${token}.ics` };
    }),

  revokeFeed: orgMemberProcedure
    .input(z.object({ feedId: id }))
    .mutation(({ ctx, input }) => revokeCalendarFeed(ctx.db, ctx.scope, input.feedId)),

  /** One event as an .ics file for "add to calendar". */
  eventFile: orgMemberProcedure.input(z.object({ eventId: id })).query(async ({ ctx, input }) => {
    const { event } = await getEvent(ctx.db, ctx.scope, input.eventId);
    return eventDocument(event);
  }),
});
