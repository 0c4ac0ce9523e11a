import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";

export default function PersonNotFound() {
  return (
    <Card>
      <EmptyState
        title="That person is not in your list"
        action={<ButtonLink href="/people">Back to your people</ButtonLink>}
      >
        They may have been deleted. Everyone's contacts are private, so a link to someone else's list leads
        here too.
      </EmptyState>
    </Card>
  );
}
