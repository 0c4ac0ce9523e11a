import { getDatabase, listOutbox } from "@rapport/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthShell } from "~/components/auth/auth-shell";
import { devMailboxEnabled } from "~/env";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Emails this installation would have sent; it exists only while no email provider is configured. */
export default async function MailboxPage() {
  const handle = await getDatabase();
  if (!devMailboxEnabled(handle.engine)) notFound();
  const { db } = handle;
  const messages = await listOutbox(db, 50);
  return (
    <AuthShell
      title="Development mailbox"
      description="Email is not configured here (no RESEND_API_KEY), so messages are kept for you to open. Newest first."
    >
      {messages.length === 0 ? (
        <p className="text-sm text-muted">No emails yet. Ask for a sign-in link and it will appear here.</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {messages.map((m) => (
            <li key={m.id}>
              <Link href={`/dev/mailbox/${m.id}`} className="block px-4 py-3 hover:bg-line/30">
                <span className="block truncate text-sm font-medium">{m.subject}</span>
                <span className="block truncate text-xs text-muted">
                  To {m.to} · {m.createdAt.toLocaleString("en-GB", { timeZone: "UTC" })} UTC
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </AuthShell>
  );
}
