// The .ics hold attached to an intro email: one 30-minute VEVENT at the suggested slot, with every
// member of the group as an attendee.
//
// METHOD:REQUEST, not PUBLISH: iTIP (RFC 5546 §3.2.1) does not allow ATTENDEE in a PUBLISH, and
// mail clients only offer "add to calendar" with the other people shown for a REQUEST. The UID is
// fixed per group, so a re-sent hold (a retry, or a moved slot with a higher SEQUENCE) updates the
// one event instead of adding another. RSVP=FALSE: Rapport's sending address reads no replies.
import { escapeText, foldLine, organizerLine, quoteParam, uriValue, utcStamp } from "../calendar/ics-lines";

export interface IntroHoldPerson {
  name: string;
  email: string;
}

export interface IntroHoldInput {
  groupId: string;
  start: Date;
  end: Date;
  /** e.g. "Intro: Ana & Ben (Coffee roulette)". */
  title: string;
  description: string;
  /** Who the hold comes from (the app's sending address). */
  organizer: IntroHoldPerson;
  attendees: readonly IntroHoldPerson[];
  /** When the hold is written (DTSTAMP). */
  stamp: Date;
  sequence?: number;
  url?: string;
}

export const introHoldFilename = "intro.ics";
export const introHoldContentType = "text/calendar; charset=utf-8; method=REQUEST";

/** A stable UID per group, so each re-send of the hold updates the same calendar event. */
export function introHoldUid(groupId: string): string {
  return `intro-${groupId}@rapport`;
}

function attendeeLine(person: IntroHoldPerson): string {
  return `ATTENDEE;CN=${quoteParam(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${uriValue(person.email)}`;
}

/** The hold as iCalendar text with CRLF line ends and folded lines. */
export function writeIntroHold(input: IntroHoldInput): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rapport//Rapport intros//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${escapeText(introHoldUid(input.groupId))}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(input.sequence ?? 0))}`,
    `DTSTART:${utcStamp(input.start)}`,
    `DTEND:${utcStamp(input.end)}`,
    `SUMMARY:${escapeText(input.title)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.url ? [`URL:${uriValue(input.url)}`] : []),
    organizerLine({ email: input.organizer.email, name: input.organizer.name }),
    ...input.attendees.map(attendeeLine),
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
