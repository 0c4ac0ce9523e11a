// One concrete thing to do this week, per barrier. Ids are stable: digests refer to them.
import type { BarrierId, SuggestedAction } from "./types";

export const SUGGESTED_ACTIONS: Readonly<Record<BarrierId, readonly SuggestedAction[]>> = {
  confidence: [
    {
      id: "confidence.write-intro",
      text: "Write a two-line introduction and add it to your profile",
      goalMetric: "manual",
    },
    {
      id: "confidence.coffee-other-team",
      text: "Have a coffee chat with someone from another team",
      goalMetric: "conversations",
    },
    {
      id: "confidence.practise-intro",
      text: "Practise your introduction with a teammate",
      goalMetric: "conversations",
    },
    { id: "confidence.small-event", text: "Go to one small, low-key event", goalMetric: "events_attended" },
  ],
  rejection: [
    {
      id: "rejection.nudge",
      text: "Send a friendly follow-up to someone who hasn't replied",
      goalMetric: "follow_ups_done",
    },
    {
      id: "rejection.put-off-contact",
      text: "Reach out to one person you've been putting off contacting",
      goalMetric: "conversations",
    },
    { id: "rejection.learned-note", text: "Write a 'what I learned' note on your last declined request" },
    {
      id: "rejection.specific-ask",
      text: "Ask for a specific 20-minute slot instead of an open-ended chat",
      goalMetric: "conversations",
    },
  ],
  time: [
    { id: "time.book-slot", text: "Book a 30-minute networking slot in your calendar", goalMetric: "manual" },
    {
      id: "time.lunch",
      text: "Have lunch with someone you don't usually talk to",
      goalMetric: "conversations",
    },
    {
      id: "time.two-follow-ups",
      text: "Send two follow-ups in a spare five minutes",
      goalMetric: "follow_ups_done",
    },
    {
      id: "time.existing-event",
      text: "Meet one new person at an event you're already attending",
      goalMetric: "people_met",
    },
  ],
  skills: [
    {
      id: "skills.new-question",
      text: "Try a new open question in your next conversation",
      goalMetric: "conversations",
    },
    {
      id: "skills.follow-up-fast",
      text: "Follow up within 48 hours of meeting someone",
      goalMetric: "follow_ups_done",
    },
    {
      id: "skills.checklist",
      text: "Use the post-event checklist after your next event",
      goalMetric: "events_attended",
    },
    {
      id: "skills.summarise",
      text: "Summarise what you heard before replying in your next chat",
      goalMetric: "conversations",
    },
  ],
  opportunities: [
    { id: "opportunities.add-event", text: "Add an event you've found to the team's list" },
    {
      id: "opportunities.join-community",
      text: "Join one professional community or online group",
      goalMetric: "manual",
    },
    {
      id: "opportunities.rsvp-teammate",
      text: "RSVP to an event a teammate is going to",
      goalMetric: "events_attended",
    },
    {
      id: "opportunities.ask-two",
      text: "Ask two colleagues which communities they find useful",
      goalMetric: "conversations",
    },
  ],
  short_term: [
    {
      id: "short_term.share-resource",
      text: "Send a contact something useful, with no ask attached",
      goalMetric: "conversations",
    },
    {
      id: "short_term.introduce",
      text: "Introduce two people who should know each other",
      goalMetric: "conversations",
    },
    {
      id: "short_term.reconnect",
      text: "Check in with someone you haven't spoken to in three months",
      goalMetric: "follow_ups_done",
    },
    { id: "short_term.set-cadence", text: "Set a keep-in-touch rhythm for three important contacts" },
  ],
  unclear_goals: [
    {
      id: "unclear_goals.write-aim",
      text: "Write one sentence on what you want from networking this quarter",
    },
    { id: "unclear_goals.set-goal", text: "Set a goal with a target and a due date" },
    { id: "unclear_goals.review", text: "Review your goal and adjust one step of the plan" },
    {
      id: "unclear_goals.ask-how",
      text: "Ask someone you admire how they found their mentor",
      goalMetric: "conversations",
    },
  ],
  values: [
    { id: "values.tags", text: "Add interest tags to your profile" },
    {
      id: "values.cause-event",
      text: "Go to an event built around something you care about",
      goalMetric: "events_attended",
    },
    {
      id: "values.common-ground",
      text: "Note the common ground after your next conversation",
      goalMetric: "conversations",
    },
    {
      id: "values.swap-event",
      text: "Swap an event that doesn't suit you for one that does",
      goalMetric: "events_attended",
    },
  ],
};
