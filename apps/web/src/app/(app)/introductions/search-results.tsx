import { roundedCountWords } from "@rapport/domain/sharing";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";

interface Colleague {
  userId: string;
  name: string;
  knows: { label: string; count: { atLeast: number } }[];
  contacts: { contactId: string; name: string; role: string | null; company: string | null }[];
}

function askHref(q: string, to: string, target: { contact?: string; company?: string }) {
  return `/introductions/ask?${new URLSearchParams({ q, to, ...target })}`;
}

export function SearchResults({ q, colleagues }: { q: string; colleagues: Colleague[] }) {
  if (colleagues.length === 0) {
    return (
      <div className="mt-5">
        <EmptyState title={`Nobody shares anyone for "${q}" yet`}>
          Colleagues only appear here when they choose to share. Try a shorter word, or a related field.
        </EmptyState>
      </div>
    );
  }
  return (
    <ul className="mt-5 divide-y divide-line" aria-label="Colleagues who could help">
      {colleagues.map((c) => (
        <li key={c.userId} className="py-4">
          <p className="font-medium">{c.name}</p>
          <ul className="mt-2 space-y-2">
            {c.contacts.map((contact) => (
              <li key={contact.contactId} className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 text-sm">
                  Can introduce you to <strong>{contact.name}</strong>
                  {contact.role || contact.company
                    ? `, ${[contact.role, contact.company].filter(Boolean).join(" at ")}`
                    : ""}
                </span>
                <ButtonLink
                  href={askHref(q, c.userId, { contact: contact.contactId })}
                  size="sm"
                  variant="secondary"
                >
                  Ask {c.name.split(" ")[0]}
                  <span className="sr-only"> about {contact.name}</span>
                </ButtonLink>
              </li>
            ))}
            {c.knows.map((k) => (
              <li key={k.label} className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 text-sm">
                  Knows {roundedCountWords(k.count)} at or in <strong>{k.label}</strong>
                </span>
                <ButtonLink href={askHref(q, c.userId, { company: k.label })} size="sm" variant="secondary">
                  Ask {c.name.split(" ")[0]}
                  <span className="sr-only"> about {k.label}</span>
                </ButtonLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
