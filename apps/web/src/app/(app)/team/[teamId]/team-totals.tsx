import type { api } from "~/server/api";
import { plural } from "../format";
import { StatGrid } from "../stats";

type Totals = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["dashboard"]["team"]>>["totals"];

/** The team's totals for the chosen period, each with a line saying what it counts. */
export function TeamTotals({ teamName, totals }: { teamName: string; totals: Totals }) {
  return (
    <StatGrid
      label={`${teamName} totals`}
      items={[
        { label: "Members", value: totals.members, detail: "Managers are not counted" },
        {
          label: "Active in the last 30 days",
          value: totals.activeLast30,
          detail:
            totals.members === 0
              ? "no members yet"
              : `of ${plural(totals.members, "member")} logged something`,
        },
        {
          label: "People met",
          value: totals.peopleMetInRange,
          detail: `${totals.peopleMet30} in the last 30 days`,
        },
        {
          label: "Conversations",
          value: totals.conversationsInRange,
          detail: `${totals.conversations30} in the last 30 days`,
        },
        { label: "Follow-ups done", value: totals.followUpsDone, detail: "in this period" },
        {
          label: "Follow-ups on time",
          value: totals.onTimeRate === null ? "—" : `${totals.onTimeRate}%`,
          detail:
            totals.onTimeRate === null
              ? "none done in this period"
              : `${totals.followUpsOnTime} of ${totals.followUpsDone} by their first due date`,
        },
        {
          label: "Overdue follow-ups",
          value: totals.overdueFollowUps,
          detail: "waiting right now",
          tone: totals.overdueFollowUps > 0 ? "warn" : "plain",
        },
        { label: "Events attended", value: totals.eventsAttended, detail: "in this period" },
      ]}
    />
  );
}
