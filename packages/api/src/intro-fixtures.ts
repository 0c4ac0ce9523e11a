// Warm-introduction records in organisation A for the access, hostile-input and privacy tests.
import { type Database, schema } from "@rapport/db";
import { introRequestExpiresAt } from "@rapport/domain/sharing";
import type { SessionUser } from "./context";

/**
 * Manager A shares one contact ("open to introduce"); employee A asked admin A twice (one waiting, one
 * accepted); admin A has a request accepted by manager A, ready to log.
 */
export async function introFixtures(
  db: Database,
  f: { orgA: { id: string }; adminA: SessionUser; managerA: SessionUser; employeeA: SessionUser },
) {
  const [openContact] = await db
    .insert(schema.contacts)
    .values({
      ownerId: f.managerA.id,
      organisationId: f.orgA.id,
      name: "Odo Open",
      company: "Acme",
      role: "Product designer",
      searchText: "odo open acme",
    })
    .returning();
  if (!openContact) throw new Error("open contact");
  await db
    .insert(schema.sharingOpenContacts)
    .values({ contactId: openContact.id, ownerId: f.managerA.id, organisationId: f.orgA.id });
  const now = new Date();
  const base = {
    organisationId: f.orgA.id,
    reason: "I would like to learn how they run research.",
    blurb: "Engineer on the platform team.",
    createdAt: now,
    expiresAt: introRequestExpiresAt(now),
  };
  const [introRequestToA, acceptedRequestToA, acceptedRequestOfA] = await db
    .insert(schema.introRequests)
    .values([
      {
        ...base,
        requesterId: f.employeeA.id,
        introducerId: f.adminA.id,
        targetLabel: "Acme",
        company: "Acme",
      },
      {
        ...base,
        requesterId: f.employeeA.id,
        introducerId: f.adminA.id,
        targetLabel: "Globex",
        company: "Globex",
        status: "accepted",
      },
      {
        ...base,
        requesterId: f.adminA.id,
        introducerId: f.managerA.id,
        contactId: openContact.id,
        targetLabel: openContact.name,
        company: openContact.company,
        status: "accepted",
      },
    ])
    .returning();
  if (!introRequestToA || !acceptedRequestToA || !acceptedRequestOfA) throw new Error("intro requests");
  return { openContact, introRequestToA, acceptedRequestToA, acceptedRequestOfA };
}
