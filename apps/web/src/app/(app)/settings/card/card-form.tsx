"use client";

import { myCardInput } from "@rapport/api/card-validation";
import { MY_CARD_FIELDS, MY_CARD_LABELS, type MyCard, type MyCardField } from "@rapport/domain/contacts";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { useFormAction } from "~/components/ui/use-form-action";
import { saveCardAction } from "./actions";

const INPUTS: Record<MyCardField, { type: string; autoComplete: string; hint?: string }> = {
  name: { type: "text", autoComplete: "name", hint: "Always on your card." },
  role: { type: "text", autoComplete: "organization-title" },
  company: { type: "text", autoComplete: "organization" },
  email: { type: "email", autoComplete: "email" },
  phone: { type: "tel", autoComplete: "tel" },
  linkedinUrl: {
    type: "url",
    autoComplete: "url",
    hint: "Your profile address, like linkedin.com/in/your-name.",
  },
};

const valuesOf = (formData: FormData) => ({
  ...Object.fromEntries(formData),
  shown: formData.getAll("shown"),
});

/** Each field of my card with a "Show on my card" box; only ticked fields go into the code and the link. */
export function CardForm({ card }: { card: MyCard }) {
  const { state, pending, formProps } = useFormAction(saveCardAction, {
    schema: myCardInput,
    values: valuesOf,
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form {...formProps} className="space-y-4">
      {MY_CARD_FIELDS.map((field) => (
        <div key={field} className="space-y-2">
          <Field
            id={`card-${field}`}
            label={MY_CARD_LABELS[field]}
            hint={INPUTS[field].hint}
            error={errors[field]?.[0]}
          >
            <Input
              id={`card-${field}`}
              name={field}
              type={INPUTS[field].type}
              autoComplete={INPUTS[field].autoComplete}
              defaultValue={card.values[field]}
              required={field === "name"}
              invalid={Boolean(errors[field])}
            />
          </Field>
          {field === "name" ? null : (
            <label className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="shown"
                value={field}
                defaultChecked={card.shown.includes(field)}
                className="size-4 accent-accent"
              />
              Show {field === "linkedinUrl" ? "LinkedIn" : MY_CARD_LABELS[field].toLowerCase()} on my card
            </label>
          )}
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} className="max-sm:w-full">
          Save my card
        </Button>
        <p aria-live="polite" className="text-sm text-muted">
          {state.ok ? state.message : <span className="text-red-700 dark:text-red-300">{state.message}</span>}
        </p>
      </div>
    </form>
  );
}
