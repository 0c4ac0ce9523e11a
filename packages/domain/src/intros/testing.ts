import type { IntroParticipant } from "./weights";

/** A participant with nothing in common with anyone unless the test says so. */
export function person(id: string, over: Partial<IntroParticipant> = {}): IntroParticipant {
  return {
    id,
    teamId: null,
    interests: [],
    seeks: [],
    offers: [],
    recentEventIds: [],
    doNotPair: [],
    ...over,
  };
}
