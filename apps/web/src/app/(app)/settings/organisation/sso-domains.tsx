"use client";

import { useActionState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { FormStatus } from "~/components/ui/form-status";
import { submitWithoutReset } from "~/components/ui/submit-without-reset";
import type { ActionState } from "~/server/api";
import { declareSsoDomainAction, removeSsoDomainAction } from "./actions";

export interface SsoDomainRow {
  id: string;
  domain: string;
  policy: "authoritative" | "required";
}

const policyLabel = {
  authoritative: "Signs in with SSO (links also work)",
  required: "Must sign in with SSO",
} as const;

/** The email domains whose people sign in with the company's identity provider. */
export function SsoDomains({
  domains,
  adminDomain,
  providerName,
  ssoConfigured,
}: {
  domains: SsoDomainRow[];
  adminDomain: string;
  providerName: string;
  ssoConfigured: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(declareSsoDomainAction, {
    ok: true,
  });
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      {!ssoConfigured ? (
        <p className="text-sm text-muted">
          Company SSO is not set up on this installation yet (AUTH_OIDC_* settings), so these choices apply
          once it is; until then everyone keeps signing in by email link.
        </p>
      ) : null}
      {domains.length > 0 ? (
        <ul className="divide-y divide-line">
          {domains.map((row) => (
            <DomainItem key={row.id} row={row} />
          ))}
        </ul>
      ) : null}
      <form onSubmit={submitWithoutReset(action)} className="max-w-xl space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="sso-domain"
            label="Email domain"
            hint="Your own address must be at it."
            error={errors.domain?.[0]}
          >
            <Input
              id="sso-domain"
              name="domain"
              defaultValue={domains.length === 0 ? adminDomain : ""}
              placeholder={adminDomain || "example.com"}
              invalid={Boolean(errors.domain)}
            />
          </Field>
          <Field
            id="sso-policy"
            label={`People there sign in with ${providerName}`}
            error={errors.policy?.[0]}
          >
            <Select id="sso-policy" name="policy" defaultValue="authoritative">
              <option value="authoritative">Yes, and email links still work</option>
              <option value="required">Yes, always (no email links)</option>
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={pending}>
            Save domain
          </Button>
          <FormStatus state={state} />
        </div>
      </form>
    </div>
  );
}

function DomainItem({ row }: { row: SsoDomainRow }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeSsoDomainAction, { ok: true });
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <span className="font-medium break-all">{row.domain}</span>
        <Badge tone={row.policy === "required" ? "accent" : "neutral"}>{policyLabel[row.policy]}</Badge>
      </div>
      <form action={action} className="flex items-center gap-2">
        <input type="hidden" name="domainId" value={row.id} />
        <FormStatus state={state} />
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          pending={pending}
          aria-label={`Remove ${row.domain}`}
        >
          Remove
        </Button>
      </form>
    </li>
  );
}
