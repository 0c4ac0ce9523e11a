"use client";

import type { ActionPage } from "@rapport/jobs";
import { useActionState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button, ButtonLink } from "~/components/ui/button";
import { applyDigestAction } from "./actions";

/** One button; after the POST the same spot shows what happened and a way into the app. */
export function ConfirmAction({
  token,
  page,
}: {
  token: string;
  page: Extract<ActionPage, { state: "confirm" }>;
}) {
  const [result, action, pending] = useActionState(applyDigestAction, null);
  if (result) {
    const good = result.state === "applied" || result.state === "already";
    return (
      <div className="space-y-4">
        <Alert tone={good ? "success" : "error"} title={result.title}>
          {result.message}
        </Alert>
        {"link" in result ? (
          <ButtonLink href={result.link.href} variant="secondary">
            {result.link.label}
          </ButtonLink>
        ) : null}
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap gap-3">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending}>
        {page.button}
      </Button>
      <ButtonLink href={page.link.href} variant="secondary">
        {page.link.label}
      </ButtonLink>
    </form>
  );
}
