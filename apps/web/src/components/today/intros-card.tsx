import Link from "next/link";
import { Card, CardHeader } from "~/components/ui/card";
import { dayWords } from "~/components/words";
import { slotWords } from "~/lib/dates";
import { IntroCheckIn } from "./intro-check-in";

export interface TodayIntro {
  groupId: string;
  programmeName: string;
  roundOn: string;
  nextRoundOn: string;
  checkIn: "met" | "not_yet" | "could_not" | null;
  checkInOpen: boolean;
  checkInDue: boolean;
  why: string;
  starters: [string, string];
  slot: { startsAt: string; endsAt: string; timeZone: string } | null;
  colleagues: { userId: string; name: string; email: string; team: string | null }[];
}

/** "Ana", "Ana and Ben" */
function names(list: { name: string }[]) {
  const all = list.map((c) => c.name);
  return all.length <= 1 ? (all[0] ?? "a colleague") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

/**
 * This round's intro on Today: who, why in a sentence, two starters, and "Did you meet?". When nothing is
 * on, one quiet line says when the next intro comes, or where to join.
 */
export function IntrosCard({
  intros,
  joinedAny,
  openToMe,
  today,
  locale,
}: {
  intros: TodayIntro[];
  joinedAny: boolean;
  openToMe: boolean;
  today: string;
  locale: string;
}) {
  // The intro stays until the next round; an answer of "met" or "we couldn't" closes it.
  const current = intros.filter((i) => today < i.nextRoundOn && i.checkInOpen);
  if (current.length === 0) {
    if (!openToMe) return null;
    const next = intros.map((i) => i.nextRoundOn).sort()[0];
    return (
      <p className="mb-6 rounded-xl border border-dashed border-line px-4 py-3 text-sm text-muted">
        {joinedAny
          ? `No intro waiting. ${next && next > today ? `Your next one comes on ${dayWords(next, locale)}.` : "Your next one comes with the next round."} `
          : "Meet a colleague from another team every few weeks. "}
        <Link href="/intros" className="font-medium text-accent underline">
          {joinedAny ? "Your intros settings" : "See intros"}
        </Link>
      </p>
    );
  }
  return (
    <>
      {current.map((intro) => {
        const [first, second] = intro.starters;
        const who = names(intro.colleagues);
        return (
          <Card key={intro.groupId} className="mb-6">
            <CardHeader
              title={`Your intro: meet ${who}`}
              description={`${intro.programmeName}, ${dayWords(intro.roundOn, locale)}. ${intro.why}`}
            />
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3 className="text-sm font-medium">Two ways to start</h3>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  <li>{first}</li>
                  <li>{second}</li>
                </ul>
                <p className="mt-3 text-sm text-muted">
                  Half an hour over coffee or a call is plenty. Find a time:{" "}
                  {intro.colleagues.map((c, i) => (
                    <span key={c.userId}>
                      {i > 0 ? ", " : ""}
                      <a href={`mailto:${c.email}`} className="font-medium text-accent underline">
                        write to {c.name}
                      </a>
                    </span>
                  ))}
                  .
                </p>
              </div>
              <div className="space-y-3">
                {intro.slot ? (
                  <p className="text-sm">
                    <span className="font-medium">Suggested time:</span>{" "}
                    {slotWords(
                      new Date(intro.slot.startsAt),
                      new Date(intro.slot.endsAt),
                      intro.slot.timeZone,
                      locale,
                    )}
                    , inside everyone's networking time. The email has a calendar hold.
                  </p>
                ) : null}
                <IntroCheckIn
                  groupId={intro.groupId}
                  who={who}
                  answer={intro.checkIn}
                  due={intro.checkInDue}
                />
              </div>
            </div>
          </Card>
        );
      })}
    </>
  );
}
