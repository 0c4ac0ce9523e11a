import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";

/** A team (or a member) that is not there: another organisation's, removed, or a mistyped link. */
export default function TeamNotFound() {
  return (
    <Card className="mx-auto max-w-xl">
      <h1 className="sr-only">Not found</h1>
      <EmptyState
        title="We could not find that team or person"
        action={<ButtonLink href="/team">Back to Team</ButtonLink>}
      >
        The link may be old, or they may have left the team. Team pages only show people who are in the team
        now.
      </EmptyState>
    </Card>
  );
}
