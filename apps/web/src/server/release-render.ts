/** How React's server renderer starts the error it aborts a finished render's cache signal with. */
const RENDER_COMPLETED = "This render completed successfully.";

const installed = Symbol.for("rapport.releaseCompletedRenders");

/**
 * Lets finished server renders be collected.
 *
 * When a React Server Components render completes (a page, or the payload of a navigation inside the
 * app), React aborts the render's cache signal with an Error that nobody reads. V8 keeps an unread
 * error's stack as structured call sites, and their receivers include the timer callbacks that were
 * running at the time; in Next 16.4 those link one finished request to the next, so under load on the
 * embedded database every page served stayed reachable (bench/README.md, "Memory soak"). Giving that
 * one error a plain-string stack drops the call sites, and with them what they held. Other aborts are
 * left exactly as they were.
 *
 * Installed once at server start (server-start.ts); a second call does nothing.
 */
export function releaseCompletedRenders(): void {
  const proto = AbortController.prototype as AbortController & { [installed]?: true };
  if (proto[installed]) return;
  const abort = proto.abort;
  proto.abort = function abortReleasingRender(this: AbortController, reason?: unknown) {
    if (reason instanceof Error && reason.message.startsWith(RENDER_COMPLETED))
      reason.stack = `${reason.name}: ${reason.message}`;
    return abort.call(this, reason);
  };
  proto[installed] = true;
}
