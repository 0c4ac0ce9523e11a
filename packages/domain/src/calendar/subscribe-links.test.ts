import { describe, expect, it } from "vitest";
import { subscribeLinks } from "./subscribe-links";

describe("subscribeLinks", () => {
  const feed = "https://rapport.example.com/api/calendar/feed/abc123.ics";
  it("turns the feed into a webcal:// subscription and Google / Outlook add-by-URL links", () => {
    const links = subscribeLinks(feed);
    expect(links.webcal).toBe("webcal://rapport.example.com/api/calendar/feed/abc123.ics");
    expect(new URL(links.google).searchParams.get("cid")).toBe(links.webcal);
    expect(new URL(links.outlook).searchParams.get("url")).toBe(feed);
    expect(links.outlook.startsWith("https://outlook.live.com/calendar/0/addfromweb?")).toBe(true);
  });
  it("works for a plain http origin in development", () => {
    expect(subscribeLinks("http://localhost:3000/f.ics").webcal).toBe("webcal://localhost:3000/f.ics");
  });
});
