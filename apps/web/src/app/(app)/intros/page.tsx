import { localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import { programmeSummary } from "~/components/intros/labels";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { ParticipationForm } from "./participation-form";

export const metadata: Metadata = { title: "Intros" };

export default async function IntrosPage() {
  const { me } = await requireMember("/intros");
  const caller = await api();
  const [programmes, managed] = await Promise.all([caller.intros.mine(), caller.intros.managed()]);
  const names = await Promise.all(
    programmes.map((p) =>
      p.doNotPair.length === 0
        ? Promise.resolve({ chosen: [] })
        : caller.intros.colleagues({ programmeId: p.id, q: "", ids: p.doNotPair }),
    ),
  );
  const canManage =
    managed.canCoverOrganisation ||
    me.teams.some((t) => t.role === "manager") ||
    managed.programmes.length > 0;
  const today = localDate(new Date(), me.user.timeZone);
  return (
    <>
      <PageHeader
        title="Intros"
        description="Every few weeks Rapport introduces you to a colleague you rarely cross paths with, for a short conversation. Taking part is always your choice."
        action={
          canManage ? (
            <ButtonLink href="/intros/manage" variant="secondary">
              Manage programmes
            </ButtonLink>
          ) : undefined
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title="No intros programme is open to you yet">
          {canManage
            ? "Start one for your organisation or your team from Manage programmes."
            : "When your organisation or team starts one, you can join it here."}
        </EmptyState>
      ) : (
        <div className="grid gap-6">
          {programmes.map((p, i) => (
            <Card key={p.id}>
              <CardHeader
                title={p.name}
                description={`${programmeSummary(p)}. Intros arrive at 10:00 in your time zone.`}
                action={
                  p.joined ? (
                    p.awayUntil && p.awayUntil > today ? (
                      <Badge tone="amber">Away</Badge>
                    ) : (
                      <Badge tone="green">You're in</Badge>
                    )
                  ) : (
                    <Badge>Not joined</Badge>
                  )
                }
              />
              <ParticipationForm
                programme={{
                  id: p.id,
                  name: p.name,
                  joined: p.joined,
                  awayUntil: p.awayUntil,
                  interests: p.interests,
                  offers: p.offers,
                }}
                chosen={names[i]?.chosen ?? []}
                today={today}
              />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
