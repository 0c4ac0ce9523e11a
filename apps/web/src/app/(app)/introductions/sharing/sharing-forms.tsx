"use client";

import { roundedCountWords } from "@rapport/domain/sharing";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { Select } from "~/components/ui/field";
import {
  setContactOpenAction,
  setShareCompaniesAction,
  unblockAction,
  withdrawAllSharingAction,
} from "../actions";
import { InlineForm } from "../inline-form";

export function CompaniesChoice({
  shareCompanies,
  companies,
}: {
  shareCompanies: boolean;
  companies: { company: string; count: { atLeast: number } | null }[];
}) {
  return (
    <Card>
      <CardHeader
        title="Companies and fields"
        description={
          shareCompanies
            ? "On. Colleagues can see the companies below, with rounded counts, and the kinds of roles you know people in."
            : "Off. Turn it on to let colleagues see the companies below (and the kinds of roles), never the people."
        }
      />
      <InlineForm action={setShareCompaniesAction} hidden={{ share: shareCompanies ? "off" : "on" }}>
        {(pending) => (
          <Button type="submit" pending={pending} variant={shareCompanies ? "secondary" : "primary"}>
            {shareCompanies ? "Stop sharing companies" : "Share companies and fields"}
          </Button>
        )}
      </InlineForm>
      <h3 className="mt-4 text-sm font-medium">
        {shareCompanies ? "What colleagues see" : "What colleagues would see"}
      </h3>
      {companies.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No companies on the people you've logged yet.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {companies.map((c) => (
            <li key={c.company} className="rounded-full border border-line px-3 py-1 text-sm">
              {c.company}
              {c.count ? <span className="text-muted"> · {roundedCountWords(c.count)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function OpenContacts({
  open,
  candidates,
}: {
  open: { contactId: string; name: string; company: string | null; role: string | null }[];
  candidates: { id: string; name: string; company: string | null }[];
}) {
  return (
    <Card>
      <CardHeader
        title="People open to introduce"
        description="Only their name, role and company are findable. Stop sharing anyone at any time."
      />
      {open.length === 0 ? (
        <p className="text-sm text-muted">Nobody yet.</p>
      ) : (
        <ul className="divide-y divide-line">
          {open.map((c) => (
            <li key={c.contactId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0 text-sm break-words">
                <strong>{c.name}</strong>
                {c.role || c.company ? `, ${[c.role, c.company].filter(Boolean).join(" at ")}` : ""}
              </span>
              <InlineForm action={setContactOpenAction} hidden={{ contactId: c.contactId, open: "false" }}>
                {(pending) => (
                  <Button type="submit" size="sm" variant="secondary" pending={pending}>
                    Stop sharing<span className="sr-only"> {c.name}</span>
                  </Button>
                )}
              </InlineForm>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 ? (
        <InlineForm action={setContactOpenAction} hidden={{ open: "true" }} className="mt-4">
          {(pending) => (
            <div className="flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1 basis-56">
                <label htmlFor="open-contact" className="mb-1.5 block text-sm font-medium">
                  Add someone you'd be happy to introduce
                </label>
                <Select id="open-contact" name="contactId" defaultValue={candidates[0]?.id}>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.company ? ` (${c.company})` : ""}
                    </option>
                  ))}
                </Select>
              </div>
              <Button type="submit" pending={pending}>
                Share this person
              </Button>
            </div>
          )}
        </InlineForm>
      ) : null}
    </Card>
  );
}

export function BlockedList({ blocked }: { blocked: { userId: string; name: string }[] }) {
  return (
    <Card>
      <CardHeader
        title="Blocked"
        description="These colleagues can't send you requests, and don't see you in searches."
      />
      <ul className="divide-y divide-line">
        {blocked.map((b) => (
          <li key={b.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="text-sm">{b.name}</span>
            <InlineForm action={unblockAction} hidden={{ userId: b.userId }}>
              {(pending) => (
                <Button type="submit" size="sm" variant="secondary" pending={pending}>
                  Unblock<span className="sr-only"> {b.name}</span>
                </Button>
              )}
            </InlineForm>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function WithdrawAll({ sharesAnything }: { sharesAnything: boolean }) {
  return (
    <Card>
      <CardHeader
        title="Share nothing"
        description={
          sharesAnything
            ? "Takes everything back at once: the next search by a colleague will not find you."
            : "You share nothing right now."
        }
      />
      {sharesAnything ? (
        <InlineForm action={withdrawAllSharingAction}>
          {(pending) => (
            <Button type="submit" variant="danger" pending={pending}>
              Stop sharing everything
            </Button>
          )}
        </InlineForm>
      ) : null}
    </Card>
  );
}
