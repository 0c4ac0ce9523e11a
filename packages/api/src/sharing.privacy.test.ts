// The sharing promise: with sharing off nothing tells a colleague that a person knows anyone anywhere
// (no search hit, no count, no different error, no email); company-level sharing never lets a contact's
// name out; withdrawing takes effect on the very next request; managers get counts only.
import { schema } from "@rapport/db";
import { withRollback } from "@rapport/db/testing";
import { describe, expect, it } from "vitest";
import { ASK, failureOf, introPeople } from "./intro-test-people";

type People = Awaited<ReturnType<typeof introPeople>>;

/** Everything Priya can learn about Sam and Acme through the API. */
async function whatPriyaLearns(p: People) {
  const priya = p.as(p.priya);
  return JSON.stringify({
    acme: await priya.sharing.search({ q: "acme" }),
    role: await priya.sharing.search({ q: "designer" }),
    askCompany: await failureOf(
      priya.introRequests.send({ introducerId: p.sam.id, company: "Acme", ...ASK }),
    ),
    askNowhere: await failureOf(
      priya.introRequests.send({ introducerId: p.sam.id, company: "Nowhere Ltd", ...ASK }),
    ),
    sent: (await priya.introRequests.sent()).length,
    counts: await priya.introRequests.counts(),
    emails: p.mail.sent.length,
  });
}

async function samMeets(p: People, names: string[]) {
  for (const name of names)
    await p
      .as(p.sam)
      .contacts.create({ name, company: "Acme", role: "Product designer", email: "x@acme.example" } as never);
}

describe("sharing is private by default", () => {
  it("with sharing off, Sam knowing people at Acme changes nothing anyone can see", async () => {
    const knowsNobody = await withRollback(async (db) => whatPriyaLearns(await introPeople(db)));
    const knowsThree = await withRollback(async (db) => {
      const p = await introPeople(db);
      await samMeets(p, ["Quinn Secret", "Rue Secret", "Sol Secret"]);
      return whatPriyaLearns(p);
    });
    expect(knowsThree).toBe(knowsNobody);
    expect(knowsThree).not.toContain("Secret");
    expect(JSON.parse(knowsThree).acme).toEqual({ colleagues: [] });
    // And the refusals of a colleague who knows nobody and one in no organisation of hers read the same.
    expect(JSON.parse(knowsThree).askCompany).toBe("NOT_FOUND: That colleague can't be asked about this.");
  });

  it("with companies shared, colleagues see Sam knows someone at Acme, rounded, and never who", async () => {
    const seen = async (names: string[]) =>
      withRollback(async (db) => {
        const p = await introPeople(db);
        await samMeets(p, names);
        await p.as(p.sam).sharing.setCompanies({ share: true });
        return { learned: await whatPriyaLearns(p), p };
      });
    const one = await seen(["Quinn Secret"]);
    const three = await seen(["Quinn Secret", "Rue Secret", "Sol Secret"]);
    const acme = JSON.parse(one.learned).acme;
    expect(acme.colleagues).toEqual([
      {
        userId: one.p.sam.id,
        name: "Sam Rivera",
        knows: [{ kind: "company", label: "Acme", count: { atLeast: 1 } }],
        contacts: [],
      },
    ]);
    // One or three people: the same rounded answer, and no name, role or address in any of it.
    expect(JSON.parse(three.learned).acme.colleagues[0].knows).toEqual(acme.colleagues[0].knows);
    for (const learned of [one.learned, three.learned]) {
      expect(learned).not.toContain("Secret");
      expect(learned).not.toContain("acme.example");
    }
    // A field search names the field typed, not the contacts' roles.
    expect(JSON.parse(one.learned).role.colleagues[0].knows).toEqual([
      { kind: "field", label: "designer", count: { atLeast: 1 } },
    ]);
  });

  it("a field search can be asked about, naming only the field", async () => {
    await withRollback(async (db) => {
      const p = await introPeople(db);
      await samMeets(p, ["Quinn Secret"]);
      await p.as(p.sam).sharing.setCompanies({ share: true });
      await p.as(p.priya).introRequests.send({ introducerId: p.sam.id, company: "designer", ...ASK });
      const [received] = await p.as(p.sam).introRequests.received();
      expect(received?.targetLabel).toBe("designer");
      expect(JSON.stringify(await p.as(p.priya).introRequests.sent())).not.toContain("Secret");
    });
  });

  it("an open contact is findable by name, role and company, and nothing else of it", async () => {
    await withRollback(async (db) => {
      const p = await introPeople(db);
      const jo = await p.as(p.sam).contacts.create({
        name: "Jo Park",
        company: "Acme",
        role: "Design lead",
        notes: "Secret note",
        commonGround: "Secret sailing",
        email: "jo@acme.example",
      } as never);
      await p.as(p.sam).sharing.setContactOpen({ contactId: jo.id, open: true });
      const found = await p.as(p.priya).sharing.search({ q: "acme" });
      expect(found.colleagues[0]?.contacts).toEqual([
        { contactId: jo.id, name: "Jo Park", role: "Design lead", company: "Acme" },
      ]);
      expect(found.colleagues[0]?.knows).toEqual([]);
      expect(JSON.stringify(found)).not.toMatch(/Secret|acme\.example/);
    });
  });

  it("withdrawing takes effect on the next request", async () => {
    await withRollback(async (db) => {
      const p = await introPeople(db);
      const jo = await p.as(p.sam).contacts.create({ name: "Jo Park", company: "Acme" } as never);
      await p.as(p.sam).sharing.setContactOpen({ contactId: jo.id, open: true });
      await p.as(p.sam).sharing.setCompanies({ share: true });
      expect((await p.as(p.priya).sharing.search({ q: "acme" })).colleagues).toHaveLength(1);

      await p.as(p.sam).sharing.setContactOpen({ contactId: jo.id, open: false });
      const companyOnly = await p.as(p.priya).sharing.search({ q: "acme" });
      expect(JSON.stringify(companyOnly)).not.toContain("Jo Park");
      expect(
        await failureOf(
          p.as(p.priya).introRequests.send({ introducerId: p.sam.id, contactId: jo.id, ...ASK }),
        ),
      ).toBe("NOT_FOUND: That colleague can't be asked about this.");

      await p.as(p.sam).sharing.withdrawAll();
      expect((await p.as(p.priya).sharing.search({ q: "acme" })).colleagues).toEqual([]);
      expect(
        await failureOf(
          p.as(p.priya).introRequests.send({ introducerId: p.sam.id, company: "Acme", ...ASK }),
        ),
      ).toBe("NOT_FOUND: That colleague can't be asked about this.");
      expect(await p.as(p.sam).sharing.settings()).toMatchObject({ shareCompanies: false, openContacts: [] });
    });
  });

  it("shows the person exactly what they share", async () => {
    await withRollback(async (db) => {
      const p = await introPeople(db);
      await samMeets(p, ["Quinn A", "Rue B"]);
      const settings = await p.as(p.sam).sharing.settings();
      expect(settings).toMatchObject({
        shareCompanies: false,
        openContacts: [],
        companies: [{ company: "Acme", count: { atLeast: 1 } }],
      });
    });
  });

  it("gives managers team counts only, and nothing for fewer than three people", async () => {
    await withRollback(async (db) => {
      const p = await introPeople(db);
      const jo = await p.as(p.sam).contacts.create({ name: "Jo Park", company: "Acme" } as never);
      await p.as(p.sam).sharing.setContactOpen({ contactId: jo.id, open: true });
      const { id } = await p
        .as(p.priya)
        .introRequests.send({ introducerId: p.sam.id, contactId: jo.id, ...ASK });
      await p.as(p.sam).introRequests.accept({ requestId: id });
      const summary = await p.as(p.sam).introRequests.teamSummary({ teamId: p.team.id });
      expect(summary).toEqual({ days: 90, shown: true, requestsMade: 1, accepted: 1, sharingShare: 0.33 });
      const text = JSON.stringify(summary);
      for (const secret of ["Jo Park", "Priya", p.priya.id, p.sam.id]) expect(text).not.toContain(secret);
      const small = await p.as(p.sam).organisation.createTeam({ name: "Pair" });
      await db.insert(schema.teamMembers).values([
        { teamId: small.id, userId: p.sam.id, role: "manager" },
        { teamId: small.id, userId: p.priya.id },
      ]);
      expect(await p.as(p.sam).introRequests.teamSummary({ teamId: small.id })).toEqual({
        days: 90,
        shown: false,
        minimum: 3,
      });
    });
  });
});
