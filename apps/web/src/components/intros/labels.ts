// Words for intros programmes, shared by the participation, admin and statistics pages.

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const CADENCES = [
  { weeks: 1, label: "Every week" },
  { weeks: 2, label: "Every two weeks" },
  { weeks: 4, label: "Every four weeks" },
] as const;

function cadenceWords(weeks: number): string {
  return CADENCES.find((c) => c.weeks === weeks)?.label ?? `Every ${weeks} weeks`;
}

function weekdayName(isoWeekday: number): string {
  return WEEKDAYS[isoWeekday - 1] ?? "Monday";
}

/** "Every two weeks on Tuesday, pairs across teams" */
export function programmeSummary(p: {
  cadenceWeeks: number;
  weekday: number;
  groupSize: number;
  mode: "cross-team" | "within-team";
}): string {
  const groups = p.groupSize === 3 ? "groups of three" : "pairs";
  const where = p.mode === "cross-team" ? "across teams" : "within each team";
  return `${cadenceWords(p.cadenceWeeks)} on ${weekdayName(p.weekday)}, ${groups} ${where}`;
}

/** "Whole organisation" or the chosen teams' names. */
export function whoTakesPart(teamIds: string[], teams: { id: string; name: string }[]): string {
  if (teamIds.length === 0) return "Whole organisation";
  const names = teamIds.map((id) => teams.find((t) => t.id === id)?.name ?? "A team");
  return names.join(", ");
}

/** Topics typed as "design, running; chess" become a list (the API trims and checks each). */
export function topicsFrom(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
