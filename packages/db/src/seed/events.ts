// Demo events: a lived-in team calendar with past and upcoming events, every RSVP state, one cancellation.
import { randomUUID } from "node:crypto";
import { zonedTimeToUtc } from "@rapport/domain/time";
import { eventRsvps, events } from "../schema";
import type { DemoSeedContext } from "./context";

type Kind = "conference" | "meetup" | "online_community" | "internal" | "other";

interface DemoEvent {
  team: "Partnerships" | "Product";
  by: string;
  title: string;
  kind: Kind;
  /** Days from the seed's "now"; the local start time and length in hours. */
  inDays: number;
  at: string;
  hours: number;
  allDayDays?: number;
  timeZone: string;
  venue?: string;
  onlineUrl?: string;
  organiserUrl?: string;
  tags: string[];
  cost?: string;
  description?: string;
  cancelled?: boolean;
  rsvps: Record<string, "interested" | "going" | "attended">;
}

const DEMO_EVENTS: DemoEvent[] = [
  {
    team: "Partnerships",
    by: "employee",
    title: "Fintech Founders Breakfast",
    kind: "meetup",
    inDays: 4,
    at: "08:00",
    hours: 2,
    timeZone: "Europe/London",
    venue: "The Ned, 27 Poultry, London",
    organiserUrl: "https://www.meetup.com/fintech-founders-london/",
    tags: ["fintech", "founders"],
    cost: "Free",
    description: "Small-table breakfast with founders of early-stage payments and lending start-ups.",
    rsvps: { employee: "going", priya: "going", manager: "interested" },
  },
  {
    team: "Partnerships",
    by: "manager",
    title: "Partnerships Leaders Summit",
    kind: "conference",
    inDays: 18,
    at: "09:00",
    hours: 0,
    allDayDays: 2,
    timeZone: "Europe/Berlin",
    venue: "Station Berlin, Luckenwalder Str. 4–6",
    organiserUrl: "https://partnerships-summit.example.com",
    tags: ["partnerships", "saas"],
    cost: "€450 (team budget)",
    description: "Two days of talks on channel programmes and co-selling. Maya has two team tickets.",
    rsvps: { manager: "going", tom: "going", employee: "interested" },
  },
  {
    team: "Partnerships",
    by: "priya",
    title: "Women in Partnerships online circle",
    kind: "online_community",
    inDays: 9,
    at: "17:30",
    hours: 1,
    timeZone: "Europe/Berlin",
    onlineUrl: "https://meet.example.com/wip-circle",
    tags: ["community", "mentoring"],
    cost: "Free",
    description: "Monthly call; this month: asking for introductions without feeling pushy.",
    rsvps: { priya: "going" },
  },
  {
    team: "Partnerships",
    by: "employee",
    title: "London SaaS Drinks",
    kind: "meetup",
    inDays: 25,
    at: "18:30",
    hours: 3,
    timeZone: "Europe/London",
    venue: "Second Home, Spitalfields",
    tags: ["saas"],
    cost: "£10",
    cancelled: true,
    description: "Cancelled by the organisers; they will announce a new date.",
    rsvps: { employee: "interested" },
  },
  {
    team: "Partnerships",
    by: "manager",
    title: "Open Banking Expo",
    kind: "conference",
    inDays: -12,
    at: "09:30",
    hours: 8,
    timeZone: "Europe/London",
    venue: "ExCeL London",
    organiserUrl: "https://openbanking-expo.example.com",
    tags: ["fintech", "partnerships"],
    cost: "£120",
    rsvps: { manager: "attended", employee: "attended", priya: "going", tom: "interested" },
  },
  {
    team: "Partnerships",
    by: "tom",
    title: "Channel partner lunch",
    kind: "internal",
    inDays: -2,
    at: "12:30",
    hours: 1.5,
    timeZone: "Europe/Berlin",
    venue: "Kantine, Brightwater Berlin office",
    tags: ["partnerships"],
    rsvps: { tom: "attended", employee: "going" },
  },
  {
    team: "Product",
    by: "jordan",
    title: "Product Camp NYC",
    kind: "conference",
    inDays: 11,
    at: "09:00",
    hours: 8,
    timeZone: "America/New_York",
    venue: "Convene, 117 W 46th St, New York",
    organiserUrl: "https://productcamp.example.org",
    tags: ["product", "ux"],
    cost: "$95",
    description: "Unconference: pitch a session in the morning, or just join the ones that sound good.",
    rsvps: { jordan: "going", lena: "going", diego: "interested" },
  },
  {
    team: "Product",
    by: "diego",
    title: "Mind the Product community call",
    kind: "online_community",
    inDays: 6,
    at: "16:00",
    hours: 1,
    timeZone: "America/Sao_Paulo",
    onlineUrl: "https://meet.example.com/mtp-community",
    tags: ["product", "community"],
    cost: "Free",
    rsvps: { diego: "going", tom: "interested" },
  },
  {
    team: "Product",
    by: "lena",
    title: "UX Research meetup",
    kind: "meetup",
    inDays: -6,
    at: "18:00",
    hours: 2,
    timeZone: "America/New_York",
    venue: "Brooklyn Public Library, Central Branch",
    tags: ["ux", "research"],
    cost: "Free",
    rsvps: { lena: "attended", diego: "going" },
  },
];

function localDay(now: Date, days: number, timeZone: string) {
  const when = new Date(now.getTime() + days * 86_400_000);
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(when)
    .split("-")
    .map(Number);
  return { year: year ?? 2026, month: month ?? 1, day: day ?? 1 };
}

export async function seedEvents(ctx: DemoSeedContext): Promise<void> {
  for (const demo of DEMO_EVENTS) {
    const teamId = ctx.teams.get(demo.team);
    const author = ctx.people.get(demo.by);
    if (!teamId || !author) continue;
    const date = localDay(ctx.now, demo.inDays, demo.timeZone);
    const [hour = 0, minute = 0] = demo.at.split(":").map(Number);
    const allDay = demo.allDayDays !== undefined;
    const startsAt = zonedTimeToUtc(
      { ...date, hour: allDay ? 0 : hour, minute: allDay ? 0 : minute },
      demo.timeZone,
    );
    const endsAt = allDay
      ? zonedTimeToUtc(
          { ...localDay(ctx.now, demo.inDays + (demo.allDayDays ?? 1), demo.timeZone), hour: 0, minute: 0 },
          demo.timeZone,
        )
      : new Date(startsAt.getTime() + demo.hours * 3_600_000);
    const id = randomUUID();
    await ctx.tx.insert(events).values({
      id,
      uid: `${id}@rapport.events`,
      organisationId: ctx.organisationId,
      teamId,
      createdBy: author.id,
      title: demo.title,
      description: demo.description ?? null,
      startsAt,
      endsAt,
      allDay,
      timeZone: demo.timeZone,
      venue: demo.venue ?? null,
      onlineUrl: demo.onlineUrl ?? null,
      organiserUrl: demo.organiserUrl ?? null,
      kind: demo.kind,
      tags: demo.tags,
      cost: demo.cost ?? null,
      status: demo.cancelled ? "cancelled" : "confirmed",
      sequence: demo.cancelled ? 1 : 0,
    });
    const answers = Object.entries(demo.rsvps)
      .map(([key, status]) => ({ userId: ctx.people.get(key)?.id, status }))
      .filter((a): a is { userId: string; status: "interested" | "going" | "attended" } => Boolean(a.userId));
    if (answers.length > 0) {
      // "I attended" is marked once the event is over, so that is when it was logged.
      await ctx.tx.insert(eventRsvps).values(
        answers.map((a) => ({
          eventId: id,
          ...a,
          ...(a.status === "attended" ? { updatedAt: endsAt } : {}),
        })),
      );
    }
  }
}
