import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import {
  checkIntroRequestLimit,
  effectiveIntroStatus,
  introDraft,
  introMailto,
  introRequestExpiresAt,
  nextIntroStatus,
  requesterIntroStatus,
  roundedCount,
  roundedCountWords,
  sharingKey,
  sharingLevelOf,
  teamIntroSummary,
  WEEKLY_REQUEST_LIMIT,
} from ".";

describe("what colleagues may learn", () => {
  it("shares nothing unless the person chose something", () => {
    expect(sharingLevelOf({ shareCompanies: false, openContacts: 0 })).toEqual(["nothing"]);
    expect(sharingLevelOf({ shareCompanies: true, openContacts: 2 })).toEqual(["companies", "contacts"]);
  });

  it("never gives an exact count: one and four people look the same", () => {
    expect(roundedCount(0)).toBeNull();
    expect(roundedCount(Number.NaN)).toBeNull();
    expect(roundedCount(1)).toEqual(roundedCount(4));
    expect(roundedCount(7)).toEqual({ atLeast: 5 });
    expect(roundedCount(24)).toEqual({ atLeast: 10 });
    expect(roundedCount(999)).toEqual({ atLeast: 25 });
    expect(roundedCountWords({ atLeast: 1 })).toBe("a few people");
    expect(roundedCountWords({ atLeast: 10 })).toBe("10+ people");
  });

  it("matches companies without case or stray spaces", () => {
    expect(sharingKey("  ACME   Corp ")).toBe(sharingKey("acme corp"));
  });
});

describe("the life of a request", () => {
  const created = new Date("2026-03-01T10:00:00Z");
  it("lapses three weeks after it was sent if nobody answered", () => {
    const expiresAt = introRequestExpiresAt(created);
    expect(expiresAt.toISOString()).toBe("2026-03-22T10:00:00.000Z");
    expect(effectiveIntroStatus({ status: "pending", expiresAt }, new Date("2026-03-22T09:59:59Z"))).toBe(
      "pending",
    );
    expect(
      effectiveIntroStatus({ status: "asked_waiting", expiresAt }, new Date("2026-03-22T10:00:00Z")),
    ).toBe("expired");
    expect(effectiveIntroStatus({ status: "accepted", expiresAt }, new Date("2027-01-01"))).toBe("accepted");
  });

  it("moves only forward", () => {
    expect(nextIntroStatus("pending", "accept")).toBe("accepted");
    expect(nextIntroStatus("asked_waiting", "accept")).toBe("accepted");
    expect(nextIntroStatus("pending", "askedWaiting")).toBe("asked_waiting");
    expect(nextIntroStatus("accepted", "done")).toBe("done");
    expect(() => nextIntroStatus("declined", "accept")).toThrow("already closed");
    expect(() => nextIntroStatus("expired", "decline")).toThrow("lapsed");
    expect(() => nextIntroStatus("pending", "done")).toThrow(AppError);
  });

  it("shows the requester a kind 'not this time' for a decline and a lapse alike", () => {
    expect(requesterIntroStatus("declined")).toBe("not_this_time");
    expect(requesterIntroStatus("expired")).toBe("not_this_time");
    expect(requesterIntroStatus("asked_waiting")).toBe("asking");
  });
});

describe("weekly limit", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  it("allows up to the limit in seven days, then says when to try again", () => {
    const sent = Array.from({ length: WEEKLY_REQUEST_LIMIT - 1 }, (_, i) => hoursAgo(i + 1));
    expect(() => checkIntroRequestLimit(sent, now)).not.toThrow();
    const full = [...sent, hoursAgo(150)];
    try {
      checkIntroRequestLimit(full, now);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe("rate_limited");
      expect((error as AppError).retryAfterSeconds).toBe(18 * 3600);
    }
  });
  it("forgets requests older than a week", () => {
    const old = Array.from({ length: 20 }, () => hoursAgo(24 * 8));
    expect(() => checkIntroRequestLimit(old, now)).not.toThrow();
  });
});

describe("manager aggregate", () => {
  it("shows nothing for fewer than three people", () => {
    expect(teamIntroSummary({ members: 2, sharingAnything: 1, requestsMade: 4, accepted: 1 }).shown).toBe(
      false,
    );
  });
  it("shows counts and the share of the team sharing anything", () => {
    expect(teamIntroSummary({ members: 4, sharingAnything: 1, requestsMade: 3, accepted: 2 })).toEqual({
      shown: true,
      requestsMade: 3,
      accepted: 2,
      sharingShare: 0.25,
    });
  });
});

describe("the double-opt-in draft", () => {
  const draft = introDraft({
    introducerName: "Sam Rivera",
    contactName: "Jo Park",
    requesterName: "Priya Shah",
    reason: "I am moving into product design.",
    blurb: "Designer at Rapport, keen on research.",
  });
  it("asks the contact first, in the introducer's voice", () => {
    expect(draft.subject).toBe("Would you like to meet Priya Shah?");
    expect(draft.body).toMatch(/^Hi Jo,/);
    expect(draft.body).toContain("Would you be happy for me to introduce you?");
    expect(draft.body).toContain("Designer at Rapport");
    expect(draft.body.trim().endsWith("Sam")).toBe(true);
  });
  it("opens in the person's email app with every character escaped", () => {
    const link = introMailto("jo@acme.example", { subject: "A & B?", body: "line 1\nline 2" });
    expect(link).toBe("mailto:jo@acme.example?subject=A%20%26%20B%3F&body=line%201%0D%0Aline%202");
    expect(introMailto("not an address", draft)).toMatch(/^mailto:\?subject=/);
  });
});
