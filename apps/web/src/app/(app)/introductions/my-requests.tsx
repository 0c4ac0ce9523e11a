import type { RequesterIntroStatus } from "@rapport/domain/sharing";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { dayWords } from "~/components/words";
import { LogContactForm } from "./log-contact-form";
import { REQUESTER_STATUS } from "./status-words";

interface SentRequest {
  id: string;
  introducerName: string;
  targetLabel: string;
  company: string | null;
  reason: string;
  status: RequesterIntroStatus;
  createdAt: Date;
}

/** The requester's side: each request and a kind word for where it stands. */
export function MyRequests({ requests }: { requests: SentRequest[] }) {
  return (
    <Card>
      <CardHeader
        title="Your requests"
        description="A colleague who can't help this time is never asked to say why."
      />
      {requests.length === 0 ? (
        <EmptyState title="No requests yet">
          Search above to find a colleague who could introduce you.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line">
          {requests.map((r) => {
            const status = REQUESTER_STATUS[r.status];
            return (
              <li
                key={r.id}
                className="py-4"
                aria-label={`Request to ${r.introducerName} about ${r.targetLabel}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-medium break-words">
                      {r.introducerName} · {r.targetLabel}
                    </p>
                    <p className="text-sm text-muted">
                      Asked {dayWords(r.createdAt.toISOString().slice(0, 10))}
                    </p>
                  </div>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </div>
                {r.status === "accepted" ? (
                  <LogContactForm
                    requestId={r.id}
                    name={r.company && r.targetLabel !== r.company ? r.targetLabel : ""}
                    company={r.company ?? ""}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
