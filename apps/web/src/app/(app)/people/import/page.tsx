import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { ImportFlow } from "./import-flow";

export const metadata: Metadata = { title: "Import contacts" };

export default function ImportPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people" className="text-muted hover:text-ink">
          ← People
        </Link>
      </p>
      <PageHeader
        title="Import contacts"
        description="Bring in your LinkedIn connections, a Google or Outlook contacts export or a vCard file. You will see exactly what changes before anything is saved."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <ImportFlow />
        </div>
        <Card className="h-fit">
          <CardHeader title="Where to find your file" />
          <ul className="space-y-3 text-sm text-muted">
            <li>
              <span className="font-medium text-ink">LinkedIn:</span> Settings → Data privacy → Get a copy of
              your data → Connections. The email arrives with <code>Connections.csv</code>.
            </li>
            <li>
              <span className="font-medium text-ink">Google Contacts:</span> Export → Google CSV.
            </li>
            <li>
              <span className="font-medium text-ink">Outlook:</span> File → Open &amp; Export → Import/Export
              → Export to a file → Comma Separated Values, or a vCard (.vcf).
            </li>
            <li>
              <span className="font-medium text-ink">Phone:</span> export as vCard (.vcf).
            </li>
            <li>
              People already saved are matched by LinkedIn profile, email or phone, and updated rather than
              repeated. The same name at the same company (or the same phone) is shown as a possible
              duplicate: you choose to merge it, skip it or add a new person.
            </li>
            <li>Missing emails are fine: LinkedIn only shares them when people allow it.</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
