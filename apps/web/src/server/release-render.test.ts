import { describe, expect, it } from "vitest";
import { releaseCompletedRenders } from "./release-render";

const completed = () =>
  new Error(
    "This render completed successfully. All cacheSignals are now aborted to allow clean up of any unused resources.",
  );

describe("releaseCompletedRenders", () => {
  it("gives the error React aborts a finished render with a plain stack, and leaves other aborts alone", () => {
    releaseCompletedRenders();
    releaseCompletedRenders(); // a second install changes nothing

    const render = new AbortController();
    const done = completed();
    render.abort(done);
    expect(render.signal.aborted).toBe(true);
    expect(render.signal.reason).toBe(done);
    expect(done.stack).toBe(`Error: ${done.message}`);

    const other = new AbortController();
    const failure = new Error("the client went away");
    other.abort(failure);
    expect(other.signal.reason).toBe(failure);
    expect(failure.stack).toContain("release-render.test.ts");

    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
  });

  it("still fires abort listeners once, with the reason", () => {
    releaseCompletedRenders();
    const controller = new AbortController();
    const reasons: unknown[] = [];
    controller.signal.addEventListener("abort", () => reasons.push(controller.signal.reason));
    const done = completed();
    controller.abort(done);
    controller.abort(new Error("again"));
    expect(reasons).toEqual([done]);
  });
});
