import type { Metadata } from "next";
import { orNotFound } from "~/components/people/not-found";
import { Card, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { ContactForm } from "../../contact-form";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { contact } = await orNotFound((await api()).contacts.get({ contactId: id }));
  return (
    <>
      <PageHeader title={`Edit ${contact.name}`} />
      <Card className="max-w-3xl">
        <ContactForm cancelHref={`/people/${contact.id}`} values={{ ...contact, contactId: contact.id }} />
      </Card>
    </>
  );
}
