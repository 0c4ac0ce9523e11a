import type { Metadata } from "next";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { BlockedList, CompaniesChoice, OpenContacts, WithdrawAll } from "./sharing-forms";

export const metadata: Metadata = { title: "What I share for intros" };

export default async function SharingPage() {
  await requireMember("/introductions/sharing");
  const caller = await api();
  const [settings, mine] = await Promise.all([
    caller.sharing.settings(),
    caller.contacts.list({ limit: 200 }),
  ]);
  const openIds = new Set(settings.openContacts.map((c) => c.contactId));
  const sharesAnything = settings.shareCompanies || settings.openContacts.length > 0;
  return (
    <>
      <PageHeader
        title="What I share for intros"
        description="Your list of people is yours. Colleagues can only ask you for an introduction to what you choose to share here, and you can take it back at any moment."
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader title="Three ways to share" />
          <ul className="space-y-3 text-sm">
            <li>
              <strong>Nothing (where everyone starts).</strong> Nobody can tell whether you know anyone
              anywhere. Searches, counts and requests behave exactly as if your list were empty.
            </li>
            <li>
              <strong>Companies and fields.</strong> Colleagues who search for a company or a kind of role
              learn that you know someone there, with the number rounded (&ldquo;a few&rdquo;,
              &ldquo;5+&rdquo;). Never who.
            </li>
            <li>
              <strong>Single people, open to introduce.</strong> For the people you pick, colleagues see their
              name, role and company, and can ask you to introduce them.
            </li>
          </ul>
          <p className="mt-3 text-sm text-muted">
            Notes, conversations and anything you wrote about people are never shared, whatever you choose.
            Every introduction goes through you: you decide, and the person you know decides too.
          </p>
        </Card>
        <CompaniesChoice shareCompanies={settings.shareCompanies} companies={settings.companies} />
        <OpenContacts
          open={settings.openContacts}
          candidates={mine.items
            .filter((c) => !openIds.has(c.id))
            .map((c) => ({ id: c.id, name: c.name, company: c.company }))}
        />
        {settings.blocked.length > 0 ? <BlockedList blocked={settings.blocked} /> : null}
        <WithdrawAll sharesAnything={sharesAnything} />
      </div>
    </>
  );
}
