// Files where our reader and ical.js disagree, checked by reading the file against RFC 5545. A file that
// starts to disagree and is not listed here fails the corpus test, so a change in either engine is looked at.

export interface Adjudication {
  /** Whose reading a person should see. */
  right: "ours" | "ical.js" | "neither";
  why: string;
}

const sequenceWins =
  "a later copy with a higher SEQUENCE replaces the earlier one (RFC 5545 §3.8.7.4; the file's own titles say which should win); ical.js keeps every copy";

export const ADJUDICATED: Readonly<Record<string, Adjudication>> = {
  "node-ical__Office-2012-owa.ics": {
    right: "ours",
    why: "Outlook Web display-name zones (Sydney, New York) without VTIMEZONE are read as those zones, ical.js reads floating time; TEST2 starts on a Monday its TH,FR rule never produces: RFC 5545 counts DTSTART as the first instance (ours), ical.js drops it",
  },
  "node-ical__non-utc-until-ny.ics": {
    right: "ours",
    why: "daily 14:00 New York from 1 to 15 March, UNTIL inclusive in local time: 15 occurrences, moving from 19:00Z to 18:00Z after the 10 March change; ical.js has no definition for the zone",
  },
  "node-ical__tv-show-episode.ics": {
    right: "ical.js",
    why: "the feed gives two episodes the same UID; a UID names one event (RFC 5545), so we keep the later copy and one episode is lost, where ical.js shows both",
  },
  "node-ical__windows-quoted-tz-rrule.ics": {
    right: "ours",
    why: "DTSTART is New York time, DTEND and EXDATE Los Angeles time: the event lasts 4 hours and no EXDATE falls on an instance's instant, so none is removed; ical.js reads both zones as floating",
  },
  "node-ical__exchange_whole_day_moved_recurrence.ics": {
    right: "ours",
    why: "Exchange's RECURRENCE-ID at midnight in a zone names the all-day occurrence of 26 February, moved to the 27th; ical.js keeps the 26th",
  },
  "node-ical__exchange_whole_day_moved_recurrence_offset_tz.ics": {
    right: "ours",
    why: "as the file above, with an unknown zone on the RECURRENCE-ID (reported); the date still names the occurrence",
  },
  "node-ical__recurrence-sequence.ics": {
    right: "ours",
    why: `${sequenceWins}; two overrides name instants the rule never produces and are shown as events of their own`,
  },
  "node-ical__duplicate-rrule-sequence.ics": { right: "ours", why: sequenceWins },
  "node-ical__duplicate-uid-sequence.ics": { right: "ours", why: sequenceWins },
  "node-ical__festival-multiday-rrule.ics": {
    right: "ours",
    why: "VALUE=DATE values carrying a time are read as dates (reported), so each day-long session lasts its day; ical.js gives them no length",
  },
  "node-ical__bad_custom_ms_tz.ics": {
    right: "ours",
    why: "a negative DURATION is refused (reported) and the all-day event keeps one day; ical.js ends it a week before it starts",
  },
  "node-ical__bad_custom_ms_tz2.ics": {
    right: "ours",
    why: "as bad_custom_ms_tz.ics",
  },
  "node-ical__daily-count-exdate-recurrence-id.ics": {
    right: "ours",
    why: "America/Los_Angeles without VTIMEZONE is read as that zone; the override whose DTEND is before its DTSTART keeps no length (reported) where ical.js ends it two days early",
  },
  "node-ical__badRRULE.ics": {
    right: "neither",
    why: "daily rules from 2020 to the end of the corpus window exceed the 3,000 occurrences a single import takes; the cap is reported. The doubled RRULE prefix is read (reported)",
  },
  "node-ical__music-school-weekly-until.ics": {
    right: "neither",
    why: 'TZID "(GMT +01:00)" names no place, only an offset; we read the fixed offset and say so, ical.js reads floating time. The school is in a zone with summer time, which neither can know',
  },
};
