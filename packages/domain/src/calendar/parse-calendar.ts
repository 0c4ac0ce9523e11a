// parseCalendar: iCalendar text (or bytes) in, plain events and a list of what could not be used out.
import { buildComponents, type Component, unescapeText, unfoldLines } from "./content-lines";
import { type EventRecord, type ReadContext, readEvent } from "./event-reader";
import { expandSeries } from "./series";
import type { CalendarProblem, ImportedEvent, ParseCalendarOptions, ParsedCalendar } from "./types";
import { collectVtimezones, resolveTzid } from "./tzid";
import { CalendarDataError } from "./values";
import { ianaZone, UTC_ZONE } from "./zones";

const DEFAULT_MAX_EVENTS = 2000;
// Days that RRULE expansion may examine per calendar: decades of daily rules for hundreds of events,
// but not the hours a crafted file could otherwise cost.
const EXPANSION_BUDGET_DAYS = 3_000_000;

function propText(component: Component, name: string): string | null {
  const prop = component.props.find((p) => p.name === name);
  const value = prop ? unescapeText(prop.value).trim() : "";
  return value === "" ? null : value;
}

function contextFor(
  calendar: Component,
  options: ParseCalendarOptions,
  problems: CalendarProblem[],
): ReadContext {
  const vtimezones = collectVtimezones(calendar);
  const declared = propText(calendar, "X-WR-TIMEZONE");
  const declaredZone = declared ? resolveTzid(declared, vtimezones) : null;
  const fallback = options.defaultTimeZone ? ianaZone(options.defaultTimeZone) : UTC_ZONE;
  if (!fallback)
    throw new RangeError(`defaultTimeZone "${options.defaultTimeZone}" is not a known IANA zone`);
  const floatingZone = declaredZone ?? fallback;
  return {
    vtimezones,
    floatingZone,
    calendarZoneName: declaredZone ? declaredZone.ianaName : (options.defaultTimeZone ?? null),
    zoneCache: new Map(),
    problems,
  };
}

/** Two copies of one event: the higher SEQUENCE wins, then the one that came later in the file. */
function newer(a: EventRecord, b: EventRecord): EventRecord {
  return b.sequence >= a.sequence ? b : a;
}

/**
 * Parses an iCalendar file. Events that overlap `options.window` are returned, recurring ones expanded into
 * occurrences, earliest first. A broken event is skipped and reported with its line; the rest still import.
 * Pass bytes rather than text when you have them: folds that split a UTF-8 character are then repaired.
 */
export function parseCalendar(input: string | Uint8Array, options: ParseCalendarOptions): ParsedCalendar {
  const { from, to } = options.window;
  if (!(from.getTime() < to.getTime())) throw new RangeError("window.from must be before window.to");
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const { roots, problems } = buildComponents(unfoldLines(input));
  const calendars = roots.filter((c) => c.name === "VCALENDAR");
  const firstCalendar = calendars[0];
  if (!firstCalendar) {
    problems.push({ line: 1, message: "No VCALENDAR found: this is not an iCalendar file" });
    return { name: null, events: [], problems };
  }
  const name = propText(firstCalendar, "X-WR-CALNAME") ?? propText(firstCalendar, "NAME");

  const groups = new Map<string, { master: EventRecord | null; overrides: Map<number, EventRecord> }>();
  for (const calendar of calendars) {
    const ctx = contextFor(calendar, options, problems);
    for (const component of calendar.children) {
      if (component.name !== "VEVENT") continue;
      let record: EventRecord;
      try {
        record = readEvent(component, ctx);
      } catch (error) {
        if (!(error instanceof CalendarDataError)) throw error;
        problems.push({ line: error.line, message: error.message });
        continue;
      }
      const group = groups.get(record.uid) ?? { master: null, overrides: new Map() };
      groups.set(record.uid, group);
      if (record.recurrenceId) {
        const key = record.recurrenceId.utc;
        const existing = group.overrides.get(key);
        group.overrides.set(key, existing ? newer(existing, record) : record);
      } else {
        group.master = group.master ? newer(group.master, record) : record;
      }
    }
  }

  const events: ImportedEvent[] = [];
  const budget = { days: EXPANSION_BUDGET_DAYS };
  let budgetReported = false;
  for (const { master, overrides } of groups.values()) {
    events.push(...expandSeries(master, [...overrides.values()], options.window, maxEvents + 1, budget));
    if (budget.days <= 0 && !budgetReported && master) {
      budgetReported = true;
      problems.push({
        line: master.line,
        message: "Recurrence rules in this calendar are too costly to expand; some occurrences were skipped",
      });
    }
  }
  events.sort(
    (a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  if (events.length > maxEvents) {
    problems.push({
      line: firstCalendar.line,
      message: `Only the first ${maxEvents} events in the window were imported; the rest were skipped`,
    });
    events.length = maxEvents;
  }
  problems.sort((a, b) => a.line - b.line);
  return { name, events, problems };
}
