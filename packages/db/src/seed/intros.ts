// Demo intros: a programme across Partnerships and Product with three past rounds and the current one,
// so the stats chart has history and Sam has an intro on Today whose check-in is due.
import { addDays, isoWeekday, localDate } from "@rapport/domain/time";
import { introGroupSlot } from "../queries/intros-slots";
import {
  introGroupMembers,
  introGroups,
  introParticipants,
  introProgrammes,
  introRounds,
  networkingTimeBlocks,
} from "../schema";
import type { DemoSeedContext } from "./context";

type Answer = "met" | "not_yet" | "could_not" | null;
/** [person, person, what each said, shared interest]; Tom counts as Partnerships (his first team). */
type Pair = [string, string, [Answer, Answer], string];

const PARTNERSHIPS = new Set(["manager", "employee", "priya", "tom", "noor"]);

/** Oldest first; the last round is the current one (eleven days ago, so its check-in is due today). */
const ROUNDS: { daysAgo: number; pairs: Pair[] }[] = [
  {
    daysAgo: 53,
    pairs: [
      ["employee", "jordan", ["met", "met"], "partner integrations"],
      ["priya", "lena", ["met", null], "user research"],
      ["manager", "diego", ["could_not", "could_not"], "hiring"],
      ["noor", "tom", [null, null], "launch planning"],
    ],
  },
  {
    daysAgo: 39,
    pairs: [
      ["employee", "diego", ["met", "met"], "onboarding"],
      ["manager", "lena", ["met", "met"], "product roadmaps"],
      ["priya", "tom", ["met", null], "berlin meetups"],
      ["noor", "jordan", ["not_yet", null], "pricing"],
    ],
  },
  {
    daysAgo: 25,
    pairs: [
      ["employee", "tom", ["met", "met"], "partner onboarding"],
      ["manager", "jordan", ["met", "met"], "team rituals"],
      ["priya", "diego", ["could_not", null], "analytics"],
      ["noor", "lena", ["met", "met"], "design systems"],
    ],
  },
  {
    daysAgo: 11,
    pairs: [
      ["employee", "lena", [null, null], "product roadmaps"],
      ["priya", "jordan", ["met", "met"], "pricing"],
      ["manager", "tom", [null, "not_yet"], "partner onboarding"],
      ["noor", "diego", [null, null], "launch planning"],
    ],
  },
];

export async function seedIntros({ tx, organisationId, people, teams, now }: DemoSeedContext) {
  const person = (key: string) => {
    const p = people.get(key);
    if (!p) throw new Error(`unknown demo person ${key}`);
    return p;
  };
  const today = localDate(now, "Europe/London");
  const current = addDays(today, -(ROUNDS.at(-1)?.daysAgo ?? 0));
  const [programme] = await tx
    .insert(introProgrammes)
    .values({
      organisationId,
      name: "Coffee across teams",
      teamIds: [teams.get("Partnerships"), teams.get("Product")]
        .filter((t): t is string => Boolean(t))
        .sort(),
      mode: "cross-team",
      groupSize: 2,
      cadenceWeeks: 2,
      weekday: isoWeekday(current),
      createdBy: person("admin").id,
      createdAt: new Date(now.getTime() - 60 * 86_400_000),
    })
    .returning();
  if (!programme) throw new Error("demo intros programme was not created");
  const keys = ["manager", "employee", "priya", "tom", "noor", "jordan", "lena", "diego"];
  const interests: Record<string, string[]> = {
    employee: ["partner onboarding", "product roadmaps"],
    lena: ["product roadmaps", "user research"],
  };
  await tx.insert(introParticipants).values(
    keys.map((key) => ({
      programmeId: programme.id,
      userId: person(key).id,
      interests: interests[key] ?? [],
      offers: key === "jordan" ? ["mentoring"] : [],
    })),
  );
  // Lena keeps Thursdays 11:00 in New York: Sam's Thursday 16:00 in London, most weeks of the year.
  await tx.insert(networkingTimeBlocks).values({
    userId: person("lena").id,
    days: ["TH"],
    startTime: "11:00",
    durationMinutes: 60,
    timeZone: person("lena").timeZone,
    startDate: addDays(today, -90),
  });
  for (const round of ROUNDS) {
    const roundOn = addDays(today, -round.daysAgo);
    const [row] = await tx
      .insert(introRounds)
      .values({ programmeId: programme.id, organisationId, roundOn, seed: `demo|${roundOn}` })
      .returning();
    if (!row) throw new Error("demo intro round was not created");
    for (const [a, b, answers, topic] of round.pairs) {
      const members = [person(a).id, person(b).id];
      const slot = await introGroupSlot(tx, roundOn, members);
      const crossTeam = PARTNERSHIPS.has(a) !== PARTNERSHIPS.has(b);
      const [group] = await tx
        .insert(introGroups)
        .values({
          roundId: row.id,
          crossTeam,
          slotStartsAt: slot?.start ?? null,
          reasons: { sharedInterests: [topic], complementary: [], differentTeams: crossTeam },
        })
        .returning();
      if (!group) throw new Error("demo intro group was not created");
      const sentAt = new Date(`${roundOn}T10:00:00Z`);
      await tx.insert(introGroupMembers).values(
        members.map((userId, i) => ({
          groupId: group.id,
          userId,
          checkIn: answers[i] ?? null,
          checkedInAt: answers[i] ? new Date(`${addDays(roundOn, 10)}T12:00:00Z`) : null,
          emailedAt: sentAt,
        })),
      );
    }
  }
}
