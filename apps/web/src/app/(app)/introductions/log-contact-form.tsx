"use client";

import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { logIntroducedContactAction } from "./actions";
import { InlineForm } from "./inline-form";

/** After the introduction: add the person to my own list, where they count toward my goals. */
export function LogContactForm({
  requestId,
  name,
  company,
}: {
  requestId: string;
  name: string;
  company: string;
}) {
  return (
    <details className="mt-3 rounded-lg border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium">Met them? Add them to your people</summary>
      <InlineForm action={logIntroducedContactAction} hidden={{ requestId }} className="mt-3 space-y-3">
        {(pending) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id={`name-${requestId}`} label="Their name">
                <Input id={`name-${requestId}`} name="name" defaultValue={name} required maxLength={80} />
              </Field>
              <Field id={`company-${requestId}`} label="Company">
                <Input id={`company-${requestId}`} name="company" defaultValue={company} maxLength={120} />
              </Field>
            </div>
            <Button type="submit" pending={pending} size="sm">
              Add to my people
            </Button>
          </>
        )}
      </InlineForm>
    </details>
  );
}
