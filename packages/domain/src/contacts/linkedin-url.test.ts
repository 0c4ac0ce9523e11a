import { describe, expect, it } from "vitest";
import { canonicalLinkedInUrl } from ".";

describe("canonicalLinkedInUrl", () => {
  it("gives every spelling of a profile link one form", () => {
    const canonical = "https://www.linkedin.com/in/ada-lovelace";
    for (const link of [
      "https://www.linkedin.com/in/ada-lovelace",
      "https://www.linkedin.com/in/ada-lovelace/",
      "http://linkedin.com/in/ada-lovelace",
      "www.linkedin.com/in/Ada-Lovelace",
      "linkedin.com/in/ada-lovelace?utm_source=share&utm_medium=member_ios",
      "https://uk.linkedin.com/in/ada-lovelace/#about",
      "  https://www.linkedin.com/in/ada-lovelace/details/experience/  ",
    ]) {
      expect(canonicalLinkedInUrl(link), link).toBe(canonical);
    }
  });
  it("keeps letters from any script, percent-encoded", () => {
    expect(canonicalLinkedInUrl("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa")).toBe(
      "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa",
    );
    expect(canonicalLinkedInUrl("https://www.linkedin.com/in/José-García")).toBe(
      "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa",
    );
  });
  it("rejects links that are not member profiles", () => {
    for (const link of [
      "https://www.linkedin.com/company/acme",
      "https://www.linkedin.com/pub/ada-lovelace/1/2/3",
      "https://www.linkedin.com/in/",
      "https://notlinkedin.com/in/ada",
      "https://linkedin.com.evil.example/in/ada-lovelace",
      "https://www.linkedin.com/in/a<script>",
      "https://www.linkedin.com/in/%E0%A4%A",
      "ada-lovelace",
      "",
      null,
    ]) {
      expect(canonicalLinkedInUrl(link), String(link)).toBeNull();
    }
  });
});
