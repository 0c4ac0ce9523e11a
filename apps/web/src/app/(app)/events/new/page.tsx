import { safeWebUrl } from "@rapport/domain/network";
import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { EventForm } from "../event-form";

export const metadata: Metadata = { title: "Add an event" };

type Prefill = { title?: string | string[]; url?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Opened empty, or prefilled with a title and a link (a page shared into Rapport, see /share). */
export default async function NewEventPage({ searchParams }: { searchParams: Promise<Prefill> }) {
  const prefill = await searchParams;
  const caller = await api();
  const [me, org] = await Promise.all([caller.me.get(), caller.organisation.get()]);
  const teams =
    me.teams.length > 0 || org.myRole !== "admin"
      ? me.teams
      : (await caller.organisation.teams()).map((t) => ({ teamId: t.id, name: t.name }));
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title="Add an event"
        description="Share something worth going to. Your team sees it straight away."
      />
      <Card>
        {teams.length === 0 ? (
          <EmptyState title="You are not in a team yet">
            Events are shared within a team; ask your admin to add you to one.
          </EmptyState>
        ) : (
          <EventForm
            cancelHref="/events"
            teams={teams}
            values={{
              teamId: teams[0]?.teamId,
              title: one(prefill.title).slice(0, 200),
              kind: "meetup",
              allDay: false,
              startDate: inAWeek,
              startTime: "18:00",
              endDate: inAWeek,
              endTime: "20:00",
              timeZone: me.user.timeZone,
              venue: "",
              onlineUrl: "",
              organiserUrl: safeWebUrl(one(prefill.url)) ?? "",
              tags: "",
              cost: "",
              description: "",
            }}
          />
        )}
      </Card>
    </>
  );
}
