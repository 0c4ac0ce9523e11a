// Test-only fixtures, written in the shapes real tools export. Not part of the public API.

const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

const berlinVtimezone = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export const newYorkVtimezone = [
  "BEGIN:VTIMEZONE",
  "TZID:America/New_York",
  "X-LIC-LOCATION:America/New_York",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "DTSTART:19700308T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "DTSTART:19701101T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * Google Calendar "Export": X-WR-TIMEZONE, single events in UTC, a weekly series (Tuesdays 18:00 Berlin,
 * across the 31 March 2024 DST change) with an EXDATE (19 March) and a RECURRENCE-ID override that moves
 * 9 April to Wednesday 10 April 19:00.
 */
export const googleExport = crlf(
  "BEGIN:VCALENDAR",
  "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
  "VERSION:2.0",
  "CALSCALE:GREGORIAN",
  "METHOD:PUBLISH",
  "X-WR-CALNAME:Brightwater Networking",
  "X-WR-TIMEZONE:Europe/Berlin",
  "X-WR-CALDESC:Events the team shares",
  ...berlinVtimezone,
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/Berlin:20240305T180000",
  "DTEND;TZID=Europe/Berlin:20240305T193000",
  "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20240430T215959Z;BYDAY=TU",
  "EXDATE;TZID=Europe/Berlin:20240319T180000",
  "DTSTAMP:20240301T120000Z",
  "UID:5j1n0v3ltc0ku7ftl7h4kf1k8b@google.com",
  "CREATED:20240201T090000Z",
  "DESCRIPTION:Informal founders meetup\\, every Tuesday. Bring cards\\; coffee",
  "  is on us.",
  "LAST-MODIFIED:20240220T101500Z",
  "LOCATION:Factory Görlitzer Park\\, Lohmühlenstraße 65\\, 10997 Berlin\\, Germany",
  "SEQUENCE:2",
  "STATUS:CONFIRMED",
  "SUMMARY:Founders Coffee",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/Berlin:20240410T190000",
  "DTEND;TZID=Europe/Berlin:20240410T203000",
  "DTSTAMP:20240301T120000Z",
  "UID:5j1n0v3ltc0ku7ftl7h4kf1k8b@google.com",
  "RECURRENCE-ID;TZID=Europe/Berlin:20240409T180000",
  "CREATED:20240201T090000Z",
  "LAST-MODIFIED:20240301T080000Z",
  "SEQUENCE:3",
  "STATUS:CONFIRMED",
  "SUMMARY:Founders Coffee (Wednesday this week)",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART:20240315T170000Z",
  "DTEND:20240315T190000Z",
  "DTSTAMP:20240301T120000Z",
  "UID:0o8ufq1n8p5p2m3v7r0r1s2t3u@google.com",
  "CREATED:20240210T090000Z",
  "DESCRIPTION:",
  "LAST-MODIFIED:20240210T090000Z",
  "LOCATION:",
  "SEQUENCE:0",
  "STATUS:TENTATIVE",
  "SUMMARY:Product Hunt Berlin",
  "URL:https://www.meetup.com/product-hunt-berlin/events/299999999/",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "END:VCALENDAR",
);

/**
 * Outlook "Save as iCalendar": Windows TZID names (quoted and unquoted), VTIMEZONE blocks starting in 1601,
 * a long folded DESCRIPTION, a VALARM whose DESCRIPTION must not leak into the event, and a
 * "Customized Time Zone" known only by its offsets.
 */
export const outlookExport = crlf(
  "BEGIN:VCALENDAR",
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
  "VERSION:2.0",
  "METHOD:PUBLISH",
  "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
  "BEGIN:VTIMEZONE",
  "TZID:W. Europe Standard Time",
  "BEGIN:STANDARD",
  "DTSTART:16011028T030000",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010325T020000",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
  "BEGIN:VTIMEZONE",
  "TZID:Eastern Standard Time",
  "BEGIN:STANDARD",
  "DTSTART:16011104T020000",
  "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010311T020000",
  "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
  "BEGIN:VTIMEZONE",
  "TZID:Customized Time Zone",
  "BEGIN:STANDARD",
  "DTSTART:16010101T000000",
  "TZOFFSETFROM:+0530",
  "TZOFFSETTO:+0530",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "CLASS:PUBLIC",
  "CREATED:20240415T080000Z",
  "DESCRIPTION:Liebe Kolleginnen und Kollegen\\,\\n\\nzum Industrie-Abend laden wir S",
  " ie herzlich ein. Es gibt kurze Impulsvorträge\\, danach Zeit für Gespräche ",
  " mit Gästen aus Maschinenbau und Logistik.\\n\\nAnmeldung bis 5. Juni.\\n",
  'DTEND;TZID="W. Europe Standard Time":20240612T200000',
  "DTSTAMP:20240501T080000Z",
  'DTSTART;TZID="W. Europe Standard Time":20240612T180000',
  "LAST-MODIFIED:20240501T080000Z",
  "LOCATION:Haus der Wirtschaft\\, Stuttgart",
  "PRIORITY:5",
  "SEQUENCE:1",
  "SUMMARY;LANGUAGE=de-de:Industrie-Abend",
  "TRANSP:OPAQUE",
  "UID:040000008200E00074C5B7101A82E00800000000B0D2E1F1A1B2DA01000000000000000010000000C4",
  " C3D8B8E2F0A14C9B4E3A1D2F3C4B5A6D",
  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
  "X-MICROSOFT-CDO-IMPORTANCE:1",
  "BEGIN:VALARM",
  "TRIGGER:-PT15M",
  "ACTION:DISPLAY",
  "DESCRIPTION:Reminder",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DESCRIPTION:\\n",
  "DTEND;TZID=Eastern Standard Time:20241105T100000",
  "DTSTAMP:20240501T080000Z",
  "DTSTART;TZID=Eastern Standard Time:20241105T090000",
  "SEQUENCE:0",
  "SUMMARY;LANGUAGE=en-us:Partner breakfast (NYC)",
  "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4",
  'ORGANIZER;CN="Dana Ortiz, Partnerships":mailto:dana.ortiz@brightwater.example',
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTEND;TZID=Customized Time Zone:20240620T113000",
  "DTSTAMP:20240501T080000Z",
  "DTSTART;TZID=Customized Time Zone:20240620T100000",
  "SUMMARY:Bangalore chapter call",
  "UID:040000008200E00074C5B7101A82E00800000000E5F6",
  "END:VEVENT",
  "END:VCALENDAR",
);

/** A Meetup group feed: VTIMEZONE plus TZID=America/New_York, one event before and one after DST ends. */
export const meetupFeed = crlf(
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Meetup//RemoteApi//EN",
  "CALSCALE:GREGORIAN",
  "METHOD:PUBLISH",
  "X-ORIGINAL-URL:https://www.meetup.com/nyc-product-people/events/ical/",
  "X-WR-CALNAME:Events - NYC Product People",
  ...newYorkVtimezone,
  "BEGIN:VEVENT",
  "DTSTAMP:20241020T120000Z",
  "DTSTART;TZID=America/New_York:20241029T183000",
  "DTEND;TZID=America/New_York:20241029T203000",
  "STATUS:CONFIRMED",
  "SUMMARY:Product Tuesday: Roadmaps that survive customers",
  "DESCRIPTION:NYC Product People\\nTuesday\\, October 29 at 6:30 PM\\n\\nJoin us f",
  " or short talks and open networking.\\n\\nhttps://www.meetup.com/nyc-product-p",
  " eople/events/303456789/",
  "CLASS:PUBLIC",
  "CREATED:20241001T150000Z",
  "GEO:40.741112;-73.989723",
  "LOCATION:WeWork (115 W 18th St\\, New York\\, NY)",
  "URL:https://www.meetup.com/nyc-product-people/events/303456789/",
  "LAST-MODIFIED:20241015T150000Z",
  "UID:event_303456789@meetup.com",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTAMP:20241020T120000Z",
  "DTSTART;TZID=America/New_York:20241112T183000",
  "DTEND;TZID=America/New_York:20241112T203000",
  "STATUS:CONFIRMED",
  "SUMMARY:Product Tuesday: Pricing clinic",
  "URL:https://www.meetup.com/nyc-product-people/events/303456790/",
  "UID:event_303456790@meetup.com",
  "END:VEVENT",
  "END:VCALENDAR",
);

/** All-day events as most tools write them, with LF line ends (some servers strip the CR). */
export const allDayEvents = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Example//All day//EN",
  "BEGIN:VEVENT",
  "UID:offsite@example.com",
  "DTSTAMP:20240501T000000Z",
  "DTSTART;VALUE=DATE:20240610",
  "SUMMARY:Team offsite",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:conference@example.com",
  "DTSTAMP:20240501T000000Z",
  "DTSTART;VALUE=DATE:20240611",
  "DTEND;VALUE=DATE:20240614",
  "SUMMARY:Web Summit",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:fair@example.com",
  "DTSTAMP:20240501T000000Z",
  "DTSTART:20240628",
  "DURATION:P2D",
  "SUMMARY:Careers fair",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\n");

/** Line numbers matter here: problems must point at them. */
export const withMalformedEvents = crlf(
  "BEGIN:VCALENDAR", // 1
  "VERSION:2.0", // 2
  "PRODID:-//Example//Broken//EN", // 3
  "BEGIN:VEVENT", // 4
  "UID:good-1@example.com", // 5
  "DTSTART:20240701T090000Z", // 6
  "DTEND:20240701T100000Z", // 7
  "SUMMARY:Good one", // 8
  "END:VEVENT", // 9
  "BEGIN:VEVENT", // 10
  "UID:no-start@example.com", // 11
  "SUMMARY:Has no start", // 12
  "END:VEVENT", // 13
  "BEGIN:VEVENT", // 14
  "UID:bad-date@example.com", // 15
  "DTSTART:20241345T100000Z", // 16
  "SUMMARY:Month 13", // 17
  "END:VEVENT", // 18
  "BEGIN:VEVENT", // 19
  "UID:bad-rule@example.com", // 20
  "DTSTART:20240702T090000Z", // 21
  "RRULE:FREQ=WEEKLY;BYFOO=1", // 22
  "SUMMARY:Unknown rule part", // 23
  "END:VEVENT", // 24
  "BEGIN:VEVENT", // 25
  "UID:good-2@example.com", // 26
  "DTSTART:20240703T090000Z", // 27
  "SUMMARY:Good two", // 28
  "END:VEVENT", // 29
  "END:VCALENDAR", // 30
);
