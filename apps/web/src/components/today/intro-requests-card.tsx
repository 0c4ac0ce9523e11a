import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { countOf, NOUNS } from "~/components/words";

/** On Today when a colleague waits for an answer, or one of my requests was accepted. */
export function IntroRequestsCard({ counts }: { counts: { waitingForMe: number; acceptedForMe: number } }) {
  if (counts.waitingForMe === 0 && counts.acceptedForMe === 0) return null;
  const waiting = counts.waitingForMe > 0;
  return (
    <Card className="mb-6">
      <CardHeader
        title={
          waiting
            ? `${countOf(counts.waitingForMe, NOUNS.introRequest)} waiting for you`
            : `${countOf(counts.acceptedForMe, NOUNS.introRequest)} of yours accepted`
        }
        description={
          waiting
            ? "A colleague would like an introduction to someone you know. Yes, not yet, or no: all fine."
            : "Your colleague is writing to the person. When you meet, add them to your people."
        }
        action={
          <ButtonLink href={waiting ? "/introductions/inbox" : "/introductions"}>
            {waiting ? "See the request" : "See your requests"}
          </ButtonLink>
        }
      />
    </Card>
  );
}
