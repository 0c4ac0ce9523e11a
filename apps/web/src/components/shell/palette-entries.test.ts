import { describe, expect, it } from "vitest";
import { paletteEntries } from "./palette-entries";

const pages = [
  { href: "/today", label: "Today" },
  { href: "/people", label: "People" },
];

describe("palette entries", () => {
  it("lists every action and page before anything is typed", () => {
    const entries = paletteEntries("", pages, []);
    expect(entries.filter((e) => e.group === "Actions").map((e) => e.label)).toContain("Log someone you met");
    expect(entries.filter((e) => e.group === "Pages").map((e) => e.href)).toEqual(["/today", "/people"]);
  });

  it("keeps actions and pages whose words start with what was typed, with search hits between them", () => {
    const entries = paletteEntries("new go", pages, [
      { kind: "goal", id: "g1", title: "New goal ideas", detail: "Your goal", href: "/goals/g1" },
    ]);
    expect(entries.map((e) => `${e.group}: ${e.label}`)).toEqual([
      "Actions: New goal",
      "Goals: New goal ideas",
    ]);
    expect(paletteEntries("peo", pages, []).map((e) => e.label)).toEqual(["People"]);
    expect(paletteEntries("zzz", pages, [])).toEqual([]);
  });
});
