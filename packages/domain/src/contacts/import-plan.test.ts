import { describe, expect, it } from "vitest";
import { type ContactDraft, type ExistingContact, type PlanItem, planImport } from ".";

function draft(overrides: Partial<ContactDraft> & { line?: number }): ContactDraft & { line?: number } {
  return {
    name: "Someone",
    company: null,
    role: null,
    email: null,
    phone: null,
    linkedinUrl: null,
    metOn: null,
    tags: [],
    notes: null,
    ...overrides,
  };
}

const only = (items: PlanItem[], index: number) => {
  const item = items[index];
  if (!item) throw new Error(`no plan item ${index}`);
  return item;
};

describe("planImport", () => {
  const ada: ExistingContact = {
    id: "c-ada",
    name: "Ada Lovelace",
    company: "Engines Ltd",
    role: null,
    email: "Ada@Engines.example",
    phone: null,
    linkedinUrl: "http://linkedin.com/in/Ada-Lovelace/",
    metOn: "2024-03-15",
    tags: ["Mentors"],
    notes: "Loves looms.",
  };
  const grace: ExistingContact = { id: "c-grace", email: "grace@navy.example", linkedinUrl: null };

  it("creates contacts it has not seen", () => {
    const plan = planImport([draft({ name: "Alan", email: "alan@example.org", line: 2 })], [ada]);
    expect(plan.items).toEqual([
      { action: "create", index: 0, line: 2, draft: expect.objectContaining({ name: "Alan" }) },
    ]);
    expect(plan.counts).toEqual({ create: 1, update: 0, skip: 0 });
  });

  it("matches by LinkedIn profile first and lists the fields that would change", () => {
    const plan = planImport(
      [
        draft({
          line: 4,
          name: "Ada Lovelace",
          company: "Analytical Engines",
          role: "Mathematician",
          email: "ada@engines.example",
          linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
          metOn: "2023-01-10",
          tags: ["mentors", "Maths"],
          notes: "Met at the Royal Society.",
        }),
      ],
      [ada],
    );
    expect(only(plan.items, 0)).toEqual({
      action: "update",
      index: 0,
      line: 4,
      draft: expect.anything(),
      contactId: "c-ada",
      matchedBy: "linkedinUrl",
      notes: [],
      changes: [
        { field: "company", from: "Engines Ltd", to: "Analytical Engines" },
        { field: "role", from: null, to: "Mathematician" },
        { field: "metOn", from: "2024-03-15", to: "2023-01-10" },
        { field: "tags", from: ["Mentors"], to: ["Mentors", "Maths"] },
        { field: "notes", from: "Loves looms.", to: "Loves looms.\n\nMet at the Royal Society." },
      ],
    });
  });

  it("matches by email ignoring case when there is no LinkedIn match", () => {
    const plan = planImport(
      [draft({ name: "Grace Hopper", email: "GRACE@navy.example", phone: "555 0100" })],
      [ada, grace],
    );
    expect(only(plan.items, 0)).toMatchObject({
      action: "update",
      contactId: "c-grace",
      matchedBy: "email",
      changes: [
        { field: "name", from: null, to: "Grace Hopper" },
        { field: "phone", from: null, to: "555 0100" },
      ],
    });
  });

  it("never clears saved values, and keeps the earlier met-on date", () => {
    const plan = planImport(
      [
        draft({
          name: "Ada Lovelace",
          linkedinUrl: "linkedin.com/in/ada-lovelace",
          metOn: "2025-01-01",
          tags: [],
        }),
      ],
      [ada],
    );
    expect(only(plan.items, 0)).toEqual({
      action: "skip",
      index: 0,
      line: null,
      draft: expect.anything(),
      contactId: "c-ada",
      reason: "Already saved (matched by LinkedIn profile) with nothing new to add.",
    });
  });

  it("skips a row identical to a saved contact, saying why", () => {
    const { line: _l, id: _id, ...same } = { ...ada, line: 1 };
    const plan = planImport([draft({ ...same, email: "ada@engines.example", linkedinUrl: null })], [ada]);
    expect(only(plan.items, 0)).toMatchObject({
      action: "skip",
      contactId: "c-ada",
      reason: "Already saved (matched by email) with nothing new to add.",
    });
  });

  it("skips duplicates within the file, pointing at the first occurrence", () => {
    const plan = planImport(
      [
        draft({ line: 2, name: "Alan", linkedinUrl: "https://www.linkedin.com/in/alan-turing" }),
        draft({
          line: 3,
          name: "Alan T",
          linkedinUrl: "https://uk.linkedin.com/in/Alan-Turing/",
          email: "a@b.org",
        }),
        draft({ line: 4, name: "Alan Turing", email: "A@B.org" }),
        draft({ line: 5, name: "No Keys", company: "Acme" }),
        draft({ line: 6, name: "No Keys", company: "Acme" }),
        draft({ line: 7, name: "No Keys", company: "Other" }),
      ],
      [],
    );
    expect(plan.items.map((i) => (i.action === "skip" ? i.reason : i.action))).toEqual([
      "create",
      "Duplicate of line 2 in this file (same LinkedIn profile).",
      "Duplicate of line 2 in this file (same email).",
      "create",
      "Duplicate of line 5 in this file (same details).",
      "create",
    ]);
    expect(plan.counts).toEqual({ create: 3, update: 0, skip: 3 });
  });

  it("skips a second row that reaches the same saved contact by a different key", () => {
    const plan = planImport(
      [
        draft({ name: "Ada", linkedinUrl: "https://www.linkedin.com/in/ada-lovelace", company: "New Co" }),
        draft({ name: "Ada", email: "ada@engines.example", role: "Countess" }),
      ],
      [ada],
    );
    expect(plan.items.map((i) => i.action)).toEqual(["update", "skip"]);
    expect(only(plan.items, 1)).toMatchObject({
      reason: "Same saved contact as row 1 in this file.",
      contactId: "c-ada",
    });
  });

  it("does not move an email that another saved contact already has", () => {
    const plan = planImport(
      [
        draft({
          name: "Ada Lovelace",
          linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
          email: "grace@navy.example",
        }),
      ],
      [ada, grace],
    );
    expect(only(plan.items, 0)).toEqual({
      action: "skip",
      index: 0,
      line: null,
      draft: expect.anything(),
      contactId: "c-ada",
      reason: "Already saved (matched by LinkedIn profile) with nothing new to add.",
    });
    const withRole = planImport(
      [
        draft({
          name: "Ada Lovelace",
          role: "Countess",
          linkedinUrl: "https://www.linkedin.com/in/ada-lovelace",
          email: "grace@navy.example",
        }),
      ],
      [ada, grace],
    );
    expect(only(withRole.items, 0)).toMatchObject({
      action: "update",
      changes: [{ field: "role", from: null, to: "Countess" }],
      notes: ["Kept the saved email: grace@navy.example is on another saved contact (c-grace)."],
    });
  });

  it("plans 10,000 rows with the right counts", () => {
    const existing: ExistingContact[] = [];
    for (let i = 0; i < 5000; i++) {
      existing.push({
        id: `c${i}`,
        name: `Person ${i}`,
        email: `person${i}@example.com`,
        linkedinUrl: i % 2 === 0 ? `https://www.linkedin.com/in/person-${i}` : null,
      });
    }
    const drafts: (ContactDraft & { line?: number })[] = [];
    for (let i = 0; i < 10_000; i++) {
      const line = i + 2;
      if (i < 2000) {
        // Saved, unchanged: half found by LinkedIn, half by email.
        drafts.push(
          draft({
            line,
            name: `Person ${i}`,
            email: `PERSON${i}@example.com`,
            linkedinUrl: i % 2 === 0 ? `linkedin.com/in/person-${i}/` : null,
          }),
        );
      } else if (i < 5000) {
        drafts.push(draft({ line, name: `Person ${i}`, email: `person${i}@example.com`, company: "New Co" }));
      } else if (i < 9000) {
        drafts.push(draft({ line, name: `New ${i}`, email: `new${i}@example.com` }));
      } else {
        drafts.push(draft({ line, name: `Again ${i}`, email: `new${i - 4000}@example.com` }));
      }
    }
    const plan = planImport(drafts, existing);
    expect(plan.items).toHaveLength(10_000);
    expect(plan.counts).toEqual({ create: 4000, update: 3000, skip: 3000 });
    expect(plan.items[9999]).toMatchObject({
      action: "skip",
      reason: "Duplicate of line 6001 in this file (same email).",
    });
  });
});
