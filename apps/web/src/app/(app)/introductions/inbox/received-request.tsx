"use client";

import type { IntroRequestStatus } from "@rapport/domain/sharing";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/field";
import { answerIntroRequestAction } from "../actions";
import { InlineForm } from "../inline-form";
import { INTRODUCER_STATUS } from "../status-words";
import { DraftEditor } from "./draft-editor";

interface Received {
  id: string;
  requesterName: string;
  contactId: string | null;
  targetLabel: string;
  company: string | null;
  reason: string;
  blurb: string;
  status: IntroRequestStatus;
}

export function ReceivedRequest({
  request: r,
  draft,
  choices,
}: {
  request: Received;
  draft: { subject: string; body: string; to: string | null } | null;
  choices: { id: string; name: string }[];
}) {
  const status = INTRODUCER_STATUS[r.status];
  const open = r.status === "pending" || r.status === "asked_waiting";
  return (
    <li className="py-5" aria-label={`Request from ${r.requesterName}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 font-medium break-words">
          {r.requesterName} would like to meet {r.targetLabel}
        </p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <dl className="mt-2 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">Why: </dt>
          <dd className="inline break-words">{r.reason}</dd>
        </div>
        <div>
          <dt className="inline font-medium">About them: </dt>
          <dd className="inline break-words">{r.blurb}</dd>
        </div>
      </dl>
      {open ? (
        <InlineForm action={answerIntroRequestAction} hidden={{ requestId: r.id }} className="mt-3">
          {(pending) => (
            <div className="space-y-3">
              {choices.length > 0 ? (
                <div className="max-w-sm">
                  <label htmlFor={`who-${r.id}`} className="mb-1.5 block text-sm font-medium">
                    Who would you write to? (optional)
                  </label>
                  <Select id={`who-${r.id}`} name="contactId" defaultValue="">
                    <option value="">I'll choose in my email</option>
                    {choices.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </Select>
                </div>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <Button type="submit" name="answer" value="accept" size="sm" pending={pending}>
                  Accept and draft a note
                </Button>
                {r.status === "pending" ? (
                  <Button
                    type="submit"
                    name="answer"
                    value="asked"
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                  >
                    I've asked them, waiting
                  </Button>
                ) : null}
                <Button
                  type="submit"
                  name="answer"
                  value="decline"
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                >
                  Decline
                </Button>
                <Button
                  type="submit"
                  name="answer"
                  value="block"
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                >
                  Decline and block
                </Button>
              </div>
            </div>
          )}
        </InlineForm>
      ) : null}
      {draft ? <DraftEditor id={r.id} draft={draft} /> : null}
    </li>
  );
}
