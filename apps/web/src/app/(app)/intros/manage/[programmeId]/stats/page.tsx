import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { Chart } from "~/components/ui/chart";
import { dayWords } from "~/components/words";
import { api, myLocale, requireMember } from "~/server/api";

export const metadata: Metadata = { title: "Intros statistics" };

function percent(share: number | null) {
  return share === null ? "Withheld" : `${Math.round(share * 100)}%`;
}

export default async function ProgrammeStatsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  await requireMember(`/intros/manage/${programmeId}/stats`);
  const caller = await api();
  const stats = await caller.intros.stats({ programmeId: programmeId.slice(0, 64) }).catch((error) => {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code))
      return null;
    throw error;
  });
  if (!stats) notFound();
  const locale = await myLocale();
  const shown = stats.rounds.filter((r) => r.metShare !== null);
  const withheld = stats.rounds.length - shown.length;
  const latest = shown.at(-1);
  const connections = shown.reduce((sum, r) => sum + (r.crossTeamMet ?? 0), 0);
  return (
    <>
      <PageHeader
        title={`${stats.programme.name}: statistics`}
        description="Counts for the whole programme only. Nobody's answers, pairs or don't-pair lists are shown here."
        action={
          <Link href={`/intros/manage/${programmeId}`} className="text-sm font-medium text-accent underline">
            Programme settings
          </Link>
        }
      />
      <div className="grid gap-6">
        <dl className="grid gap-4 sm:grid-cols-3">
          {[
            ["People taking part", String(stats.participants)],
            ["Groups that met, latest round", latest ? percent(latest.metShare) : "Not yet"],
            ["Cross-team connections made", shown.length > 0 ? String(connections) : "Not yet"],
          ].map(([label, value]) => (
            <div key={label} className="rounded-xl border border-line bg-surface p-4 shadow-sm">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <Card>
          <CardHeader
            title="Cross-team connections per round"
            description="Groups from different teams who said they met."
          />
          {shown.length === 0 ? (
            <EmptyState title={stats.rounds.length === 0 ? "No rounds yet" : "Nothing to show yet"}>
              {stats.rounds.length === 0
                ? "The first round's figures appear here once it has run."
                : `Rounds with fewer than ${stats.smallGroupMin} groups are withheld, so nobody's answer can be worked out.`}
            </EmptyState>
          ) : (
            <Chart
              title="Cross-team connections per round"
              points={shown.map((r) => ({ label: dayWords(r.roundOn, locale), value: r.crossTeamMet ?? 0 }))}
            />
          )}
        </Card>
        {stats.rounds.length > 0 ? (
          <Card>
            <CardHeader title="Every round" />
            {withheld > 0 ? (
              <p className="mb-3 text-sm text-muted">
                {withheld === 1 ? "One round had" : `${withheld} rounds had`} fewer than {stats.smallGroupMin}{" "}
                groups, so whether they met is withheld: with so few, anyone could work out who said what.
              </p>
            ) : null}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Every round of {stats.programme.name}</caption>
                <thead className="text-muted">
                  <tr>
                    <th scope="col" className="py-2 pr-4 font-medium">
                      Round
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right font-medium">
                      Groups
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right font-medium">
                      Met
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Cross-team connections
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {[...stats.rounds].reverse().map((r) => (
                    <tr key={r.roundOn}>
                      <th scope="row" className="py-2 pr-4 font-normal">
                        {dayWords(r.roundOn, locale)}
                      </th>
                      <td className="py-2 pr-4 text-right tabular-nums">{r.groups}</td>
                      <td className="py-2 pr-4 text-right tabular-nums">{percent(r.metShare)}</td>
                      <td className="py-2 text-right tabular-nums">{r.crossTeamMet ?? "Withheld"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
