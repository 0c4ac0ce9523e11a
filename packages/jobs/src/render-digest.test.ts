import {
  composeDigest,
  composeManagerDigest,
  sampleDigestInput,
  sampleManagerDigestInput,
} from "@rapport/domain/digest";
import { describe, expect, it } from "vitest";
import { renderDigestPayload } from "./render-digest";

const ctx = {
  appUrl: "https://rapport.example.com",
  secret: "s".repeat(40),
  from: "Rapport <hello@rapport.example.com>",
};
const person = { name: "Maya Chen", email: "maya@example.com", timeZone: "Europe/London" };
const now = new Date("2026-11-23T08:00:00Z");

describe("digest links", () => {
  it("a manager's team digest opens the team dashboard; a personal digest opens Today", async () => {
    const team = await renderDigestPayload(
      ctx,
      { userId: "u1", email: person.email },
      composeManagerDigest(sampleManagerDigestInput(person, "2026-W48")),
    );
    expect(team.html).toContain('href="https://rapport.example.com/team"');
    expect(team.text).toMatch(/Open the team dashboard.*https:\/\/rapport\.example\.com\/team/s);

    const own = await renderDigestPayload(
      ctx,
      { userId: "u1", email: person.email },
      composeDigest(sampleDigestInput(now, person, "2026-W48")),
    );
    expect(own.html).toContain('href="https://rapport.example.com/today"');
    expect(own.html).not.toContain("Open the team dashboard");
  });
});
