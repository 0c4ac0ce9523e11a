"use client";

// The steps around the preview: choosing a file, the progress of an import, and how it ended.
import { useRef } from "react";
import { Alert } from "~/components/ui/alert";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import type { Phase } from "./use-import";

const n = (value: number) => value.toLocaleString("en-GB");

export function ChooseFileStep({
  reading,
  error,
  onRead,
}: {
  reading: boolean;
  error: string | undefined;
  onRead: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Card>
      <CardHeader
        title="1. Choose a file"
        description="LinkedIn Connections.csv, a Google Contacts or Outlook CSV, a Rapport export or vCard (.vcf), up to 8 MB."
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onRead(input.current?.files?.[0]);
        }}
        className="space-y-4"
      >
        <div className="space-y-1.5">
          <label htmlFor="import-file" className="block text-sm font-medium">
            Contacts file
          </label>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
            className="block w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-line file:bg-surface file:px-4 file:font-medium file:text-ink"
          />
        </div>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button type="submit" pending={reading}>
          {reading ? "Reading…" : "Preview import"}
        </Button>
      </form>
    </Card>
  );
}

export function ImportingStep({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <Card>
      <CardHeader title="Importing…" description="Keep this page open until it finishes." />
      <label htmlFor="import-progress" className="mb-2 block text-sm font-medium">
        {n(done)} of {n(total)} saved
      </label>
      <progress
        id="import-progress"
        max={total || 1}
        value={done}
        className="h-3 w-full accent-[var(--accent)]"
      >
        {percent}%
      </progress>
    </Card>
  );
}

export function FinishedStep({
  phase,
  onRestart,
}: {
  phase: Extract<Phase, { kind: "finished" }>;
  onRestart: () => void;
}) {
  const { counts } = phase;
  return (
    <Card>
      {phase.failed ? (
        <Alert tone="error" title={`Saved ${n(phase.done)} of ${n(phase.total)}, then it stopped`}>
          {phase.failed} Nothing after that point was saved. Import the same file again: people already saved
          are recognised and skipped.
        </Alert>
      ) : (
        <Alert tone="success" title="Import finished">
          {n(counts.create)} added, {n(counts.update)} updated
          {counts.skip > 0 ? `, ${n(counts.skip)} left out or already up to date` : ""}.
        </Alert>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href="/people">See your people</ButtonLink>
        <Button variant="secondary" onClick={onRestart}>
          Import another file
        </Button>
      </div>
    </Card>
  );
}
