// The digest's intros lines: this round's intro (who, and why in a sentence) and the pending
// "did you meet?" check-in.
import { daysBetween } from "../time";
import type { DigestInput, DigestIntroItem } from "./types";

function names(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? "your colleague";
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/**
 * A due check-in asks "Did you meet …?"; an intro from the last seven days that is not yet due
 * introduces the colleagues. Answered intros ("we met", "we couldn't") are left out.
 */
export function introItems(intros: DigestInput["intros"], today: string): DigestIntroItem[] {
  return (intros ?? []).flatMap((intro): DigestIntroItem[] => {
    const who = names(intro.colleagues.map((c) => c.name));
    if (intro.checkInDue) {
      return [{ groupId: intro.groupId, kind: "check_in", line: `Did you meet ${who}?` }];
    }
    const fresh = daysBetween(intro.roundOn, today) < 7 && daysBetween(intro.roundOn, today) >= 0;
    if (!intro.checkInOpen || !fresh) return [];
    const withTeams = names(intro.colleagues.map((c) => (c.team ? `${c.name} (${c.team})` : c.name)));
    return [{ groupId: intro.groupId, kind: "intro", line: `This round, meet ${withTeams}`, why: intro.why }];
  });
}
