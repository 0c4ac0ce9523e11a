import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { DeleteAllForm } from "./delete-all-form";

export const metadata: Metadata = { title: "Your contacts data" };

export default async function ContactsDataPage() {
  const total = await (await api()).contacts.count();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people" className="text-muted hover:text-ink">
          ← People
        </Link>
      </p>
      <PageHeader
        title="Your contacts data"
        description="Your contacts are yours: take them with you, or remove them."
      />
      <div className="max-w-3xl space-y-6">
        <Card>
          <CardHeader
            title="Export"
            description={`Download all ${total.toLocaleString("en-GB")} of your contacts. The spreadsheet file is made safe to open in Excel or Google Sheets; the vCard file imports into phones and address books.`}
          />
          <div className="flex flex-wrap gap-3">
            {/* Plain links: downloads, not page navigations. */}
            <a href="/api/contacts/export?format=csv" className={buttonClass("secondary")} download>
              Download CSV
            </a>
            <a href="/api/contacts/export?format=vcf" className={buttonClass("secondary")} download>
              Download vCard
            </a>
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Delete all my contacts"
            description="Removes every person, note, interaction and follow-up you have saved. Nobody else's data is touched. This cannot be undone, so download a copy first if you may want it."
          />
          <DeleteAllForm total={total} />
        </Card>
      </div>
    </>
  );
}
