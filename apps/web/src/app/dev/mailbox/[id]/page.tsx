import { getDatabase, getOutboxMessage } from "@rapport/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxEnabled } from "~/env";

export const metadata: Metadata = { title: "Email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const handle = await getDatabase();
  if (!devMailboxEnabled(handle.engine)) notFound();
  const { id } = await params;
  const { db } = handle;
  const message = await getOutboxMessage(db, id);
  if (!message) notFound();
  const links = [...message.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Link href="/dev/mailbox" className="text-sm text-accent underline">
        ← All emails
      </Link>
      <h1 className="mt-4 text-2xl font-semibold">{message.subject}</h1>
      <p className="mt-1 text-sm text-muted">
        From {message.from} · To {message.to}
      </p>
      {links.length > 0 ? (
        <div className="mt-4 rounded-lg border border-line bg-surface p-4">
          <p className="text-sm font-medium">Links in this email</p>
          <ul className="mt-2 space-y-1">
            {links.map((href) => (
              <li key={href}>
                <a href={href} className="break-all text-sm text-accent underline">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-6 grid min-w-0 gap-6 lg:grid-cols-2">
        <section aria-labelledby="html-heading" className="min-w-0">
          <h2 id="html-heading" className="text-sm font-semibold">
            As designed (html)
          </h2>
          {/* sandbox="" with srcdoc: the email's own html and styles, no scripts, isolated from the app. */}
          <iframe
            title={`Email: ${message.subject}`}
            sandbox=""
            srcDoc={message.html}
            className="mt-2 h-[70vh] min-h-[480px] w-full rounded-lg border border-line bg-white"
          />
        </section>
        <section aria-labelledby="text-heading" className="min-w-0">
          <h2 id="text-heading" className="text-sm font-semibold">
            Plain text
          </h2>
          <pre className="mt-2 overflow-x-auto rounded-lg border border-line bg-surface p-4 text-sm whitespace-pre-wrap break-words">
            {message.text}
          </pre>
        </section>
      </div>
    </div>
  );
}
