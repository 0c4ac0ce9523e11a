import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { dateTimeIn } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Digest runs" };

/** Who started a run, in words: runs record the schedule as "worker", the cron route, the CLI. */
function startedBy(trigger: string): string {
  if (trigger === "worker") return "Sent on schedule";
  if (trigger === "cron") return "Started by your scheduler (cron endpoint)";
  if (trigger === "cli") return "Started by hand (npm run digest)";
  return `Started by ${trigger}`;
}

export default async function DigestRunsPage() {
  const caller = await api();
  const org = await caller.organisation.get();
  if (org.myRole !== "admin") redirect("/settings/digest");
  const { runs, failures } = await caller.digest.runs();
  return (
    <>
      <PageHeader
        title="Digest runs"
        description="Each run sends the weekly digests that are due. Counts are for your organisation; times are UTC."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Last runs" />
          {runs.length === 0 ? (
            <EmptyState title="No digests sent yet">
              Runs appear here once someone's send time has come. Try <code>npm run digest -- --dry-run</code>{" "}
              to see who is due.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line">
              {runs.map((run) => (
                <li key={run.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <p className="font-medium">{dateTimeIn(run.startedAt, "UTC")}</p>
                    <p className="text-sm text-muted">
                      {startedBy(run.trigger)}
                      {run.error ? ` · stopped: ${run.error}` : ""}
                      {run.status === "interrupted"
                        ? " · its worker stopped mid-run; what it had not sent is sent by the next run"
                        : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {run.status === "interrupted" ? <Badge tone="amber">Interrupted</Badge> : null}
                    {run.status === "running" ? <Badge tone="neutral">Running</Badge> : null}
                    <Badge tone="green">{run.sent} sent</Badge>
                    <Badge tone="neutral">{run.skipped} skipped</Badge>
                    <Badge tone={run.failed > 0 ? "red" : "neutral"}>{run.failed} failed</Badge>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader
            title="Failures"
            description="Digests that could not be sent, with the reason. They are not retried once marked failed."
          />
          {failures.length === 0 ? (
            <p className="text-sm text-muted">
              No failures. Every digest due so far went out or was skipped on purpose.
            </p>
          ) : (
            <ul className="divide-y divide-line">
              {failures.map((f) => (
                <li key={f.id} className="py-3">
                  <p className="font-medium">
                    {f.name ?? f.email} · {f.kind === "manager" ? "team digest" : "digest"} · {f.isoWeek}
                  </p>
                  <p className="break-words text-sm text-muted">{f.error}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
