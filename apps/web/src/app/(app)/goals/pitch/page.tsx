import { localDate } from "@rapport/domain/time";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { PitchForm, TimeBlockForm } from "./forms";

export const metadata: Metadata = { title: "Introduction and networking time" };

const DAY_NAMES: Record<string, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

export default async function PitchPage() {
  const caller = await api();
  const [pitch, block, me] = await Promise.all([
    caller.coaching.pitch(),
    caller.coaching.timeBlock(),
    caller.me.get(),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/goals" className="text-muted hover:text-ink">
          ← Goals
        </Link>
      </p>
      <PageHeader
        title="Introduction and networking time"
        description="Two small things that make networking easier: words ready for when you meet someone, and a slot in your week that is already booked."
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader
            title="Your introduction"
            description="Knowing what you'll say takes most of the nerves out of a first hello. Only you see this."
          />
          <PitchForm
            values={{
              introduction: pitch?.introduction ?? "",
              strengths: pitch?.strengths ?? "",
              lookingFor: pitch?.lookingFor ?? "",
              talkingPoints: pitch?.talkingPoints ?? [],
            }}
          />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader
            title="Weekly networking time"
            description="Book it like a meeting and keep it. Half an hour a week adds up to a lot of coffees."
          />
          {block ? (
            <div className="mb-5 rounded-lg border border-line bg-canvas p-4">
              <p className="font-medium">
                {block.days.map((d) => DAY_NAMES[d]).join(", ")} at {block.startTime}, {block.durationMinutes}{" "}
                min
              </p>
              <p className="text-sm text-muted">{block.timeZone.replaceAll("_", " ")}</p>
              <a
                href="/api/calendar/networking-time"
                download
                className="mt-3 inline-flex min-h-9 items-center rounded-lg bg-accent px-3 text-sm font-medium text-accent-ink"
              >
                Add to calendar (.ics)
              </a>
            </div>
          ) : null}
          <TimeBlockForm
            values={{
              days: block?.days ?? ["TH"],
              startTime: block?.startTime ?? "16:00",
              durationMinutes: block?.durationMinutes ?? 30,
              timeZone: block?.timeZone ?? me.user.timeZone,
              startDate: block?.startDate ?? localDate(new Date(), me.user.timeZone),
            }}
          />
        </Card>
      </div>
    </>
  );
}
