// The self-assessment: a few statements per barrier, answered 1 (strongly disagree) to 5
// (strongly agree). One per barrier is reverse-worded so a person who agrees with
// everything does not simply score high on every barrier. Ids are stable: answers are stored by them.
import type { AssessmentStatement, BarrierId } from "./types";

const statement = (barrierId: BarrierId, n: number, text: string, reverse = false): AssessmentStatement => ({
  id: `${barrierId}.${n}`,
  barrierId,
  text,
  reverse,
});

export const ASSESSMENT_STATEMENTS: readonly AssessmentStatement[] = [
  statement("confidence", 1, "I often feel I don't have much to offer in a professional conversation."),
  statement("confidence", 2, "I hold back from introducing myself to people I don't know."),
  statement("confidence", 3, "I can easily describe what I'm good at and what I'm working on.", true),

  statement("rejection", 1, "If someone doesn't reply to my message, I'm reluctant to contact them again."),
  statement("rejection", 2, "I avoid asking people for things in case they say no."),
  statement("rejection", 3, "When a request of mine is turned down, I shrug it off quickly.", true),

  statement("time", 1, "Networking is one of the first things I drop when I'm busy."),
  statement("time", 2, "I can't see where networking would fit into my week."),
  statement("time", 3, "I have regular time set aside for meeting people or keeping in touch.", true),

  statement("skills", 1, "I find it hard to keep a conversation going with someone I've just met."),
  statement("skills", 2, "I'm not sure how to follow up after meeting someone."),
  statement("skills", 3, "I'm comfortable starting a conversation with a stranger at an event.", true),

  statement("opportunities", 1, "I rarely hear about events or communities relevant to my work."),
  statement("opportunities", 2, "My role gives me few chances to meet people outside my team."),
  statement("opportunities", 3, "I belong to at least one professional group where I meet new people.", true),

  statement("short_term", 1, "I judge a networking conversation by what it gets me right away."),
  statement("short_term", 2, "I mostly get in touch with people when I need something."),
  statement("short_term", 3, "I keep in touch with people even when I don't need anything from them.", true),

  statement("unclear_goals", 1, "I'm not sure what I want to get out of networking."),
  statement("unclear_goals", 2, "I go to events without any particular aim in mind."),
  statement("unclear_goals", 3, "I could name a specific networking goal I'm working towards.", true),

  statement("values", 1, "Networking often feels fake or self-promoting to me."),
  statement("values", 2, "Most networking events I know of don't suit the kind of person I am."),
  statement("values", 3, "I can be myself when I meet new people in a professional setting.", true),
];
