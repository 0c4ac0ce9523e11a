import { describe, expect, it } from "vitest";
import { subscribeLinks } from "./subscribe-links";

/** One query parameter of a link, decoded (this package has no DOM or Node types, so no URL class). */
function query(link: string, name: string): string | null {
  const match = new RegExp(`[?&]${name}=([^&#]*)`).exec(link);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1].replace(/\+/g, " "));
}

describe("subscribeLinks", () => {
  const feed = "https://rapport.example.com/api/calendar/feed/abc123.ics";
  it("turns the feed into a webcal:// subscription and Google / Outlook add-by-URL links", () => {
    const links = subscribeLinks(feed);
    expect(links.webcal).toBe("webcal://rapport.example.com/api/calendar/feed/abc123.ics");
    expect(query(links.google, "cid")).toBe(links.webcal);
    expect(query(links.outlook, "url")).toBe(feed);
    expect(links.outlook.startsWith("https://outlook.live.com/calendar/0/addfromweb?")).toBe(true);
  });
  it("works for a plain http origin in development", () => {
    expect(subscribeLinks("http://localhost:3000/f.ics").webcal).toBe("webcal://localhost:3000/f.ics");
  });
});
