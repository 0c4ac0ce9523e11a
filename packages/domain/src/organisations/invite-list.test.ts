import { describe, expect, it } from "vitest";
import { BULK_INVITE_LIMIT, parseInviteList } from "./invite-list";

describe("parseInviteList", () => {
  it("reads commas, new lines, semicolons and Name <address>", () => {
    const { entries } = parseInviteList(
      'ana@example.com, Ben Ode <BEN@example.com>\n"Cai Lin" <cai@example.com>; dee@example.com\n\n',
    );
    expect(entries.map((e) => [e.name, e.email, e.problem])).toEqual([
      [undefined, "ana@example.com", undefined],
      ["Ben Ode", "ben@example.com", undefined],
      ["Cai Lin", "cai@example.com", undefined],
      [undefined, "dee@example.com", undefined],
    ]);
  });

  it("flags bad addresses and repeats, line by line, and keeps the good ones", () => {
    const { entries } = parseInviteList("ana@example.com\nnot-an-address\nBen <ben@>\nANA@example.com");
    expect(entries.map((e) => [e.line, e.input, e.problem])).toEqual([
      [1, "ana@example.com", undefined],
      [2, "not-an-address", "Not an email address."],
      [3, "Ben <ben@>", "Not an email address."],
      [4, "ANA@example.com", "Listed twice; invited once."],
    ]);
  });

  it("reads a CSV file by its email and name columns, with the file's line numbers", () => {
    const csv = "First name,Last name,Email\nAna,Silva,ana@example.com\n,,\nBen,,bad\n";
    const { entries } = parseInviteList(csv);
    expect(entries).toEqual([
      { line: 2, input: "Ana, Silva, ana@example.com", name: "Ana Silva", email: "ana@example.com" },
      { line: 4, input: "Ben, , bad", name: "Ben", problem: "Not an email address." },
    ]);
  });

  it("refuses more than the limit as a whole", () => {
    const many = Array.from({ length: BULK_INVITE_LIMIT + 1 }, (_, i) => `p${i}@example.com`).join("\n");
    expect(parseInviteList(many)).toEqual({ entries: [], tooMany: true });
    const enough = Array.from({ length: BULK_INVITE_LIMIT }, (_, i) => `p${i}@example.com`).join("\n");
    expect(parseInviteList(enough).entries).toHaveLength(BULK_INVITE_LIMIT);
  });

  it("treats hostile text as text", () => {
    const { entries } = parseInviteList("<script>alert(1)</script>\nx\u0000y@example.com");
    expect(entries.every((e) => e.problem === "Not an email address.")).toBe(true);
  });
});
