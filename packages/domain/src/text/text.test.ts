import { describe, expect, it } from "vitest";
import { cleanImportedText, unstorableCharacter, unstorableMessage } from ".";

describe("text Postgres cannot store", () => {
  it("finds NUL characters and unpaired surrogate halves, and accepts real emoji", () => {
    expect(unstorableCharacter("Ada\u0000")).toBe("nul");
    expect(unstorableCharacter("a\uD800b")).toBe("lone_surrogate");
    expect(unstorableCharacter("a\uDC00")).toBe("lone_surrogate");
    expect(unstorableCharacter("\uDE00\uD83D")).toBe("lone_surrogate");
    expect(unstorableCharacter("Café 😀 日本")).toBeNull();
    expect(unstorableCharacter("")).toBeNull();
  });

  it("names the field in the message", () => {
    expect(unstorableMessage("nul", "name")).toMatch(/^The name contains a NUL/);
    expect(unstorableMessage("lone_surrogate", "note")).toMatch(/^The note contains a broken character/);
  });

  it("cleans imported text: NUL dropped, lone halves replaced, pairs kept", () => {
    expect(cleanImportedText("N\u0000u\u0000l")).toBe("Nul");
    expect(cleanImportedText("x\uD800y😀\uDC00")).toBe("x\uFFFDy😀\uFFFD");
    // Twice in a row, so a global expression's state cannot skip a match.
    expect(unstorableCharacter("a\uD800")).toBe("lone_surrogate");
    expect(unstorableCharacter("a\uD800")).toBe("lone_surrogate");
  });
});
