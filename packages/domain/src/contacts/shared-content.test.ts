import { describe, expect, it } from "vitest";
import { readSharedContent } from "./shared-content";

describe("content shared into Rapport from another app", () => {
  it("a LinkedIn profile shared as a link is a person, named from the title", () => {
    expect(
      readSharedContent({
        title: "Ines Okafor | LinkedIn",
        url: "https://uk.linkedin.com/in/Ines-Okafor?trk=x",
      }),
    ).toEqual({
      kind: "person",
      linkedinUrl: "https://www.linkedin.com/in/ines-okafor",
      name: "Ines Okafor",
    });
  });

  it("a LinkedIn profile inside shared text is found too", () => {
    expect(
      readSharedContent({ text: "Check out https://www.linkedin.com/in/sam-lee/ profile" }),
    ).toMatchObject({
      kind: "person",
      linkedinUrl: "https://www.linkedin.com/in/sam-lee",
    });
  });

  it("any other page is an event to add, and a hostile link is dropped", () => {
    expect(readSharedContent({ title: "Fintech Night", url: "https://meetup.example/e/42" })).toEqual({
      kind: "event",
      title: "Fintech Night",
      url: "https://meetup.example/e/42",
    });
    expect(readSharedContent({ text: "javascript:alert(1)" })).toEqual({
      kind: "event",
      title: "javascript:alert(1)",
      url: "",
    });
  });
});
