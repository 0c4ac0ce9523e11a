import type { JobEngine } from "@rapport/jobs";

// Kept on globalThis: Next.js loads instrumentation and route handlers as separate module graphs.
const KEY = Symbol.for("rapport.jobEngine");
type Holder = { [KEY]?: JobEngine };

export function setJobEngine(engine: JobEngine) {
  (globalThis as Holder)[KEY] = engine;
}

/** This process's job engine, when it runs workers (the embedded start, or RAPPORT_WORKER=true). */
export function currentJobEngine(): JobEngine | undefined {
  return (globalThis as Holder)[KEY];
}
