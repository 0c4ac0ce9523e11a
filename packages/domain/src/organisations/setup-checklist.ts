/** What an organisation has done so far, counted from its own records. */
export interface SetupFacts {
  teams: number;
  /** Teams without any manager. */
  teamsWithoutManager: number;
  /** Invitations ever sent (any state) plus members other than the admin looking. */
  invitedOrJoined: number;
  teamGoals: number;
  /** Whether an admin has saved the organisation's digest day and hour. */
  digestChosen: boolean;
}

export type SetupStepKey = "team" | "invite" | "manager" | "team-goal" | "digest";

export interface SetupStep {
  key: SetupStepKey;
  title: string;
  done: boolean;
}

/**
 * The admin's first-run list, in the order that makes sense: each step is ticked by having done it
 * (never by a checkbox), and the list is complete when every step is.
 */
export function setupChecklist(facts: SetupFacts): {
  steps: SetupStep[];
  complete: boolean;
  remaining: number;
} {
  const steps: SetupStep[] = [
    { key: "team", title: "Create a team", done: facts.teams > 0 },
    { key: "invite", title: "Invite people", done: facts.invitedOrJoined > 0 },
    {
      key: "manager",
      title: "Choose a manager for each team",
      done: facts.teams > 0 && facts.teamsWithoutManager === 0,
    },
    { key: "team-goal", title: "Set a team goal", done: facts.teamGoals > 0 },
    { key: "digest", title: "Pick the day of the weekly email", done: facts.digestChosen },
  ];
  const remaining = steps.filter((step) => !step.done).length;
  return { steps, complete: remaining === 0, remaining };
}
