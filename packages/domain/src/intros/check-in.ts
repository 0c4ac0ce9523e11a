// When "did you meet?" is asked: a few days before the next round, until the person answers
// "we met" or "we couldn't". "Not yet" keeps it open.

import { addDays } from "../time/calendar-dates";

export type IntroCheckInAnswer = "met" | "not_yet" | "could_not";

/** The check-in opens this many days before the programme's next round. */
export const CHECK_IN_DAYS_BEFORE_NEXT_ROUND = 3;

export interface IntroCheckInState {
  nextRoundOn: string;
  /** The first day the check-in is asked. */
  checkInFrom: string;
  /** Still waiting for "met" or "could not" (unanswered, or "not yet"). */
  open: boolean;
  /** Open and its day has come: Today and the digest ask it. */
  due: boolean;
}

export function introCheckInState(input: {
  roundOn: string;
  cadenceWeeks: number;
  answer: IntroCheckInAnswer | null;
  today: string;
}): IntroCheckInState {
  const nextRoundOn = addDays(input.roundOn, input.cadenceWeeks * 7);
  const checkInFrom = addDays(nextRoundOn, -CHECK_IN_DAYS_BEFORE_NEXT_ROUND);
  const open = input.answer === null || input.answer === "not_yet";
  return { nextRoundOn, checkInFrom, open, due: open && input.today >= checkInFrom };
}
