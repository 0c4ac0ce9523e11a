import { METRIC_LABELS } from "~/components/goals/labels";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import type { api } from "~/server/api";
import { setTeamGoalStatusAction } from "../../actions";

type TeamGoal = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["teamGoals"]["get"]>>["goal"];

/** The manager's edit, complete, archive and reopen buttons. */
export function TeamGoalStatusForm({ goal }: { goal: TeamGoal }) {
  return (
    <form action={setTeamGoalStatusAction} className="flex flex-wrap gap-2">
      <ButtonLink href={`/goals/team/${goal.id}/edit`} variant="secondary">
        Edit
      </ButtonLink>
      <input type="hidden" name="teamGoalId" value={goal.id} />
      <input type="hidden" name="teamId" value={goal.teamId} />
      {goal.status === "active" ? (
        <>
          <Button type="submit" name="status" value="completed" variant="secondary">
            Mark complete
          </Button>
          <Button type="submit" name="status" value="archived" variant="ghost">
            Archive
          </Button>
        </>
      ) : (
        <Button type="submit" name="status" value="active" variant="secondary">
          Reopen
        </Button>
      )}
    </form>
  );
}

/** Why, how it is measured, who counts and what managers see. */
export function AboutTeamGoal({ goal, teamName }: { goal: TeamGoal; teamName: string }) {
  return (
    <Card>
      <CardHeader title="About this goal" />
      <dl className="space-y-3 text-sm">
        {goal.why ? (
          <div>
            <dt className="text-muted">Why</dt>
            <dd className="break-words">{goal.why}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-muted">Measured by</dt>
          <dd>{METRIC_LABELS[goal.metric]}</dd>
        </div>
        <div>
          <dt className="text-muted">Who counts</dt>
          <dd>Everyone in {teamName} except its managers</dd>
        </div>
        <div>
          <dt className="text-muted">Privacy</dt>
          <dd>Managers see each person's count, never what or whom it was.</dd>
        </div>
      </dl>
    </Card>
  );
}
