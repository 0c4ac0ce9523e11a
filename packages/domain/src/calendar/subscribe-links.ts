/**
 * One-click subscribe links for a calendar feed. webcal:// makes Apple Calendar and most desktop apps
 * subscribe (not import once); Google and Outlook take the feed's address as a parameter.
 */
export function subscribeLinks(feedUrl: string): { webcal: string; google: string; outlook: string } {
  const webcal = feedUrl.replace(/^https?:\/\//, "webcal://");
  return {
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent("Rapport")}`,
  };
}
