"use client";

import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

/** Shown when a page fails to load: what happened, and a way to try again. */
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">This page did not load</h1>
      <p className="mt-2 text-sm text-muted">
        Something went wrong on our side. Your data is safe; trying again usually helps.
        {error.digest ? ` (Reference ${error.digest}.)` : null}
      </p>
      <div className="mt-5 flex justify-center">
        <Button onClick={reset}>Try again</Button>
      </div>
    </Card>
  );
}
