/** The copy of the landing page, kept apart from its layout. Our own words throughout. */

export const steps = [
  {
    title: "Decide what you want",
    body: "A mentor, a move into a new field, a wider circle. Turn it into a goal with a target, a date and a few concrete steps.",
  },
  {
    title: "Go where your people are",
    body: "Your team keeps one list of meetups, conferences and communities. See who is going, and never walk in alone.",
  },
  {
    title: "Remember who you met",
    body: "Log a name and a line about what you have in common. Rapport suggests when to get back in touch, so nobody fades away.",
  },
  {
    title: "Start each week with a plan",
    body: "A short Monday email: who to follow up with, which events are coming, how your goals are going, and one thing to try.",
  },
];

export const barriers = [
  {
    title: "Not feeling confident",
    answer: "An introduction builder and small first goals that make starting easier.",
  },
  {
    title: "Worrying about a no",
    answer: "Log a silence or a decline as what it is: normal, and something to learn from.",
  },
  {
    title: "Never finding the time",
    answer: "A weekly networking slot in your calendar, and a digest that picks what matters.",
  },
  {
    title: "Unsure what to say",
    answer: "Conversation openers and a follow-up checklist before and after each event.",
  },
  {
    title: "Few chances to meet people",
    answer: "One shared list of events, with suggestions from the people you work with.",
  },
  {
    title: "Wanting results right away",
    answer: "Keep-in-touch rhythms and a way to record help you gave, not just asked for.",
  },
  {
    title: "No clear aim",
    answer: "Goal templates, action plans, and progress counted from what you actually do.",
  },
  {
    title: "It does not feel like you",
    answer: "Interest tags and common ground, so you pick rooms and people that fit.",
  },
];

export const privacyPoints = [
  "The people you log, your notes and your reflections are yours alone. Not your manager, not an admin.",
  "Managers see counts and trends for their team, never names or notes.",
  "Team-wide views appear only once enough people have taken part that no one can be singled out.",
];
