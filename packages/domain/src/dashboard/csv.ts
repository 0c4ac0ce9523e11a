// The team table as CSV, for managers who keep their own spreadsheets. Numbers only, like the page.
import { csvCell } from "../contacts/csv-export";
import { slugify } from "../organisations";
import type { DashboardRange, MemberNumbers } from "./rules";
import { onTimeRate } from "./rules";

export interface CsvMemberRow extends MemberNumbers {
  name: string;
  sharedGoals: number;
  sharedGoalsBehind: number;
  lastActivityOn: string | null;
}

/** Columns of the export, in order; the 30/90-day windows end on the range's last day. */
export const DASHBOARD_CSV_COLUMNS = [
  "Member",
  "Shared goals",
  "Shared goals behind",
  "People met (30 days)",
  "People met (90 days)",
  "Conversations (30 days)",
  "Conversations (90 days)",
  "People met (period)",
  "Conversations (period)",
  "Follow-ups done (period)",
  "Follow-ups on time % (period)",
  "Overdue follow-ups (now)",
  "Events attended (period)",
  "Last activity",
] as const;

export function dashboardCsv(
  range: Pick<DashboardRange, "from" | "to">,
  rows: readonly CsvMemberRow[],
): string {
  const lines: string[][] = [
    [`Period ${range.from} to ${range.to}`],
    [...DASHBOARD_CSV_COLUMNS],
    ...rows.map((r) => {
      const rate = onTimeRate(r.followUpsDone, r.followUpsOnTime);
      return [
        r.name,
        String(r.sharedGoals),
        String(r.sharedGoalsBehind),
        String(r.peopleMet30),
        String(r.peopleMet90),
        String(r.conversations30),
        String(r.conversations90),
        String(r.peopleMetInRange),
        String(r.conversationsInRange),
        String(r.followUpsDone),
        rate === null ? "" : String(rate),
        String(r.overdueFollowUps),
        String(r.eventsAttended),
        r.lastActivityOn ?? "never",
      ];
    }),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A file name like "partnerships-2026-09-05-to-2026-11-27.csv". */
export function dashboardCsvFilename(teamName: string, range: Pick<DashboardRange, "from" | "to">): string {
  const slug = slugify(teamName);
  return `${slug === "organisation" ? "team" : slug}-${range.from}-to-${range.to}.csv`;
}
