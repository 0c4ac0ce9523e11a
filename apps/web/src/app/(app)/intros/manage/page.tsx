import type { Metadata } from "next";
import Link from "next/link";
import { programmeSummary, whoTakesPart } from "~/components/intros/labels";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { choosableTeams } from "./load";
import { ProgrammeControls } from "./programme-controls";
import { ProgrammeForm } from "./programme-form";

export const metadata: Metadata = { title: "Intros programmes" };

export default async function ManageIntrosPage({
  searchParams,
}: {
  searchParams: Promise<{ created?: string }>;
}) {
  const { created } = await searchParams;
  const { managed, teams, mayStart } = await choosableTeams();
  const allTeams = managed.teams;
  const fresh = managed.programmes.find((p) => p.id === created);
  return (
    <>
      <PageHeader
        title="Intros programmes"
        description="Rapport pairs colleagues for a short conversation every few weeks. You choose who it is for and how often; people choose whether to join."
        action={
          <Link href="/intros" className="text-sm font-medium text-accent underline">
            Your own intros
          </Link>
        }
      />
      <div className="grid gap-6">
        {fresh ? (
          <Alert tone="success" title={`${fresh.name} is ready`}>
            People it is open to can join it from their Intros page. Nobody is signed up for them.
          </Alert>
        ) : null}
        <Card>
          <CardHeader
            title="Programmes you manage"
            description="Statistics are counts only: never who met whom or what anyone answered."
          />
          {managed.programmes.length === 0 ? (
            <EmptyState title="No programmes yet">
              {mayStart
                ? "Start the first one below."
                : "Only admins and team managers can start a programme."}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line" aria-label="Programmes you manage">
              {managed.programmes.map((p) => (
                <li key={p.id} className="grid gap-3 py-4 md:grid-cols-[1fr_auto] md:items-start">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{p.name}</span>
                      <Badge tone={p.active ? "green" : "amber"}>{p.active ? "Running" : "Paused"}</Badge>
                    </p>
                    <p className="text-sm text-muted">
                      {whoTakesPart(p.teamIds, allTeams)} · {programmeSummary(p)} ·{" "}
                      {p.participants === 1 ? "1 person has joined" : `${p.participants} people have joined`}
                    </p>
                    <p className="flex flex-wrap gap-4 text-sm">
                      <Link href={`/intros/manage/${p.id}`} className="font-medium text-accent underline">
                        Edit<span className="sr-only"> {p.name}</span>
                      </Link>
                      <Link
                        href={`/intros/manage/${p.id}/stats`}
                        className="font-medium text-accent underline"
                      >
                        Statistics<span className="sr-only"> for {p.name}</span>
                      </Link>
                    </p>
                  </div>
                  <ProgrammeControls programmeId={p.id} name={p.name} active={p.active} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        {mayStart ? (
          <Card>
            <CardHeader title="Start a programme" />
            <ProgrammeForm
              values={{
                name: "",
                teamIds: [],
                mode: "cross-team",
                groupSize: 2,
                cadenceWeeks: 2,
                weekday: 2,
                active: true,
              }}
              teams={teams}
              canCoverOrganisation={managed.canCoverOrganisation}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
