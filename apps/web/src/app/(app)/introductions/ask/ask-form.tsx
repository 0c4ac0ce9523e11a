"use client";

import { introRequestInput } from "@rapport/api/validation";
import Link from "next/link";
import { Textarea } from "~/components/people/textarea";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { useFormAction } from "~/components/ui/use-form-action";
import { sendIntroRequestAction } from "../actions";

export function AskForm({
  introducerId,
  contactId,
  company,
  blurb,
  back,
}: {
  introducerId: string;
  contactId: string;
  company: string;
  blurb: string;
  back: string;
}) {
  const { state, pending, formProps } = useFormAction(sendIntroRequestAction, {
    schema: introRequestInput,
    values: (data) => ({
      introducerId,
      contactId: contactId || null,
      company: company || null,
      reason: data.get("reason"),
      blurb: data.get("blurb"),
    }),
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="introducerId" value={introducerId} />
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="company" value={company} />
      <Field
        id="intro-reason"
        label="Why you'd like to meet them"
        hint="A sentence or two. Your colleague may pass it on."
        error={errors.reason?.[0]}
      >
        <Textarea id="intro-reason" name="reason" maxLength={600} invalid={Boolean(errors.reason)} />
      </Field>
      <Field
        id="intro-blurb"
        label="A short note about you"
        hint="Started from your pitch; edit it freely. It goes into the note your colleague sends."
        error={errors.blurb?.[0]}
      >
        <Textarea
          id="intro-blurb"
          name="blurb"
          defaultValue={blurb}
          maxLength={600}
          invalid={Boolean(errors.blurb)}
        />
      </Field>
      {errors.company?.[0] ? (
        <p className="text-sm text-red-700 dark:text-red-300">{errors.company[0]}</p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Send request
        </Button>
        <Link href={back} className="text-sm text-muted underline underline-offset-4 hover:text-ink">
          Cancel
        </Link>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
