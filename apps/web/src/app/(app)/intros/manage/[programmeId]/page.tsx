import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { choosableTeams } from "../load";
import { ProgrammeControls } from "../programme-controls";
import { ProgrammeForm } from "../programme-form";

export const metadata: Metadata = { title: "Edit intros programme" };

export default async function EditProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const { managed, teams } = await choosableTeams();
  const p = managed.programmes.find((x) => x.id === programmeId);
  if (!p) notFound();
  return (
    <>
      <PageHeader
        title={p.name}
        description={`${p.participants === 1 ? "1 person has" : `${p.participants} people have`} joined. Changes apply from the next round.`}
        action={
          <Link href="/intros/manage" className="text-sm font-medium text-accent underline">
            All programmes
          </Link>
        }
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader
            title="Settings"
            action={
              <Link
                href={`/intros/manage/${p.id}/stats`}
                className="text-sm font-medium text-accent underline"
              >
                Statistics
              </Link>
            }
          />
          <ProgrammeForm
            values={{
              id: p.id,
              name: p.name,
              teamIds: p.teamIds,
              mode: p.mode,
              groupSize: p.groupSize,
              cadenceWeeks: p.cadenceWeeks,
              weekday: p.weekday,
              active: p.active,
            }}
            teams={
              // A team the programme already covers stays listed, so saving never drops it silently.
              [
                ...teams,
                ...managed.teams.filter((t) => p.teamIds.includes(t.id) && !teams.some((x) => x.id === t.id)),
              ]
            }
            canCoverOrganisation={managed.canCoverOrganisation}
          />
        </Card>
        <Card>
          <CardHeader
            title={p.active ? "Running" : "Paused"}
            description={
              p.active
                ? "Pausing stops new rounds; people keep their choices."
                : "Resume to start making rounds again on the chosen day."
            }
          />
          <ProgrammeControls programmeId={p.id} name={p.name} active={p.active} />
        </Card>
      </div>
    </>
  );
}
