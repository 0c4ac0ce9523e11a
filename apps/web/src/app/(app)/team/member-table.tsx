"use client";

import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/card";
import { type Column, DataTable } from "~/components/ui/data-table";

export interface MemberTableRow {
  userId: string;
  name: string;
  href: string;
  goals: { total: number; behind: number; done: number; fine: number };
  peopleMet30: number;
  peopleMet90: number;
  conversations30: number;
  conversations90: number;
  onTimeRate: number | null;
  followUpsDone: number;
  overdueFollowUps: number;
  eventsAttended: number;
  lastActivityOn: string | null;
  /** "3 days ago", "never". */
  lastActivity: string;
  quiet: boolean;
}

/** How a member's shared goals are going, as one badge: "1 behind", "2 of 3 on track", "All done". */
export function SharedGoalsBadge({ goals }: { goals: MemberTableRow["goals"] }) {
  if (goals.total === 0) return <span className="text-muted">None shared</span>;
  if (goals.behind > 0) {
    return (
      <Badge tone="amber">
        {goals.behind} behind<span className="sr-only"> of {goals.total} shared</span>
      </Badge>
    );
  }
  if (goals.done === goals.total) return <Badge tone="green">All {goals.total} done</Badge>;
  return <Badge tone="accent">{`${goals.fine + goals.done} of ${goals.total} on track`}</Badge>;
}

function Pair({ a, b }: { a: number; b: number }) {
  return (
    <span className="whitespace-nowrap">
      {a}
      <span className="text-muted"> · {b}</span>
    </span>
  );
}

const columns: Column<MemberTableRow>[] = [
  {
    key: "name",
    header: "Member",
    sortValue: (r) => r.name.toLowerCase(),
    cell: (r) => (
      <Link
        href={r.href}
        className="font-medium whitespace-nowrap text-accent underline-offset-2 hover:underline"
      >
        {r.name}
      </Link>
    ),
  },
  {
    key: "goals",
    header: "Shared goals",
    sortValue: (r) => (r.goals.total === 0 ? null : r.goals.behind * 1000 - r.goals.fine - r.goals.done),
    cell: (r) => (
      <span className="relative whitespace-nowrap">
        <SharedGoalsBadge goals={r.goals} />
      </span>
    ),
  },
  {
    key: "met",
    header: "People met 30 · 90 days",
    align: "right",
    sortValue: (r) => r.peopleMet30 * 10_000 + r.peopleMet90,
    cell: (r) => <Pair a={r.peopleMet30} b={r.peopleMet90} />,
  },
  {
    key: "conversations",
    header: "Conversations 30 · 90 days",
    align: "right",
    sortValue: (r) => r.conversations30 * 10_000 + r.conversations90,
    cell: (r) => <Pair a={r.conversations30} b={r.conversations90} />,
  },
  {
    key: "onTime",
    header: "Follow-ups on time",
    align: "right",
    sortValue: (r) => r.onTimeRate,
    cell: (r) =>
      r.onTimeRate === null ? (
        // `relative` keeps the hidden words inside the table's scroll frame (they are positioned).
        <span className="relative text-muted">
          —<span className="sr-only">none done in this period</span>
        </span>
      ) : (
        <span title={`${r.followUpsDone} done in this period`}>{r.onTimeRate}%</span>
      ),
  },
  {
    key: "overdue",
    header: "Overdue",
    align: "right",
    sortValue: (r) => r.overdueFollowUps,
    cell: (r) =>
      r.overdueFollowUps > 0 ? (
        <span className="font-medium text-amber-800 dark:text-amber-300">{r.overdueFollowUps}</span>
      ) : (
        0
      ),
  },
  {
    key: "events",
    header: "Events",
    align: "right",
    sortValue: (r) => r.eventsAttended,
    cell: (r) => r.eventsAttended,
  },
  {
    key: "last",
    header: "Last activity",
    sortValue: (r) => r.lastActivityOn,
    cell: (r) => (
      <span
        className={r.quiet ? "whitespace-nowrap text-amber-800 dark:text-amber-300" : "whitespace-nowrap"}
      >
        {r.lastActivity}
      </span>
    ),
  },
];

/** The team, one row per member, sortable by any number. */
export function MemberTable({ rows, teamName }: { rows: MemberTableRow[]; teamName: string }) {
  return (
    <DataTable
      caption={`${teamName}: each member's numbers`}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.userId}
      initialSort={{ key: "name", direction: "asc" }}
      empty={
        <EmptyState title="No one in this team yet">
          Once people join the team, their numbers show here. An admin can add people from the organisation
          settings.
        </EmptyState>
      }
    />
  );
}
