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
    <div className="mx-auto max-w-3xl px-4 py-8">
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
      <h2 className="mt-6 text-sm font-semibold">Plain text</h2>
      <pre className="mt-2 overflow-x-auto rounded-lg border border-line bg-surface p-4 text-sm whitespace-pre-wrap">
        {message.text}
      </pre>
    </div>
  );
}
