import { describe, expect, it } from "vitest";
import { type SetupFacts, setupChecklist } from "./setup-checklist";

const fresh: SetupFacts = {
  teams: 0,
  teamsWithoutManager: 0,
  invitedOrJoined: 0,
  teamGoals: 0,
  digestChosen: false,
};

describe("setupChecklist", () => {
  it("starts with every step to do, in order", () => {
    const list = setupChecklist(fresh);
    expect(list.steps.map((s) => s.key)).toEqual(["team", "invite", "manager", "team-goal", "digest"]);
    expect(list.steps.every((s) => !s.done)).toBe(true);
    expect(list).toMatchObject({ complete: false, remaining: 5 });
  });

  it("a manager step is not done while there is no team, or a team has no manager", () => {
    expect(setupChecklist(fresh).steps[2]?.done).toBe(false);
    expect(setupChecklist({ ...fresh, teams: 2, teamsWithoutManager: 1 }).steps[2]?.done).toBe(false);
    expect(setupChecklist({ ...fresh, teams: 2, teamsWithoutManager: 0 }).steps[2]?.done).toBe(true);
  });

  it("is complete once everything has been done", () => {
    const list = setupChecklist({
      teams: 1,
      teamsWithoutManager: 0,
      invitedOrJoined: 3,
      teamGoals: 1,
      digestChosen: true,
    });
    expect(list).toMatchObject({ complete: true, remaining: 0 });
  });
});
