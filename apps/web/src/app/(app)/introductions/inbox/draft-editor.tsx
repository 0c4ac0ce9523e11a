"use client";

import { introMailto } from "@rapport/domain/sharing";
import { useState } from "react";
import { Textarea } from "~/components/people/textarea";
import { Button, buttonClass } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";

/**
 * The double-opt-in note, editable; it opens in the person's own email app (a mailto: link built from
 * what they edited) or is copied. Rapport itself sends nothing.
 */
export function DraftEditor({
  id,
  draft,
}: {
  id: string;
  draft: { subject: string; body: string; to: string | null };
}) {
  const [to, setTo] = useState(draft.to ?? "");
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(`${subject}\n\n${body}`);
    setCopied(true);
  }
  return (
    <section aria-label="Your draft" className="mt-4 space-y-3 rounded-lg border border-line p-4">
      <h3 className="font-medium">Your draft</h3>
      <p className="text-sm text-muted">
        It asks the person first. Edit it, then send it from your own email.
      </p>
      <Field id={`to-${id}`} label="To">
        <Input
          id={`to-${id}`}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          placeholder="their address"
        />
      </Field>
      <Field id={`subject-${id}`} label="Subject">
        <Input id={`subject-${id}`} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </Field>
      <Field id={`body-${id}`} label="Message">
        <Textarea id={`body-${id}`} value={body} onChange={(e) => setBody(e.target.value)} rows={10} />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <a className={buttonClass("primary", "sm")} href={introMailto(to || null, { subject, body })}>
          Open in my email app
        </a>
        <Button size="sm" variant="secondary" onClick={copy}>
          Copy the text
        </Button>
        <span aria-live="polite" className="text-sm text-muted">
          {copied ? "Copied." : ""}
        </span>
      </div>
    </section>
  );
}
