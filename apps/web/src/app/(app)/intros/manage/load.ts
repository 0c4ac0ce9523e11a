import { api, requireMember } from "~/server/api";

/** The teams a person may choose: every team for an admin, the teams they manage for a manager. */
export async function choosableTeams() {
  const { me } = await requireMember("/intros/manage");
  const caller = await api();
  const managed = await caller.intros.managed();
  const mine = new Set(me.teams.filter((t) => t.role === "manager").map((t) => t.teamId));
  const teams = managed.canCoverOrganisation ? managed.teams : managed.teams.filter((t) => mine.has(t.id));
  return { managed, teams, mayStart: managed.canCoverOrganisation || mine.size > 0 };
}
