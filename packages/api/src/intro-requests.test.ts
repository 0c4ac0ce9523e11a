// The life of an intro request through the API: send, accept with a draft, asked-and-waiting, decline,
// lapse, block, the weekly limit, and who may touch a request.
import { type Database, schema } from "@rapport/db";
import { withRollback } from "@rapport/db/testing";
import { WEEKLY_REQUEST_LIMIT } from "@rapport/domain/sharing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ASK, failureOf, introPeople } from "./intro-test-people";

async function samOpensJo(db: Database) {
  const people = await introPeople(db);
  const jo = await people.as(people.sam).contacts.create({
    name: "Jo Park",
    company: "Acme",
    role: "Design lead",
    email: "jo@acme.example",
  } as never);
  await people.as(people.sam).sharing.setContactOpen({ contactId: jo.id, open: true });
  const ask = () =>
    people.as(people.priya).introRequests.send({ introducerId: people.sam.id, contactId: jo.id, ...ASK });
  return { ...people, jo, ask };
}

describe("intro requests", () => {
  it("reaches the introducer, who accepts and gets a double-opt-in draft; the requester logs the person", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, jo, ask, mail } = await samOpensJo(db);
      const { id } = await ask();
      expect((await as(sam).introRequests.counts()).waitingForMe).toBe(1);
      const [received] = await as(sam).introRequests.received();
      expect(received).toMatchObject({
        id,
        requesterName: "Priya Shah",
        targetLabel: "Jo Park",
        status: "pending",
      });
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("waiting");

      const draft = await as(sam).introRequests.accept({ requestId: id });
      expect(draft.subject).toBe("Would you like to meet Priya Shah?");
      expect(draft.body).toContain("Hi Jo,");
      expect(draft.body).toContain(ASK.blurb);
      expect(draft.mailto).toMatch(/^mailto:jo@acme\.example\?subject=Would%20you%20like/);
      expect(await as(sam).introRequests.draft({ requestId: id })).toEqual(draft);
      // The introducer gave value: it is on Jo's history.
      const joDetail = await as(sam).contacts.get({ contactId: jo.id });
      expect(JSON.stringify(joDetail)).toContain("gave_value");
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("accepted");
      expect((await as(priya).introRequests.counts()).acceptedForMe).toBe(1);

      const logged = await as(priya).introRequests.logContact({
        requestId: id,
        name: "Jo Park",
        company: "Acme",
      });
      const mine = await as(priya).contacts.get({ contactId: logged.contactId });
      expect(mine.contact.name).toBe("Jo Park");
      expect(JSON.stringify(mine)).toContain('"intro"');
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("done");
      expect(await failureOf(as(priya).introRequests.logContact({ requestId: id, name: "Jo" }))).toMatch(
        /^CONFLICT/,
      );
      // Nothing is emailed by Rapport: the introducer sends the note from their own app.
      expect(mail.sent).toHaveLength(0);
    });
  });

  it("can be marked 'asked them, waiting', then accepted", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, ask } = await samOpensJo(db);
      const { id } = await ask();
      await as(sam).introRequests.markAskedWaiting({ requestId: id });
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("asking");
      expect(await failureOf(as(sam).introRequests.markAskedWaiting({ requestId: id }))).toMatch(/^CONFLICT/);
      await as(sam).introRequests.accept({ requestId: id });
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("accepted");
    });
  });

  it("declines privately: the requester sees 'not this time' and nothing more", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, ask } = await samOpensJo(db);
      const { id } = await ask();
      await as(sam).introRequests.decline({ requestId: id });
      const sent = await as(priya).introRequests.sent();
      expect(sent[0]?.status).toBe("not_this_time");
      expect(JSON.stringify(sent)).not.toMatch(/declin/i);
      expect(await failureOf(as(sam).introRequests.accept({ requestId: id }))).toBe(
        "CONFLICT: This request is already closed.",
      );
      // Declined is final for this request, but Priya may ask again another time.
      expect(await failureOf(ask())).toBe("OK");
    });
  });

  it("lapses after three weeks without an answer, and then looks like a decline to the requester", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, ask } = await samOpensJo(db);
      const { id } = await ask();
      const longAgo = new Date(Date.now() - 22 * 86_400_000);
      await db
        .update(schema.introRequests)
        .set({ createdAt: longAgo, expiresAt: new Date(longAgo.getTime() + 21 * 86_400_000) })
        .where(eq(schema.introRequests.id, id));
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("not_this_time");
      expect((await as(sam).introRequests.received())[0]?.status).toBe("expired");
      expect((await as(sam).introRequests.counts()).waitingForMe).toBe(0);
      expect(await failureOf(as(sam).introRequests.accept({ requestId: id }))).toBe(
        "CONFLICT: This request has lapsed.",
      );
    });
  });

  it("can be blocked: the requester's next request answers like any request that cannot be made", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, ask } = await samOpensJo(db);
      const { id } = await ask();
      await as(sam).introRequests.block({ requestId: id });
      expect((await as(priya).introRequests.sent())[0]?.status).toBe("not_this_time");
      const blocked = await failureOf(ask());
      expect(blocked).toBe("NOT_FOUND: That colleague can't be asked about this.");
      expect((await as(priya).sharing.search({ q: "acme" })).colleagues).toEqual([]);
      expect((await as(sam).sharing.settings()).blocked).toEqual([{ userId: priya.id, name: "Priya Shah" }]);
      await as(sam).introRequests.unblock({ userId: priya.id });
      expect(await failureOf(ask())).toBe("OK");
    });
  });

  it(`allows ${WEEKLY_REQUEST_LIMIT} requests a week per person`, async () => {
    await withRollback(async (db) => {
      const { as, sam, priya } = await introPeople(db);
      const open = [];
      for (let i = 0; i <= WEEKLY_REQUEST_LIMIT; i += 1) {
        const c = await as(sam).contacts.create({ name: `Person ${i}`, company: `Company ${i}` } as never);
        await as(sam).sharing.setContactOpen({ contactId: c.id, open: true });
        open.push(c.id);
      }
      const send = (contactId: string) =>
        as(priya).introRequests.send({ introducerId: sam.id, contactId, ...ASK });
      for (const contactId of open.slice(0, WEEKLY_REQUEST_LIMIT)) await send(contactId);
      expect(await failureOf(send(open[WEEKLY_REQUEST_LIMIT] ?? ""))).toMatch(
        /^TOO_MANY_REQUESTS: You can send 5/,
      );
    });
  });

  it("refuses a second open request for the same thing", async () => {
    await withRollback(async (db) => {
      const { ask } = await samOpensJo(db);
      await ask();
      expect(await failureOf(ask())).toBe("CONFLICT: You already asked this colleague about this.");
    });
  });

  it("is read and answered only by the two people involved", async () => {
    await withRollback(async (db) => {
      const { as, sam, priya, kai, otto, jo, ask } = await samOpensJo(db);
      const { id } = await ask();
      for (const who of [priya, kai]) {
        expect(await failureOf(as(who).introRequests.accept({ requestId: id }))).toBe(
          "NOT_FOUND: That request was not found.",
        );
        expect(await failureOf(as(who).introRequests.decline({ requestId: id }))).toMatch(/^NOT_FOUND/);
        expect(await failureOf(as(who).introRequests.draft({ requestId: id }))).toMatch(/^NOT_FOUND/);
      }
      expect(await failureOf(as(kai).introRequests.logContact({ requestId: id, name: "X" }))).toMatch(
        /^NOT_FOUND/,
      );
      expect(await as(kai).introRequests.sent()).toEqual([]);
      expect(await as(kai).introRequests.received()).toEqual([]);
      // Another organisation: neither the request, the colleague nor the open contact exist for Otto.
      expect(await failureOf(as(otto).introRequests.accept({ requestId: id }))).toMatch(/^NOT_FOUND/);
      expect(await failureOf(as(otto).sharing.setContactOpen({ contactId: jo.id, open: false }))).toMatch(
        /^NOT_FOUND/,
      );
      expect(
        await failureOf(as(otto).introRequests.send({ introducerId: sam.id, contactId: jo.id, ...ASK })),
      ).toBe("NOT_FOUND: That colleague can't be asked about this.");
      expect((await as(otto).sharing.search({ q: "acme" })).colleagues).toEqual([]);
      // Sam cannot open a contact that is not his, nor ask himself.
      const priyaContact = await as(priya).contacts.create({ name: "Lee Private", company: "Acme" } as never);
      expect(
        await failureOf(as(sam).sharing.setContactOpen({ contactId: priyaContact.id, open: true })),
      ).toMatch(/^NOT_FOUND/);
      expect(
        await failureOf(as(sam).introRequests.send({ introducerId: sam.id, company: "Acme", ...ASK })),
      ).toMatch(/^BAD_REQUEST/);
    });
  });
});
