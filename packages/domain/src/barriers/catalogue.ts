// The eight barriers that keep people from networking, in Rapport's own words, with the
// strategies that answer them. Tips, actions and goal templates live in sibling files.
import { GOAL_TEMPLATES } from "./goal-templates";
import { SUGGESTED_ACTIONS } from "./suggested-actions";
import { TIPS } from "./tips";
import { BARRIER_IDS, type Barrier, type BarrierId } from "./types";

type Core = Pick<Barrier, "title" | "explanation" | "strategies">;

const cores: Readonly<Record<BarrierId, Core>> = {
  confidence: {
    title: "Lack of confidence",
    explanation:
      "Walking up to someone new can feel like stepping onto a stage. Many people hold back because they doubt they have anything worth saying, or assume everyone else in the room is more accomplished. That doubt is common, and it shrinks with practice: knowing what you bring, having a few words ready and starting with easy conversations turns networking from a performance into something you simply do.",
    strategies: [
      "Write down your strengths and one thing you could help others with, so you know what you bring.",
      "Prepare a short introduction and a couple of topics you'd enjoy talking about.",
      "Start small: a colleague from another team, a small meetup, a friendly online group.",
      "Rehearse with a peer or mentor before a bigger event.",
    ],
  },
  rejection: {
    title: "Fear of rejection",
    explanation:
      "Unanswered messages and polite refusals sting, and the fear of them stops many people from reaching out at all. Yet a no, or silence, usually says more about the other person's inbox and week than about you. Treating each attempt as an experiment, noticing what you learned and following up more than once makes rejection an ordinary part of the process rather than a verdict.",
    strategies: [
      "Remember that silence or a no is common and rarely personal.",
      "Treat each attempt as an experiment and note what you learned.",
      "Keep the possible upside in view: one yes can open several doors.",
      "Follow up more than once; many replies arrive on the second or third touch.",
    ],
  },
  time: {
    title: "Lack of time",
    explanation:
      "With a full calendar, networking is often the first thing to slip because it never feels urgent. It doesn't have to be a separate project. Folding it into what you already do, such as events you attend anyway, communities you already belong to or a lunch you'd have regardless, and protecting a small regular slot for it keeps relationships growing without a big time cost.",
    strategies: [
      "Fold networking into your routine: events you attend anyway, groups you already care about.",
      "Book a short, recurring networking slot and keep it like any other meeting.",
      "Pick the few activities that matter most each week instead of trying to do everything.",
      "Use small gaps: a five-minute follow-up fits between meetings.",
    ],
  },
  skills: {
    title: "Insufficient networking skills",
    explanation:
      "Networking is a set of learnable skills: opening a conversation, asking questions that invite a real answer, listening closely and following up so that one chat becomes a relationship. Few people are ever taught them, so many feel awkward and conclude they're just not good at it. A little deliberate practice on each skill makes conversations smoother and more memorable, for both sides.",
    strategies: [
      "Have a few openers ready for different settings.",
      "Ask open questions that invite stories rather than yes or no.",
      "Listen actively: reflect back what you heard and ask a follow-on question.",
      "Follow up within a couple of days, mentioning something specific you talked about.",
    ],
  },
  opportunities: {
    title: "Limited opportunities",
    explanation:
      "Sometimes the obstacle isn't willingness but access: the events seem far away, the right people are hard to find, or your role keeps you inside one team. Opportunities tend to appear once you join the places where your field gathers, such as professional bodies, conferences, meetups and online communities, and once you make use of the events your teammates already know about.",
    strategies: [
      "Join a professional association or community in your field.",
      "Look for conferences, meetups and talks, including online ones.",
      "Use professional networks and forums to reach beyond your usual circle.",
      "Share event finds with your team, and borrow theirs.",
    ],
  },
  short_term: {
    title: "Overemphasis on immediate gains",
    explanation:
      "It's tempting to judge every conversation by what it produced this week: a lead, a referral, a job. That mindset makes networking feel transactional, and people notice. Strong networks are built slowly, by offering help before asking for it and by staying in touch when nothing is needed, so that trust is already in place when an opportunity comes along.",
    strategies: [
      "Play the long game: value relationships for where they might lead in years, not weeks.",
      "Give first: share an article, make an introduction, offer a hand.",
      "Keep in touch regularly, even when you don't need anything.",
    ],
  },
  unclear_goals: {
    title: "Lack of clear goals",
    explanation:
      "Without a clear aim, networking drifts into pleasant events and chats that lead nowhere in particular, and that makes it easy to drop. Deciding what you actually want, whether a mentor, a move into a new area or a wider circle, tells you where to spend your time, lets you write down the steps and shows whether you're getting closer.",
    strategies: [
      "Decide what you want from networking right now: a mentor, a new role, a wider circle.",
      "Write a simple action plan with a few concrete steps.",
      "Measure progress so you can see what's working.",
      "Review and adjust the goal every few weeks.",
    ],
  },
  values: {
    title: "Misalignment with personal values",
    explanation:
      "Some people steer clear of networking because it seems to demand a version of themselves they don't recognise: the loud pitch, the card swapping, small talk for its own sake. It doesn't have to look like that. Choosing settings that match your interests, being honest about what you care about and looking for real common ground lead to connections that feel like you.",
    strategies: [
      "Stay authentic: talk about what genuinely interests you.",
      "Choose settings that fit your interests and values, like a volunteering day, a hobby group or a cause.",
      "Look for common ground rather than selling yourself.",
    ],
  },
};

/** The full catalogue, in the order of the product's barriers table. */
export const BARRIERS: readonly Barrier[] = BARRIER_IDS.map((id) => ({
  id,
  ...cores[id],
  tips: TIPS[id],
  suggestedActions: SUGGESTED_ACTIONS[id],
  goalTemplates: GOAL_TEMPLATES[id],
}));

export function isBarrierId(value: unknown): value is BarrierId {
  return typeof value === "string" && (BARRIER_IDS as readonly string[]).includes(value);
}

export function getBarrier(id: BarrierId): Barrier {
  const barrier = BARRIERS.find((b) => b.id === id);
  if (!barrier) throw new RangeError(`Unknown barrier: "${id}"`);
  return barrier;
}
