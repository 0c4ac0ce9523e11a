import { conflict, notFound } from "@rapport/domain";
import type { CalendarProblem, ImportedEvent } from "@rapport/domain/calendar";
import { IMPORTED_EVENT_KIND, importedToFields, sameInCalendar } from "@rapport/domain/events";
import { and, asc, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../client";
import { calendarSources, events, organisations, teams } from "../schema";
import { eventAccess, requireEventTeam } from "./event-access";
import type { OrgScope } from "./scope";

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Older copies (a lower SEQUENCE than what we hold) that were left alone. */
  skipped: number;
  problems: CalendarProblem[];
}

/**
 * Writes parsed events into a team, all or nothing. Matched by UID within the team: a new UID adds an
 * event, a known one is updated only when what a calendar would show changed (and never by an older copy).
 */
export async function importCalendarEvents(
  db: Database,
  scope: OrgScope,
  input: { teamId: string; events: readonly ImportedEvent[]; problems?: CalendarProblem[] },
): Promise<ImportSummary> {
  await requireEventTeam(db, scope, input.teamId);
  return writeImportedEvents(
    db,
    { organisationId: scope.organisationId, teamId: input.teamId, sourceId: null, importedBy: scope.userId },
    input.events,
    input.problems ?? [],
  );
}

/** The write itself, for a caller that has already checked access (an upload, or a source being re-read). */
export async function writeImportedEvents(
  db: Database,
  target: { organisationId: string; teamId: string; sourceId: string | null; importedBy: string | null },
  imported: readonly ImportedEvent[],
  problems: CalendarProblem[],
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0, problems };
  if (imported.length === 0) return summary;
  return db.transaction(async (tx) => {
    // The first copy of a UID in the file counts, as a calendar app would read it.
    const byUid = new Map<string, ImportedEvent>();
    for (const item of imported) if (!byUid.has(item.uid)) byUid.set(item.uid, item);
    const unique = [...byUid.values()];
    // 1. New UIDs: insert, and let a concurrent import of the same calendar (another worker, a
    // "refresh" click) win the race without an error: the loser's row is then treated as existing.
    const created = new Set<string>();
    for (let i = 0; i < unique.length; i += 200) {
      const rows = await tx
        .insert(events)
        .values(
          unique.slice(i, i + 200).map((item) => ({
            ...importedToFields(item),
            uid: item.uid,
            organisationId: target.organisationId,
            teamId: target.teamId,
            sourceId: target.sourceId,
            createdBy: target.importedBy,
            kind: IMPORTED_EVENT_KIND,
          })),
        )
        .onConflictDoNothing({ target: [events.teamId, events.uid] })
        .returning({ uid: events.uid });
      for (const row of rows) created.add(row.uid);
    }
    summary.created = created.size;
    // 2. Known UIDs: lock the rows first (in UID order, so two imports cannot deadlock) and compare with
    // what is committed now, so a change is applied, and the sequence bumped, once.
    const known = unique.filter((item) => !created.has(item.uid));
    const current = new Map<string, typeof events.$inferSelect>();
    for (let i = 0; i < known.length; i += 500) {
      const rows = await tx
        .select()
        .from(events)
        .where(
          and(
            eq(events.teamId, target.teamId),
            inArray(
              events.uid,
              known.slice(i, i + 500).map((e) => e.uid),
            ),
          ),
        )
        .orderBy(asc(events.uid))
        .for("update");
      for (const row of rows) current.set(row.uid, row);
    }
    for (const item of known) {
      const row = current.get(item.uid);
      if (!row || (item.sequence < row.sequence && row.sourceId === null)) {
        summary.skipped += 1;
      } else if (sameInCalendar(row, item)) {
        summary.unchanged += 1;
      } else {
        const fields = importedToFields(item);
        // Our own event's zone is kept when the file only says UTC (our feed writes times in UTC).
        const timeZone = item.timeZone && item.timeZone !== "UTC" ? fields.timeZone : row.timeZone;
        await tx
          .update(events)
          .set({ ...fields, timeZone, sequence: Math.max(row.sequence + 1, item.sequence) })
          .where(eq(events.id, row.id));
        summary.updated += 1;
      }
    }
    return summary;
  });
}

/** Calendar URLs the caller's teams import from, with how the last read went. */
export async function listCalendarSources(db: Database, scope: OrgScope) {
  const access = await eventAccess(db, scope);
  if (access.teamIds.length === 0) return [];
  return db
    .select({
      id: calendarSources.id,
      teamId: calendarSources.teamId,
      teamName: teams.name,
      url: calendarSources.url,
      name: calendarSources.name,
      lastFetchedAt: calendarSources.lastFetchedAt,
      lastStatus: calendarSources.lastStatus,
      lastMessage: calendarSources.lastMessage,
    })
    .from(calendarSources)
    .innerJoin(teams, eq(teams.id, calendarSources.teamId))
    .where(
      and(
        eq(calendarSources.organisationId, scope.organisationId),
        inArray(calendarSources.teamId, access.teamIds),
      ),
    )
    .orderBy(asc(teams.name), asc(calendarSources.createdAt));
}

export async function addCalendarSource(
  db: Database,
  scope: OrgScope,
  input: { teamId: string; url: string },
) {
  await requireEventTeam(db, scope, input.teamId);
  const [source] = await db
    .insert(calendarSources)
    .values({
      organisationId: scope.organisationId,
      teamId: input.teamId,
      url: input.url,
      addedBy: scope.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!source) throw conflict("This team already imports that calendar.", "url");
  return source;
}

/** A source the caller can see; another team's or organisation's is "not found". */
export async function getCalendarSource(db: Database, scope: OrgScope, sourceId: string) {
  const [source] = await db
    .select()
    .from(calendarSources)
    .where(and(eq(calendarSources.id, sourceId), eq(calendarSources.organisationId, scope.organisationId)));
  if (!source) throw notFound("The calendar");
  const access = await eventAccess(db, scope);
  if (!access.teamIds.includes(source.teamId)) throw notFound("The calendar");
  return source;
}

/** Stops importing; events already imported stay (people may have RSVP'd to them). */
export async function removeCalendarSource(db: Database, scope: OrgScope, sourceId: string) {
  const source = await getCalendarSource(db, scope, sourceId);
  await db.delete(calendarSources).where(eq(calendarSources.id, source.id));
}

export async function recordSourceRead(
  db: Database,
  sourceId: string,
  result: { ok: boolean; message: string; name?: string | null },
  now = new Date(),
) {
  await db
    .update(calendarSources)
    .set({
      lastFetchedAt: now,
      lastStatus: result.ok ? "ok" : "error",
      lastMessage: result.message,
      ...(result.name ? { name: result.name } : {}),
    })
    .where(eq(calendarSources.id, sourceId));
}

/** One calendar source by id, for the background re-read (no tenant scope: the job names the source). */
export async function calendarSourceById(db: Database, sourceId: string) {
  const [row] = await db.select().from(calendarSources).where(eq(calendarSources.id, sourceId));
  return row ?? null;
}

/** The organisation's time zone: floating times and unknown zones in its calendars are read there. */
export async function organisationTimeZone(db: Database, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.timeZone ?? "UTC";
}

/** Sources not read since `staleBefore` (or never), oldest first: the periodic re-read works through them. */
export async function staleCalendarSources(db: Database, staleBefore: Date, limit: number) {
  return db
    .select()
    .from(calendarSources)
    .where(or(isNull(calendarSources.lastFetchedAt), lt(calendarSources.lastFetchedAt, staleBefore)))
    .orderBy(asc(calendarSources.lastFetchedAt))
    .limit(limit);
}

export function describeImport(summary: ImportSummary): string {
  const parts = [
    summary.created ? `${summary.created} added` : null,
    summary.updated ? `${summary.updated} updated` : null,
    summary.unchanged ? `${summary.unchanged} unchanged` : null,
    summary.skipped ? `${summary.skipped} older copies skipped` : null,
  ].filter(Boolean);
  const problems = summary.problems.length
    ? `; ${summary.problems.length} problem${summary.problems.length === 1 ? "" : "s"}`
    : "";
  return `${parts.length ? parts.join(", ") : "No events in the import window"}${problems}.`;
}
