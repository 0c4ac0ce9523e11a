// The two engines the corpus compares, each reduced to the same answer: the occurrences a person would see,
// as "start|end|title" keys (dates for all-day events, UTC instants otherwise), sorted.
import ICAL from "ical.js";
import { parseCalendar } from "../src/calendar";

const CORPUS_WINDOW = { from: new Date("1990-01-01T00:00:00Z"), to: new Date("2031-01-01T00:00:00Z") };
const MAX_OCCURRENCES = 3000;

export interface Reading {
  keys: string[];
  problems: string[];
}

function dayKey(iso: string): string {
  return iso.slice(0, 10);
}

export function readWithOurs(text: string): Reading {
  const { events, problems } = parseCalendar(text, { window: CORPUS_WINDOW, maxEvents: MAX_OCCURRENCES });
  const keys = events.map((e) =>
    e.allDay
      ? `${e.startDate}|${e.endDate}|${e.title}`
      : `${e.start.toISOString()}|${e.end.toISOString()}|${e.title}`,
  );
  return { keys: keys.sort(), problems: problems.map((p) => `line ${p.line}: ${p.message}`) };
}

function timeKey(time: ICAL.Time): string {
  if (time.isDate) return time.toString().slice(0, 10);
  return new Date(time.toUnixTime() * 1000).toISOString();
}

/** ical.js 2 (Thunderbird's parser): masters expanded with their RECURRENCE-ID exceptions related. */
export function readWithIcalJs(text: string): Reading {
  const root = new ICAL.Component(ICAL.parse(text));
  const calendars = root.name === "vcalendar" ? [root] : root.getAllSubcomponents("vcalendar");
  const keys: string[] = [];
  for (const calendar of calendars) {
    for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(vtimezone);
    }
    const vevents = calendar.getAllSubcomponents("vevent");
    const masters = vevents.filter((v) => !v.hasProperty("recurrence-id"));
    const seen = new Set(masters.map((m) => m.getFirstPropertyValue("uid")));
    for (const master of masters) {
      const event = new ICAL.Event(master);
      for (const v of vevents) {
        if (v.hasProperty("recurrence-id") && v.getFirstPropertyValue("uid") === event.uid) {
          event.relateException(v);
        }
      }
      const push = (start: ICAL.Time, end: ICAL.Time, title: string) => {
        const from = start.toJSDate();
        const key = dayKey(start.isDate ? timeKey(start) : from.toISOString());
        if (key >= "2031-01-01" || timeKey(end) <= "1990-01-01") return;
        keys.push(`${timeKey(start)}|${timeKey(end)}|${title ?? ""}`);
      };
      if (!event.isRecurring()) {
        push(event.startDate, event.endDate, event.summary);
        continue;
      }
      const iterator = event.iterator();
      let count = 0;
      for (let next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next(), count++) {
        if (next.toJSDate() >= CORPUS_WINDOW.to) break;
        const details = event.getOccurrenceDetails(next);
        push(details.startDate, details.endDate, details.item.summary);
      }
    }
    // Overrides whose series is not in the file stand alone.
    for (const v of vevents) {
      if (!v.hasProperty("recurrence-id") || seen.has(v.getFirstPropertyValue("uid"))) continue;
      const event = new ICAL.Event(v);
      keys.push(`${timeKey(event.startDate)}|${timeKey(event.endDate)}|${event.summary ?? ""}`);
    }
  }
  return { keys: keys.sort(), problems: [] };
}
