// The words of an intro: why these people were matched, and two openers from what they share.

export interface IntroReasonsForWords {
  sharedInterests: string[];
  complementary: { offeredBy: string; seekerId: string; topic: string }[];
  differentTeams: boolean;
}

/** One sentence for the recipient (`me`), naming the first reason that applies. */
export function introWhy(reasons: IntroReasonsForWords, me: string, nameOf: (id: string) => string): string {
  const offer = reasons.complementary.find((c) => c.seekerId === me) ?? reasons.complementary[0];
  if (offer) {
    return offer.seekerId === me
      ? `${nameOf(offer.offeredBy)} is glad to help with ${offer.topic}, which one of your goals asks for.`
      : `You offer ${offer.topic}, and one of ${nameOf(offer.seekerId)}'s goals asks for it.`;
  }
  const [interest] = reasons.sharedInterests;
  if (interest)
    return `You both care about ${interest}${reasons.differentTeams ? ", from different teams" : ""}.`;
  return reasons.differentTeams
    ? "You work in different teams and rarely cross paths, which is exactly why."
    : "You rarely get time together, which is exactly why.";
}

/** Two conversation starters, from common ground first and general ones after. */
export function introStarters(reasons: IntroReasonsForWords): [string, string] {
  const lines = [
    ...reasons.sharedInterests
      .slice(0, 2)
      .map((t) => `What got you into ${t}, and what are you curious about there now?`),
    ...reasons.complementary.slice(0, 1).map((c) => `What has helped most with ${c.topic} so far?`),
    "What does a good week at work look like for you right now?",
    "Who in the company do you think more people should know?",
  ];
  return [lines[0] as string, lines[1] as string];
}
