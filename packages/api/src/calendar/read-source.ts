// Reading a team's calendar URL: fetch safely, parse, write all or nothing, and record how it went.

import type { Database } from "@rapport/db";
import {
  calendarSourceById,
  describeImport,
  type ImportSummary,
  organisationTimeZone,
  recordSourceRead,
  staleCalendarSources,
  writeImportedEvents,
} from "@rapport/db";
import { parseCalendar } from "@rapport/domain/calendar";
import { isValidTimeZone } from "@rapport/domain/time";
import type { CalendarFetcher } from "./safe-fetch";

/** Recurring events are expanded from 90 days back to a year ahead. */
export function importWindow(now: Date) {
  return { from: new Date(now.getTime() - 90 * 86_400_000), to: new Date(now.getTime() + 366 * 86_400_000) };
}

/**
 * Reads a calendar file for import. Times with no zone (floating) or with a zone we cannot place are read
 * in `timeZone`, the organisation's own; a stored zone the runtime does not know falls back to UTC.
 */
export function parseForImport(text: string, now: Date, timeZone: string) {
  const defaultTimeZone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  return parseCalendar(text, { window: importWindow(now), defaultTimeZone });
}

export interface SourceRow {
  id: string;
  organisationId: string;
  teamId: string;
  url: string;
  addedBy: string | null;
}

export type SourceReadResult =
  | { ok: true; summary: ImportSummary; message: string }
  | { ok: false; message: string };

export async function readCalendarSource(
  db: Database,
  source: SourceRow,
  fetcher: CalendarFetcher,
  now = new Date(),
): Promise<SourceReadResult> {
  const fetched = await fetcher(source.url);
  if (!fetched.ok) {
    await recordSourceRead(db, source.id, { ok: false, message: `${fetched.reason}.` }, now);
    return { ok: false, message: `${fetched.reason}.` };
  }
  const parsed = parseForImport(fetched.body, now, await organisationTimeZone(db, source.organisationId));
  if (parsed.events.length === 0 && !/BEGIN:VCALENDAR/i.test(fetched.body)) {
    const message = "That address did not return a calendar (.ics). Check it is the calendar's feed URL.";
    await recordSourceRead(db, source.id, { ok: false, message }, now);
    return { ok: false, message };
  }
  const summary = await writeImportedEvents(
    db,
    {
      organisationId: source.organisationId,
      teamId: source.teamId,
      sourceId: source.id,
      importedBy: source.addedBy,
    },
    parsed.events,
    parsed.problems,
  );
  const message = describeImport(summary);
  await recordSourceRead(db, source.id, { ok: true, message, name: parsed.name }, now);
  return { ok: true, summary, message };
}

/** Sources go stale after six hours; each periodic pass reads a few, one at a time. */
const SOURCE_STALE_MS = 6 * 3_600_000;

export async function refreshStaleSources(
  db: Database,
  fetcher: CalendarFetcher,
  options: { now?: Date; limit?: number } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const stale = await staleCalendarSources(db, new Date(now.getTime() - SOURCE_STALE_MS), options.limit ?? 5);
  for (const source of stale) {
    try {
      await readCalendarSource(db, source, fetcher, now);
    } catch (error) {
      // One broken source must not stop the others; the next pass tries it again.
      console.error(`Calendar source ${source.id} could not be read:`, error);
    }
  }
  return stale.length;
}

/**
 * The background job's read of one source (the job engine calls it; one job per source and interval).
 * A source removed since the job was queued is simply skipped.
 */
export async function readCalendarSourceById(
  db: Database,
  sourceId: string,
  now: Date,
  fetcher: CalendarFetcher,
): Promise<SourceReadResult | null> {
  const source = await calendarSourceById(db, sourceId);
  if (!source) return null;
  return readCalendarSource(db, source, fetcher, now);
}
