"use client";

import { useEffect, useState } from "react";
import { EmailFrame } from "~/components/digest/email-frame";
import { Textarea } from "~/components/people/textarea";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { DialogClose } from "~/components/ui/dialog";
import { Field } from "~/components/ui/field";
import type { ActionState } from "~/server/api";
import { type NudgePreview, nudgePreviewAction } from "./actions";

/** The longest note the API keeps (it refuses longer ones with a reason). */
const NOTE_MAX = 500;
/** How long typing must pause before the preview is redrawn with the note. */
const PAUSE_MS = 400;

/** The email as it will be sent with the note typed so far; the latest answer wins. */
function useNudgePreview(teamId: string, userId: string, note: string) {
  const [preview, setPreview] = useState<NudgePreview | null>(null);
  const [updating, setUpdating] = useState(true);
  useEffect(() => {
    let current = true;
    setUpdating(true);
    const timer = setTimeout(
      () => {
        nudgePreviewAction(teamId, userId, note)
          .then((answer) => current && setPreview(answer))
          .catch(
            () => current && setPreview({ ok: false, message: "The preview could not be made just now." }),
          )
          .finally(() => current && setUpdating(false));
      },
      note ? PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [teamId, userId, note]);
  return { preview, updating };
}

/** Inside the nudge dialog: the note, the email it makes, and Send. */
export function NudgeComposer({
  teamId,
  userId,
  name,
  state,
  send,
  sending,
}: {
  teamId: string;
  userId: string;
  name: string;
  /** The send's answer: a refusal is shown here, beside the note. */
  state: ActionState;
  send: (formData: FormData) => void;
  sending: boolean;
}) {
  const [note, setNote] = useState("");
  const { preview, updating } = useNudgePreview(teamId, userId, note);

  const noteError = state.fieldErrors?.note?.[0];
  return (
    <form action={send} className="space-y-5">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="name" value={name} />
      <Field
        id="nudge-note"
        label="A personal note (optional)"
        hint={`Shown in the email under your name. ${note.length} of ${NOTE_MAX} characters.`}
        error={noteError}
      >
        <Textarea
          id="nudge-note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          invalid={Boolean(noteError)}
          placeholder="For example: the meetup on Thursday could be an easy one; happy to go together."
        />
      </Field>
      {!state.ok && state.message && !noteError ? (
        <Alert tone="error" title="Not sent">
          {state.message}
        </Alert>
      ) : null}
      <section aria-labelledby="nudge-preview-heading" aria-busy={updating}>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="nudge-preview-heading" className="text-sm font-medium">
            Preview
          </h3>
          <p className="text-xs text-muted" aria-live="polite">
            {updating ? "Updating the preview…" : "Up to date"}
          </p>
        </div>
        {preview?.ok ? (
          <div className={updating ? "opacity-60 transition-opacity" : "transition-opacity"}>
            <p className="mb-2 text-sm">
              <span className="text-muted">To</span> {preview.to} ·{" "}
              <span className="text-muted">Subject</span> {preview.subject}
            </p>
            <EmailFrame html={preview.html} title={`The nudge email to ${name}`} />
          </div>
        ) : preview ? (
          <Alert tone="error" title="No preview">
            {preview.message}
          </Alert>
        ) : (
          <p className="text-sm text-muted">Preparing the email…</p>
        )}
      </section>
      <div className="flex flex-wrap justify-end gap-3">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" pending={sending} disabled={preview?.ok === false}>
          Send the nudge
        </Button>
      </div>
    </form>
  );
}
