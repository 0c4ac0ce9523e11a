// Demo contacts: every employee has people they met, with history, and follow-ups in every state
// (overdue, today, this week, later, snoozed, done), cadences in green, amber and red, and a no
// reply and a no with what they learned. Dates are relative to the seed's "now".
import { addDays, localDate } from "@rapport/domain/time";
import { derivedColumns } from "../queries/contact-scope";
import { contacts, followUps, interactions, tagCadences } from "../schema";
import type { DemoSeedContext } from "./context";

type Kind = "met" | "message" | "call" | "coffee" | "intro" | "gave_value";
type Outcome = "positive" | "neutral" | "no_reply" | "declined";

interface DemoContact {
  name: string;
  company: string;
  role: string;
  tags: string[];
  /** Days before today we met; null when unknown (an import). */
  metDaysAgo: number | null;
  metWhere?: string;
  commonGround?: string;
  notes?: string;
  email?: string;
  linkedin?: string;
  cadence?: [number, number];
  /** [days ago, kind, outcome, note, reflection?] */
  history?: [number, Kind, Outcome, string, string?][];
  /** Open follow-up due this many days from today (negative: overdue), with its reason. */
  followUp?: [number, "first_meeting" | "cadence" | "second_touch" | "manual", string?];
  /** A follow-up done this many days ago, due `onTime ? same day : 3 days earlier`. */
  done?: [number, boolean];
  snoozed?: boolean;
  imported?: boolean;
}

/** Sam's people: the demo employee whose Today shows every follow-up group (checked for every weekday). */
export const SAM: DemoContact[] = [
  {
    name: "Rosa Delgado",
    company: "Harbour Analytics",
    role: "Head of Partnerships",
    tags: ["fintech", "conference"],
    metDaysAgo: 4,
    metWhere: "Fintech Forum, London",
    commonGround: "Both started out in customer support; loves trail running.",
    notes: "Looking for a data partner for their Q3 pilot. Send the case study.",
    email: "rosa.delgado@harbour.example",
    linkedin: "https://www.linkedin.com/in/rosa-delgado",
    history: [[4, "met", "positive", "Great chat at the coffee stand about pilots."]],
    followUp: [-2, "first_meeting", "Send the case study we talked about"],
  },
  {
    name: "Kwame Mensah",
    company: "Brightline Health",
    role: "Product Director",
    tags: ["mentor"],
    metDaysAgo: 120,
    metWhere: "Introduced by Maya",
    commonGround: "Moved from engineering into product, like me.",
    history: [
      [120, "coffee", "positive", "Talked about moving into partnerships leadership."],
      [40, "call", "positive", "Gave feedback on my pitch; suggested shorter opener."],
    ],
    followUp: [0, "cadence", "Monthly check-in"],
  },
  {
    name: "Hannah Weber",
    company: "Nordlicht Ventures",
    role: "Investment Associate",
    tags: ["investors", "conference"],
    metDaysAgo: 2,
    metWhere: "Partnerships meetup",
    commonGround: "Grew up in the same town in Bavaria.",
    history: [[2, "met", "positive", "Interested in our marketplace numbers."]],
    followUp: [0, "first_meeting"],
  },
  {
    name: "Daniel Okoye",
    company: "Cobalt Logistics",
    role: "VP Operations",
    tags: ["prospects"],
    metDaysAgo: 30,
    metWhere: "Logistics Summit",
    history: [
      [30, "met", "positive", "Quick intro at the summit."],
      [20, "message", "no_reply", "Sent a follow-up note with our deck."],
    ],
    followUp: [1, "second_touch", "One short, friendly nudge"],
  },
  {
    name: "Lucy Tran",
    company: "Pixel & Pine",
    role: "Founder",
    tags: ["design"],
    metDaysAgo: 60,
    history: [
      [60, "coffee", "positive", "Swapped notes on running small teams."],
      [
        25,
        "message",
        "declined",
        "Asked if she'd speak at our meetup; she's too busy this quarter.",
        "A no to one date isn't a no to me. Ask earlier next time and offer a shorter slot.",
      ],
    ],
    // Past the end of next week on any weekday, so "later" is never empty.
    followUp: [24, "manual", "Ask about next quarter's meetup, with a shorter slot"],
  },
  {
    name: "Marco Bellini",
    company: "Verde Energy",
    role: "Partnerships Manager",
    tags: ["energy"],
    metDaysAgo: 95,
    cadence: [30, 60],
    history: [[70, "call", "neutral", "Not the right time for a pilot; check back in spring."]],
  },
  {
    name: "Aisha Rahman",
    company: "Cloudwise",
    role: "CTO",
    tags: ["mentor"],
    metDaysAgo: 200,
    history: [[45, "gave_value", "positive", "Sent her the API security report she mentioned."]],
    followUp: [12, "cadence"],
    done: [15, true],
  },
  {
    name: "Jonas Berg",
    company: "Fjord Studio",
    role: "Creative Director",
    tags: ["design", "conference"],
    metDaysAgo: 9,
    metWhere: "Design Week panel",
    history: [[9, "met", "positive", "Sat next to each other at the panel."]],
    followUp: [5, "first_meeting"],
    snoozed: true,
  },
  {
    name: "Priscilla Osei",
    company: "Greenfield Capital",
    role: "Partner",
    tags: ["investors"],
    metDaysAgo: 14,
    history: [
      [14, "met", "positive", "Met at the investor breakfast."],
      [10, "intro", "positive", "Introduced her to Hannah at Nordlicht."],
    ],
    done: [11, true],
  },
  {
    name: "Tomás Silva",
    company: "Atlas Retail",
    role: "Head of eCommerce",
    tags: ["prospects"],
    metDaysAgo: 50,
    cadence: [21, 35],
    history: [[27, "coffee", "positive", "Walked through their checkout problems."]],
    done: [27, false],
  },
  {
    name: "Grace Liu",
    company: "Meridian Bank",
    role: "Innovation Lead",
    tags: ["fintech"],
    metDaysAgo: null,
    linkedin: "https://www.linkedin.com/in/grace-liu-meridian",
    imported: true,
  },
  {
    name: "Oliver Grant",
    company: "Northwind Traders",
    role: "Sales Director",
    tags: [],
    metDaysAgo: null,
    email: "oliver.grant@northwind.example",
    imported: true,
  },
];

const OTHERS: DemoContact[] = [
  {
    name: "Elena Petrova",
    company: "Quanta Labs",
    role: "Research Lead",
    tags: ["mentor"],
    metDaysAgo: 6,
    metWhere: "AI meetup",
    history: [[6, "met", "positive", "Talked about evaluation tooling."]],
    followUp: [-1, "first_meeting"],
  },
  {
    name: "Sipho Dlamini",
    company: "Kestrel Payments",
    role: "Partnerships Lead",
    tags: ["fintech"],
    metDaysAgo: 40,
    cadence: [30, 45],
    history: [[38, "coffee", "positive", "Agreed to swap customer intros."]],
    followUp: [2, "cadence"],
  },
  {
    name: "Mei Tanaka",
    company: "Lumen Design",
    role: "UX Lead",
    tags: ["design"],
    metDaysAgo: 90,
    cadence: [30, 60],
    history: [
      [
        80,
        "message",
        "no_reply",
        "Asked about their research ops.",
        "Message was long; next time one question.",
      ],
    ],
  },
  {
    name: "Carlos Mendes",
    company: "Rio Ventures",
    role: "Principal",
    tags: ["investors"],
    metDaysAgo: 20,
    history: [[20, "met", "positive", "Met at the founders' dinner."]],
    done: [17, true],
  },
];

/** Noor went quiet a month ago: the last things logged are from then. */
const NOOR: DemoContact[] = [
  {
    name: "Hugo Laurent",
    company: "Atlas Logistics",
    role: "Alliances Manager",
    tags: ["partners"],
    metDaysAgo: 44,
    metWhere: "Logistics partner day",
    history: [
      [44, "met", "positive", "Spoke about joint onboarding for shared customers."],
      [31, "message", "no_reply", "Sent the onboarding one-pager.", "Lead with one question next time."],
    ],
    followUp: [-20, "second_touch"],
  },
  {
    name: "Ines Moreau",
    company: "Northwind Retail",
    role: "Buyer",
    tags: ["retail"],
    metDaysAgo: 52,
    history: [[52, "coffee", "positive", "Interested in a pilot next quarter."]],
    done: [34, false],
  },
];

export async function seedContacts(ctx: DemoSeedContext): Promise<void> {
  const plans: [string, DemoContact[]][] = [
    ["employee", SAM],
    ["priya", OTHERS],
    ["tom", OTHERS.slice(0, 3)],
    ["noor", NOOR],
    ["lena", OTHERS],
    ["diego", OTHERS.slice(1)],
    ["manager", OTHERS.slice(0, 2)],
    ["jordan", OTHERS.slice(2)],
  ];
  for (const [key, list] of plans) {
    const person = ctx.people.get(key);
    if (!person) continue;
    const today = localDate(ctx.now, person.timeZone);
    const owner = { ownerId: person.id, organisationId: ctx.organisationId };
    if (key === "employee") {
      await ctx.tx.insert(tagCadences).values([
        { ...owner, tag: "mentor", idealDays: 30, maxDays: 45 },
        { ...owner, tag: "investors", idealDays: 60, maxDays: 90 },
      ]);
    }
    for (const demo of list) {
      const metOn = demo.metDaysAgo === null ? null : addDays(today, -demo.metDaysAgo);
      const [contact] = await ctx.tx
        .insert(contacts)
        .values({
          ...owner,
          name: demo.name,
          company: demo.company,
          role: demo.role,
          tags: demo.tags,
          email: demo.email ?? null,
          linkedinUrl: demo.linkedin ?? null,
          metOn,
          metWhere: demo.metWhere ?? null,
          commonGround: demo.commonGround ?? null,
          notes: demo.notes ?? null,
          cadenceIdealDays: demo.cadence?.[0] ?? null,
          cadenceMaxDays: demo.cadence?.[1] ?? null,
          source: demo.imported ? "import" : "manual",
          ...derivedColumns({ ...demo, email: demo.email ?? null, linkedinUrl: demo.linkedin ?? null }),
          createdAt: new Date(ctx.now.getTime() - (demo.metDaysAgo ?? 30) * 86_400_000),
        })
        .returning({ id: contacts.id });
      if (!contact) throw new Error(`demo contact ${demo.name} was not created`);
      const ref = { ...owner, contactId: contact.id };
      if (demo.history?.length) {
        await ctx.tx.insert(interactions).values(
          demo.history.map(([ago, kind, outcome, note, reflection]) => ({
            ...ref,
            kind,
            outcome,
            note,
            reflection: reflection ?? null,
            occurredOn: addDays(today, -ago),
            createdAt: new Date(ctx.now.getTime() - ago * 86_400_000),
          })),
        );
      }
      if (demo.done) {
        const [ago, onTime] = demo.done;
        const doneOn = addDays(today, -ago);
        const due = onTime ? doneOn : addDays(doneOn, -3);
        await ctx.tx.insert(followUps).values({
          ...ref,
          dueOn: due,
          originalDueOn: due,
          reason: "first_meeting",
          doneOn,
          doneAt: new Date(ctx.now.getTime() - ago * 86_400_000),
        });
      }
      if (demo.followUp) {
        const [inDays, reason, note] = demo.followUp;
        const dueOn = addDays(today, inDays);
        await ctx.tx.insert(followUps).values({
          ...ref,
          dueOn,
          originalDueOn: demo.snoozed ? addDays(dueOn, -7) : dueOn,
          reason,
          note: note ?? null,
        });
      }
    }
  }
}
