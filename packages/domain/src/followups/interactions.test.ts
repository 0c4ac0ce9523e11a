import { describe, expect, it } from "vitest";
import {
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  isInteractionKind,
  isInteractionOutcome,
  secondTouchSuggestion,
} from ".";

describe("interaction kinds and outcomes", () => {
  it("lists the product's kinds and outcomes", () => {
    expect(INTERACTION_KINDS).toEqual(["met", "message", "call", "coffee", "intro", "gave_value"]);
    expect(INTERACTION_OUTCOMES).toEqual(["positive", "neutral", "no_reply", "declined"]);
  });
  it("recognises valid values only", () => {
    expect(isInteractionKind("coffee")).toBe(true);
    expect(isInteractionKind("lunch")).toBe(false);
    expect(isInteractionOutcome("no_reply")).toBe(true);
    expect(isInteractionOutcome("ghosted")).toBe(false);
  });
});

describe("secondTouchSuggestion", () => {
  it("suggests nothing after a positive or neutral outcome", () => {
    expect(
      secondTouchSuggestion({ kind: "coffee", outcome: "positive", occurredOn: "2026-03-10" }),
    ).toBeNull();
    expect(secondTouchSuggestion({ kind: "call", outcome: "neutral", occurredOn: "2026-03-10" })).toBeNull();
  });
  it("after no reply, suggests one more try in the same way a week later", () => {
    const s = secondTouchSuggestion({ kind: "message", outcome: "no_reply", occurredOn: "2026-03-10" });
    expect(s?.suggestOn).toBe("2026-03-17");
    expect(s?.kind).toBe("message");
    expect(s?.message).toMatch(/normal/);
  });
  it("turns a retry after an in-person meeting into a message", () => {
    const s = secondTouchSuggestion({ kind: "met", outcome: "no_reply", occurredOn: "2026-03-10" });
    expect(s?.kind).toBe("message");
  });
  it("crosses a leap day", () => {
    const s = secondTouchSuggestion({ kind: "call", outcome: "no_reply", occurredOn: "2024-02-25" });
    expect(s?.suggestOn).toBe("2024-03-03");
  });
  it("after a second silence, stops asking and suggests giving value a month later", () => {
    const s = secondTouchSuggestion({
      kind: "message",
      outcome: "no_reply",
      occurredOn: "2026-03-17",
      earlierNoReplies: 1,
    });
    expect(s?.suggestOn).toBe("2026-04-16");
    expect(s?.kind).toBe("gave_value");
    expect(s?.message).toMatch(/ask for nothing/);
  });
  it("after a decline, waits 90 days and suggests giving value with no request", () => {
    const s = secondTouchSuggestion({ kind: "coffee", outcome: "declined", occurredOn: "2026-01-31" });
    expect(s?.suggestOn).toBe("2026-05-01");
    expect(s?.kind).toBe("gave_value");
    expect(s?.message).toMatch(/no request attached/);
  });
  it("rejects a malformed date and a negative count", () => {
    expect(() =>
      secondTouchSuggestion({ kind: "call", outcome: "declined", occurredOn: "2026-13-01" }),
    ).toThrow(/occurredOn/);
    expect(() =>
      secondTouchSuggestion({
        kind: "call",
        outcome: "no_reply",
        occurredOn: "2026-03-01",
        earlierNoReplies: -1,
      }),
    ).toThrow(/earlierNoReplies/);
  });
});
