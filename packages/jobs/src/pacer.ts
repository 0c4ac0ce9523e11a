/**
 * Spaces calls so at most `perSecond` start in any rolling second, across every loop of this process
 * (Resend limits requests per team, not per connection). Waiting here is cheaper than a 429.
 */
export function createPacer(perSecond: number, now: () => number = Date.now) {
  // Slack for the time a request takes to arrive: the server counts arrivals in a rolling second.
  const interval = Math.ceil(1000 / perSecond) + 25;
  let next = 0;
  return async function pace(): Promise<void> {
    const at = Math.max(now(), next);
    next = at + interval;
    const wait = at - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}
