import { describe, expect, it } from "vitest";
import { navItemIsCurrent, visibleNavCount } from "./nav-fit";

describe("visibleNavCount", () => {
  it("keeps every link when the row is wide enough", () => {
    expect(visibleNavCount([60, 70, 80], 500)).toBe(3);
    expect(visibleNavCount([60, 70, 80], 60 + 4 + 70 + 4 + 80)).toBe(3);
  });

  it("folds the links that would be cut off, counting the gaps", () => {
    expect(visibleNavCount([60, 70, 80], 60 + 4 + 70 + 4 + 79)).toBe(2);
    expect(visibleNavCount([60, 70, 80], 100)).toBe(1);
  });

  it("folds everything when the row is hidden (phones)", () => {
    expect(visibleNavCount([60, 70, 80], 0)).toBe(0);
  });
});

describe("navItemIsCurrent", () => {
  it("marks a destination for its own page and the pages under it, not for a lookalike prefix", () => {
    expect(navItemIsCurrent("/goals", "/goals")).toBe(true);
    expect(navItemIsCurrent("/goals/abc/edit", "/goals")).toBe(true);
    expect(navItemIsCurrent("/goalsx", "/goals")).toBe(false);
    expect(navItemIsCurrent("/today", "/goals")).toBe(false);
  });
});
