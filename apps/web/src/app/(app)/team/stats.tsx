import type { ReactNode } from "react";
import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";
import { Chart } from "~/components/ui/chart";
import { cn } from "~/components/ui/cn";
import { weekLabel } from "./format";
import type { TrendPoint } from "./types";

export interface StatItem {
  label: string;
  value: ReactNode;
  /** A line under the number: what it covers, or how it compares. */
  detail?: ReactNode;
  tone?: "plain" | "warn";
}

/** Headline numbers as cards: two across on a phone, four on a laptop. */
export function StatGrid({ label, items }: { label: string; items: StatItem[] }) {
  return (
    <dl aria-label={label} className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {items.map((item) => (
        <div
          key={item.label}
          className="flex min-w-0 flex-col rounded-xl border border-line bg-surface p-4 shadow-sm"
        >
          <dt className="text-sm text-muted">{item.label}</dt>
          <dd
            className={cn(
              "order-first text-2xl font-semibold tracking-tight tabular-nums sm:text-3xl",
              item.tone === "warn" && "text-amber-700 dark:text-amber-300",
            )}
          >
            {item.value}
          </dd>
          {item.detail ? <dd className="mt-1 text-xs text-muted">{item.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

const SERIES = [
  { key: "peopleMet", label: "People met" },
  { key: "conversations", label: "Conversations" },
  { key: "followUpsDone", label: "Follow-ups done" },
  { key: "eventsAttended", label: "Events attended" },
] as const;

/** One small weekly chart per kind of activity, each with its total for the period in words. */
export function TrendCharts({ trend, whose }: { trend: TrendPoint[]; whose: string }) {
  const anything = trend.some((p) => SERIES.some((s) => p[s.key] > 0));
  if (!anything) {
    return (
      <EmptyState title="Nothing logged in this period">
        Weekly numbers appear here as people log who they meet, their conversations, follow-ups and events.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
      {SERIES.map((series) => {
        const total = trend.reduce((sum, p) => sum + p[series.key], 0);
        const best = Math.max(...trend.map((p) => p[series.key]));
        return (
          <div key={series.key} className="min-w-0">
            <div className="mb-1 flex items-baseline justify-between gap-3">
              <h3 className="text-sm font-medium">{series.label}</h3>
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink tabular-nums">{total}</span> in all
                {best > 0 ? ` · best week ${best}` : ""}
              </p>
            </div>
            <Chart
              title={`${series.label} per week, ${whose}`}
              height={150}
              points={trend.map((p) => ({ label: weekLabel(p.weekStart), value: p[series.key] }))}
            />
          </div>
        );
      })}
      <p className="text-xs text-muted sm:col-span-2">
        Weeks start on Monday; the first and last may be partial.
      </p>
    </div>
  );
}

/** The promise to members, said where the manager reads their numbers. */
export function PrivacyNote({ children }: { children: ReactNode }) {
  return (
    <div className="mb-6 flex items-start gap-3 rounded-xl border border-brand-500/30 bg-brand-50 px-4 py-3 text-sm text-brand-900 dark:bg-brand-900/30 dark:text-brand-100">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
        <path d="M10 2a4 4 0 0 0-4 4v2H5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V6a4 4 0 0 0-4-4Zm-2 6V6a2 2 0 1 1 4 0v2H8Z" />
      </svg>
      <p>{children}</p>
    </div>
  );
}

/** A team the person may not open: said plainly, with a way on. */
export function NotAllowed({ what = "this team's dashboard" }: { what?: string }) {
  return (
    <Card className="mx-auto max-w-xl text-center">
      <h1 className="text-xl font-semibold tracking-tight">This page is for the team's managers</h1>
      <p className="mt-2 text-sm text-muted">
        Only the people who manage a team (and your organisation's admins) can open {what}. If you think you
        should have access, ask an admin to make you a manager of the team.
      </p>
      <div className="mt-5 flex justify-center">
        <ButtonLink href="/today">Go to Today</ButtonLink>
      </div>
    </Card>
  );
}
