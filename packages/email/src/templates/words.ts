// The emails' one place for counted nouns and dates; the rules themselves are shared with the web app
// (@rapport/domain/words) so a screen and an email never word the same thing differently.
import type { LastWeekNumbers } from "@rapport/domain/digest";
import { countOf, NOUNS } from "@rapport/domain/words";

export { countOf, NOUNS } from "@rapport/domain/words";

/** "2 people met · 1 conversation · 1 follow-up done · 0 events attended". */
export function lastWeekLine(n: LastWeekNumbers, locale?: string): string {
  return [
    `${countOf(n.peopleMet, NOUNS.person, locale)} met`,
    countOf(n.conversations, NOUNS.conversation, locale),
    `${countOf(n.followUpsDone, NOUNS.followUp, locale)} done`,
    `${countOf(n.eventsAttended, NOUNS.event, locale)} attended`,
  ].join(" · ");
}
