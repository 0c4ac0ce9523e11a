import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

const eveCard = {
  name: "Eve Employee",
  role: "Research lead",
  company: "Org A",
  email: "eve@example.test",
  phone: "+44 20 7946 0958",
  linkedinUrl: "linkedin.com/in/Eve-Employee",
};

describe("my card", () => {
  test("starts from my account, keeps what I choose, and its link shows only the chosen fields", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA).card;
    const fresh = await eve.mine();
    expect(fresh).toMatchObject({ saved: false, token: null });
    expect(fresh.card.values).toMatchObject({ name: "Eve Employee", company: "Org A" });
    await expect(eve.setLink({ on: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await eve.update({ ...eveCard, shown: ["role", "linkedinUrl"] });
    const { token } = await eve.setLink({ on: true });
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const outsider = callerFor(db, null).card;
    const shown = await outsider.public({ token: token ?? "" });
    expect(shown.card).toEqual({
      name: "Eve Employee",
      role: "Research lead",
      linkedinUrl: "https://www.linkedin.com/in/eve-employee",
    });
    // Nothing unchosen, nothing of the organisation, in the card or its vCard.
    const everything = JSON.stringify(shown);
    for (const hidden of ["Org A", "eve@example.test", "7946", f.orgA.id, f.employeeA.id]) {
      expect(everything).not.toContain(hidden);
    }
    expect(shown.vcard).toContain("TITLE:Research lead");
  });

  test("turning the link off answers 404, and on again gives a new link while the old one stays dead", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA).card;
    const outsider = callerFor(db, null).card;
    await eve.update({ ...eveCard, shown: ["company"] });
    const first = (await eve.setLink({ on: true })).token ?? "";
    await eve.setLink({ on: false });
    expect((await eve.mine()).token).toBeNull();
    await expect(outsider.public({ token: first })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const second = (await eve.setLink({ on: true })).token ?? "";
    expect(second).not.toBe(first);
    await expect(outsider.public({ token: first })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await outsider.public({ token: second })).card.company).toBe("Org A");
  });

  test("another organisation's person reads and changes only their own card, never mine", async ({ db }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA).card;
    await eve.update({ ...eveCard, shown: ["email"] });
    const token = (await eve.setLink({ on: true })).token;
    const bea = callerFor(db, f.adminB).card;
    expect((await bea.mine()).card.values.name).toBe("Bea Admin");
    // An id slipped into the input is not part of it: Bea changes her own card.
    await bea.update({ ...eveCard, name: "Mallory", userId: f.employeeA.id } as never);
    await bea.setLink({ on: false });
    expect((await eve.mine()).card.values.name).toBe("Eve Employee");
    expect((await eve.mine()).token).toBe(token);
    expect((await bea.mine()).card.values.name).toBe("Mallory");
  });

  test("hostile text is refused with a field-named 400 and nothing is half-written", async ({ db }) => {
    const f = await twoOrganisations(db);
    const eve = callerFor(db, f.employeeA).card;
    await eve.update({ ...eveCard, shown: ["role"] });
    const bad = [
      { name: "Eve\u0000" },
      { name: "a".repeat(5000) },
      { email: "not an address" },
      { phone: "<script>alert(1)</script>" },
      { linkedinUrl: "javascript:alert(1)" },
      { name: "" },
      { shown: ["notes"] },
    ];
    for (const change of bad) {
      await expect(eve.update({ ...eveCard, shown: ["role"], ...change } as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect((await eve.mine()).card).toMatchObject({
      values: { name: "Eve Employee" },
      shown: ["name", "role"],
    });
    // Markup is text: a company with angle brackets is kept as typed, for the page to escape.
    await eve.update({ ...eveCard, company: "<b>Acme</b> & Co", shown: ["company"] });
    const outsider = callerFor(db, null).card;
    const token = (await eve.setLink({ on: true })).token ?? "";
    expect((await outsider.public({ token })).card.company).toBe("<b>Acme</b> & Co");
    for (const hostile of ["", "../../etc/passwd", "a".repeat(64), "<script>", "x".repeat(65)]) {
      await expect(outsider.public({ token: hostile })).rejects.toMatchObject({
        code: hostile.length > 64 ? "BAD_REQUEST" : "NOT_FOUND",
      });
    }
  });
});
