// Conversation starters for the event prep card: open questions that invite a story rather than a yes or no.

export const CONVERSATION_STARTERS: readonly string[] = [
  "What brought you here today?",
  "Which talk or session are you most curious about?",
  "What are you working on at the moment that you're excited about?",
  "How did you first get into your line of work?",
  "What's a problem in your field you wish more people were talking about?",
  "Have you been to this event before? What's changed since then?",
  "Who here would you most like to meet, and why?",
  "What's something you learned recently that surprised you?",
  "What does a good week at work look like for you?",
  "Which communities or groups have been most useful to you?",
  "What's one thing you'd like to take away from today?",
  "If you could ask the speaker one question, what would it be?",
  "What are you reading or listening to that you'd recommend?",
  "What kind of people are you hoping to connect with here?",
];

/** A small, stable number from a string (FNV-1a), so the same event always shows the same starters. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * `count` different starters for an event, chosen deterministically from its id: the same event shows the
 * same pair on every visit, and different events rotate through the catalogue.
 */
export function startersForEvent(eventId: string, count = 2): string[] {
  const total = CONVERSATION_STARTERS.length;
  const n = Math.min(Math.max(0, count), total);
  const first = stableHash(eventId) % total;
  // A step coprime with the catalogue size visits every starter before repeating.
  const step = total % 5 === 0 ? 3 : 5;
  return Array.from({ length: n }, (_, i) => CONVERSATION_STARTERS[(first + i * step) % total] as string);
}

/** What to do in the days after an event, so the people met turn into relationships. */
export const FOLLOW_UP_CHECKLIST: readonly string[] = [
  "Add the people you met while you still remember the details.",
  "Note one thing you have in common with each of them.",
  "Send a short thank-you or follow-up message within two days.",
  "Share something useful with one person: an article, an intro, a tip.",
  "Tell your team one thing you learned.",
];
