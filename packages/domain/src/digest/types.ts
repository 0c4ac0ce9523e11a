import type { BarrierId, BarrierProfile, SentTip } from "../barriers";
import type { NudgeReason } from "../dashboard/rules";
import type { GoalStatus, PaceWord } from "../goals";

/** A follow-up as the digest needs it: who, when, and an optional short reason (never notes). */
export interface DigestFollowUpInput {
  /** The follow-up and its person, so the email and Today can link to and act on it. */
  id?: string;
  contactId?: string;
  contactName: string;
  /** 'YYYY-MM-DD' in the person's time zone. */
  dueOn: string;
  doneOn?: string | null;
  /** e.g. "Send the deck you promised". */
  reason?: string;
}

export interface DigestEventInput {
  id?: string;
  title: string;
  /** 'YYYY-MM-DD' local date the event starts. */
  startsOn: string;
  /** "18:30", when known. */
  startsAt?: string;
  location?: string;
  /** Teammates going (names as the team sees them). */
  going: string[];
  /** Whether the digest's reader is going. */
  readerGoing: boolean;
  /** The reader's own answer, when they gave one (Today offers to change it). */
  readerRsvp?: "interested" | "going" | "attended" | null;
}

export interface DigestGoalInput {
  id?: string;
  title: string;
  target: number;
  progress: number;
  startDate: string;
  dueDate: string;
  status: GoalStatus;
  /** True when progress is checked in by hand (other goals count what is logged). */
  manual?: boolean;
}

export interface LastWeekNumbers {
  peopleMet: number;
  conversations: number;
  followUpsDone: number;
  eventsAttended: number;
}

/**
 * Everything a personal digest is made from. Each section is optional: a section whose data does not
 * exist yet (or could not be loaded) is simply left out.
 */
export interface DigestInput {
  /** `locale` (BCP 47) shapes dates and the first day of the week; en-GB when missing. */
  person: { name: string | null; email: string; timeZone: string; locale?: string };
  /** Sections the person chose to leave out of their email (Today shows everything). */
  hiddenSections?: readonly DigestSectionId[];
  /** The ISO week the digest is for, e.g. "2026-W48". */
  weekKey: string;
  /** The moment of composing (for "today" and goal pace in the person's time zone). */
  now: Date;
  followUps?: DigestFollowUpInput[];
  upcomingEvents?: DigestEventInput[];
  goals?: DigestGoalInput[];
  lastWeek?: LastWeekNumbers;
  topBarrier?: { barrierId: BarrierId; tipHistory: SentTip[] };
  profile?: BarrierProfile;
  /** Warm introductions: requests waiting for the reader's answer, and the reader's accepted ones. */
  introRequests?: { waitingForMe: number; acceptedForMe: number };
  /** The reader's latest intros programme groups (one per programme). */
  intros?: DigestIntroInput[];
}

export interface DigestIntroInput {
  groupId: string;
  /** 'YYYY-MM-DD' the round was made. */
  roundOn: string;
  colleagues: { name: string; team: string | null }[];
  /** Why they were matched, one sentence. */
  why: string;
  checkInOpen: boolean;
  checkInDue: boolean;
}

/** A line about an intro: this round's new one, or a check-in waiting for an answer. */
export interface DigestIntroItem {
  groupId: string;
  kind: "intro" | "check_in";
  line: string;
  why?: string;
}

export type PaceLabel = PaceWord;

/** The parts of the personal digest a person can switch off. */
export const DIGEST_SECTIONS = ["followUps", "events", "goals", "lastWeek", "tip", "action"] as const;
export type DigestSectionId = (typeof DIGEST_SECTIONS)[number];

export interface DigestFollowUpItem {
  id?: string;
  contactId?: string;
  contactName: string;
  dueOn: string;
  dueLabel: string;
  reason?: string;
}

export interface EmployeeDigest {
  kind: "employee";
  weekKey: string;
  firstName: string;
  /** The person's locale, for any further wording (numbers, dates) in the templates. */
  locale: string;
  subject: string;
  preview: string;
  followUps: {
    overdue: DigestFollowUpItem[];
    thisWeek: DigestFollowUpItem[];
    /** How many more are due or overdue beyond the five shown. */
    more: number;
  } | null;
  events: {
    id?: string;
    title: string;
    when: string;
    location?: string;
    going: string;
    readerGoing: boolean;
    readerRsvp?: "interested" | "going" | "attended" | null;
  }[];
  goals: {
    id?: string;
    title: string;
    percent: number;
    pace: PaceLabel;
    progress: number;
    target: number;
    manual?: boolean;
  }[];
  lastWeek: (LastWeekNumbers & { total: number }) | null;
  tip: { id: string; text: string; barrierTitle: string } | null;
  action: { id: string; text: string } | null;
  /** Lines about warm introductions ("1 intro request waiting for you"); absent or empty when none. */
  introRequests?: string[];
  /** This round's intro and the pending "did you meet?"; absent or empty when none. */
  intros?: DigestIntroItem[];
  /** False when nothing in it is worth an email this week (see `isUseful`). */
  useful: boolean;
}

/** One team member, as a manager may see them: counts only, never contacts or notes. */
export interface TeamMemberActivity {
  /** Their user id, so the email can link to their member page. */
  userId?: string;
  name: string;
  /** Activities logged last week (people met, conversations, follow-ups done, events attended). */
  activitiesLastWeek: number;
  overdueFollowUps: number;
  sharedGoalsBehind: number;
  /**
   * Why the team dashboard lists them under "may need a nudge" (the same rule, so the email and the
   * dashboard name the same people), or null.
   */
  nudge: NudgeReason | null;
  /** Days since they last logged anything; null if they never have. */
  daysSinceActivity: number | null;
}

export interface ManagerDigestInput {
  manager: { name: string | null; email: string; timeZone: string; locale?: string };
  weekKey: string;
  teams: {
    id?: string;
    name: string;
    members: TeamMemberActivity[];
    eventsNext14Days: number;
    eventsCovered: number;
    sharedGoals: number;
    sharedGoalsOnTrack: number;
  }[];
}

export interface ManagerDigest {
  kind: "manager";
  weekKey: string;
  firstName: string;
  subject: string;
  preview: string;
  teams: {
    name: string;
    memberCount: number;
    activeMembers: number;
    activitiesLastWeek: number;
    eventsNext14Days: number;
    eventsCovered: number;
    goalsOnTrack: string;
    id?: string;
    nudges: { userId?: string; name: string; reason: string }[];
  }[];
  useful: boolean;
}
