import type { MyCardValues } from "@rapport/domain/contacts";

/**
 * A contact card as someone else sees it: the name, then only the fields it carries, each a link
 * a phone can act on (mail, call, open LinkedIn). The QR code, drawn on the server, sits beside it.
 */
export function CardView({
  card,
  qr,
  showName = true,
  stacked = false,
}: {
  card: Partial<MyCardValues> & { name: string };
  qr: string;
  /** Off where the page's heading is already the name. */
  showName?: boolean;
  /** Code above the details at every width, for a narrow column. */
  stacked?: boolean;
}) {
  const line = [card.role, card.company].filter(Boolean).join(" · ");
  return (
    <div
      className={
        stacked
          ? "flex flex-col items-center gap-5 text-center"
          : "flex flex-col items-center gap-5 text-center sm:flex-row sm:items-start sm:text-left"
      }
    >
      <div className="w-64 max-w-full shrink-0 rounded-xl bg-white p-2 shadow-sm ring-1 ring-line">
        {/* A white square in dark mode too: cameras need dark modules on a light ground. */}
        <div
          data-testid="card-qr"
          className="[&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by the QR library; its one text, the label, is escaped
          dangerouslySetInnerHTML={{ __html: qr }}
        />
      </div>
      <div className="min-w-0 space-y-1">
        {showName ? <p className="text-xl font-semibold tracking-tight break-words">{card.name}</p> : null}
        {line ? <p className="text-muted break-words">{line}</p> : null}
        <ul className="mt-3 space-y-1 text-sm">
          {card.email ? (
            <li>
              <a
                className="break-all text-accent underline-offset-2 hover:underline"
                href={`mailto:${card.email}`}
              >
                {card.email}
              </a>
            </li>
          ) : null}
          {card.phone ? (
            <li>
              <a
                className="text-accent underline-offset-2 hover:underline"
                href={`tel:${card.phone.replace(/[^+\d]/g, "")}`}
              >
                {card.phone}
              </a>
            </li>
          ) : null}
          {card.linkedinUrl ? (
            <li>
              <a
                className="break-words text-accent underline-offset-2 hover:underline"
                href={card.linkedinUrl}
                rel="noopener noreferrer"
                target="_blank"
              >
                LinkedIn profile
              </a>
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
