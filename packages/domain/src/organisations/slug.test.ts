import { describe, expect, it } from "vitest";
import { slugify } from ".";

describe("slugify", () => {
  it("makes a readable handle from a company name", () => {
    expect(slugify("Brightwater & Co.")).toBe("brightwater-and-co");
    expect(slugify("  Café Société  ")).toBe("cafe-societe");
  });
  it("never returns an empty handle", () => {
    expect(slugify("!!!")).toBe("organisation");
  });
  it("caps the length without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(47)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });
});
