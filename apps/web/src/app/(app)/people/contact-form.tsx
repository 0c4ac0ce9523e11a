"use client";

import { useActionState, useState } from "react";
import { Textarea } from "~/components/people/textarea";
import { Button, ButtonLink } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { createContactAction, updateContactAction } from "./actions";

export interface ContactFormValues {
  contactId?: string;
  name?: string;
  company?: string | null;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  metOn?: string | null;
  metWhere?: string | null;
  metEventId?: string | null;
  metEventTitle?: string | null;
  tags?: string[];
  commonGround?: string | null;
  notes?: string | null;
}

/** Add or edit a person. Only the name is required; everything else helps future you. */
export function ContactForm({ values, cancelHref }: { values: ContactFormValues; cancelHref: string }) {
  const editing = Boolean(values.contactId);
  const [state, action, pending] = useActionState<ActionState, FormData>(
    editing ? updateContactAction : createContactAction,
    { ok: true },
  );
  const errors = state.fieldErrors ?? {};
  // A follow-up is planned from the date they met, so it is only offered while there is one.
  const [hasMetOn, setHasMetOn] = useState(Boolean(values.metOn));
  const field = (
    name: keyof ContactFormValues,
    label: string,
    props: {
      type?: string;
      hint?: string;
      autoComplete?: string;
      onValue?: (value: string) => void;
    } = {},
  ) => (
    <Field id={`contact-${name}`} label={label} hint={props.hint} error={errors[name]?.[0]}>
      <Input
        id={`contact-${name}`}
        name={name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        defaultValue={(values[name] as string | null | undefined) ?? ""}
        invalid={Boolean(errors[name])}
        onChange={props.onValue ? (event) => props.onValue?.(event.currentTarget.value) : undefined}
      />
    </Field>
  );
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-6" noValidate>
      {values.contactId ? <input type="hidden" name="contactId" value={values.contactId} /> : null}
      {values.metEventId ? <input type="hidden" name="metEventId" value={values.metEventId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">{field("name", "Name")}</div>
        {field("company", "Company")}
        {field("role", "Role")}
        {field("email", "Email", { type: "email", hint: "Optional." })}
        {field("phone", "Phone", { type: "tel", hint: "Optional." })}
        <div className="sm:col-span-2">
          {field("linkedinUrl", "LinkedIn profile", { hint: "For example linkedin.com/in/their-name." })}
        </div>
      </div>
      <fieldset className="space-y-4 rounded-xl border border-line p-4">
        <legend className="px-1 text-sm font-semibold">Where and when you met</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("metOn", "Met on", { type: "date", onValue: (v) => setHasMetOn(v !== "") })}
          {field("metWhere", "Where", { hint: "An event, an intro, a conference hallway…" })}
        </div>
        {values.metEventId ? (
          <p className="text-sm text-muted">
            Linked to the event{" "}
            {values.metEventTitle ? (
              <strong className="text-ink">{values.metEventTitle}</strong>
            ) : (
              "you came from"
            )}
            .
          </p>
        ) : null}
        {editing ? null : (
          <label className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              name="proposeFollowUp"
              defaultChecked
              disabled={!hasMetOn}
              className="mt-1 size-4 accent-[var(--accent)]"
            />
            <span>
              Plan a follow-up two days after you met
              <span className="block text-muted">
                {hasMetOn
                  ? "A short note while you are still fresh in their mind works best."
                  : "Add the date you met to plan one."}
              </span>
            </span>
          </label>
        )}
      </fieldset>
      <Field
        id="contact-tags"
        label="Tags"
        hint="Separate with commas, e.g. mentor, fintech. Tags can carry a keep-in-touch cadence."
        error={errors.tags?.[0]}
      >
        <Input
          id="contact-tags"
          name="tags"
          defaultValue={(values.tags ?? []).join(", ")}
          invalid={Boolean(errors.tags)}
        />
      </Field>
      <Field
        id="contact-commonGround"
        label="Common ground"
        hint="What you share: a hobby, a home town, a belief about the work."
        error={errors.commonGround?.[0]}
      >
        <Textarea
          id="contact-commonGround"
          name="commonGround"
          rows={2}
          defaultValue={values.commonGround ?? ""}
          invalid={Boolean(errors.commonGround)}
        />
      </Field>
      <Field id="contact-notes" label="Notes" hint="Only you can read these." error={errors.notes?.[0]}>
        <Textarea
          id="contact-notes"
          name="notes"
          rows={4}
          defaultValue={values.notes ?? ""}
          invalid={Boolean(errors.notes)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {editing ? "Save changes" : "Save person"}
        </Button>
        <ButtonLink href={cancelHref} variant="ghost">
          Cancel
        </ButtonLink>
        {state.ok ? null : <FormStatus state={state} />}
      </div>
    </form>
  );
}
