"use client";

import { type ChangeEvent, useState, useTransition } from "react";
import { Textarea } from "~/components/people/textarea";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { type BulkInviteRequest, previewBulkInviteAction, sendBulkInviteAction } from "./bulk-invite-actions";
import type { TeamOption } from "./types";

type Preview = Extract<Awaited<ReturnType<typeof previewBulkInviteAction>>, { ok: true }>;
type Sent = Extract<Awaited<ReturnType<typeof sendBulkInviteAction>>, { ok: true }>;

const MAX_FILE_BYTES = 100_000;

/**
 * Invites many people at once: paste a list or pick a CSV, check it line by line, then send. Nothing is
 * sent before the check, and every line that was not invited is listed with its reason.
 */
export function BulkInviteForm({ teams }: { teams: TeamOption[] }) {
  const [request, setRequest] = useState<BulkInviteRequest>({
    text: "",
    teamId: "",
    teamRole: "employee",
    orgRole: "member",
  });
  const [preview, setPreview] = useState<Preview>();
  const [sent, setSent] = useState<Sent>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function change(patch: Partial<BulkInviteRequest>) {
    setRequest((current) => ({ ...current, ...patch }));
    // A changed list or choice needs a new check before sending.
    setPreview(undefined);
    setError(undefined);
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError("That file is larger than 100 KB; split it into lists of at most 200 people.");
      return;
    }
    change({ text: await file.text() });
  }

  function check() {
    setSent(undefined);
    startTransition(async () => {
      const result = await previewBulkInviteAction(request);
      if (result.ok) setPreview(result);
      else setError(result.message);
    });
  }

  function send() {
    startTransition(async () => {
      const result = await sendBulkInviteAction(request);
      if (!result.ok) return setError(result.message);
      setSent(result);
      setPreview(undefined);
      setRequest((current) => ({
        ...current,
        // Keep only the lines that still need attention, so they can be fixed and sent again.
        text: [...result.failed.map((f) => f.email), ...result.skipped.map((s) => s.input)].join("\n"),
      }));
    });
  }

  const ready = preview?.entries.filter((entry) => !entry.problem) ?? [];
  const problems = preview?.entries.filter((entry) => entry.problem) ?? [];

  return (
    <div className="space-y-4">
      <Field
        id="bulk-text"
        label="Addresses"
        hint="Separate them with commas or new lines; “Alex Rivera <alex@company.com>” works too. Up to 200 at a time."
      >
        <Textarea
          id="bulk-text"
          rows={5}
          value={request.text}
          onChange={(event) => change({ text: event.target.value })}
        />
      </Field>
      <div className="space-y-1.5">
        <label htmlFor="bulk-file" className="block text-sm font-medium">
          Or pick a CSV file
        </label>
        <input
          id="bulk-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={readFile}
          className="block w-full max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-line file:bg-surface file:px-3 file:py-2"
        />
        <p className="text-sm text-muted">With an “Email” column, and “Name” if you have one.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="bulk-team" label="Team for everyone">
          <Select id="bulk-team" value={request.teamId} onChange={(e) => change({ teamId: e.target.value })}>
            <option value="">No team for now</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="bulk-team-role" label="Role in the team">
          <Select
            id="bulk-team-role"
            value={request.teamRole}
            onChange={(e) => change({ teamRole: e.target.value })}
          >
            <option value="employee">Team member</option>
            <option value="manager">Manager</option>
          </Select>
        </Field>
        <Field id="bulk-org-role" label="Organisation role">
          <Select
            id="bulk-org-role"
            value={request.orgRole}
            onChange={(e) => change({ orgRole: e.target.value })}
          >
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </Select>
        </Field>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {preview ? <CheckedList preview={preview} ready={ready.length} problems={problems.length} /> : null}
      {sent ? <SendReport sent={sent} /> : null}
      <div className="flex flex-wrap gap-3">
        {preview && ready.length > 0 ? (
          <Button type="button" onClick={send} pending={pending}>
            Send {ready.length} {ready.length === 1 ? "invitation" : "invitations"}
          </Button>
        ) : (
          <Button type="button" onClick={check} pending={pending} disabled={!request.text.trim()}>
            Check the list
          </Button>
        )}
      </div>
    </div>
  );
}

/** The list as checked, line by line: ready, or the problem that keeps it from being invited. */
function CheckedList({ preview, ready, problems }: { preview: Preview; ready: number; problems: number }) {
  return (
    <section aria-label="Checked list" className="space-y-2">
      <p className="text-sm font-medium" aria-live="polite">
        {ready} ready to invite
        {problems > 0 ? `, ${problems} with a problem (not invited)` : ""}.
      </p>
      <ol className="max-h-72 space-y-1 overflow-y-auto rounded-lg border border-line p-2 text-sm">
        {preview.entries.map((entry) => (
          <li key={`${entry.line}-${entry.input}`} className="flex min-w-0 flex-wrap gap-x-2">
            <span className="text-muted">{entry.line}.</span>
            <span className="min-w-0 break-words">
              {entry.name ? `${entry.name} · ` : ""}
              {entry.email ?? entry.input}
            </span>
            {entry.problem ? (
              <span className="text-red-700 dark:text-red-300">{entry.problem}</span>
            ) : (
              <span className="text-green-800 dark:text-green-300">Ready</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function SendReport({ sent }: { sent: Sent }) {
  return (
    <div className="space-y-2" aria-live="polite">
      <Alert tone="success">
        Sent {sent.sent.length} {sent.sent.length === 1 ? "invitation" : "invitations"}.
      </Alert>
      {sent.failed.length > 0 ? (
        <Alert tone="error">
          These could not be sent and were not invited; they are back in the box to try again:
          <ul className="mt-1 list-disc pl-5">
            {sent.failed.map((f) => (
              <li key={f.email} className="break-words">
                {f.email}: {f.reason}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {sent.skipped.length > 0 ? (
        <p className="text-sm text-muted">
          Not invited: {sent.skipped.map((s) => `${s.input} (${s.problem})`).join("; ")}
        </p>
      ) : null}
    </div>
  );
}
