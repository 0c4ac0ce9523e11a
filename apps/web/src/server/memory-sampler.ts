import { appendFileSync } from "node:fs";

/**
 * For the memory soak benchmark (bench/soak): when RAPPORT_MEMORY_SAMPLE_FILE names a file, the server
 * appends its own memory figures (RSS, V8 heap, external and array buffers, which hold PGlite's WASM
 * memory) as one JSON line every two seconds. Off unless the variable is set.
 */
export function startMemorySampler(file = process.env.RAPPORT_MEMORY_SAMPLE_FILE): void {
  if (!file) return;
  const sample = () => {
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers })}\n`,
    );
  };
  sample();
  setInterval(sample, 2_000).unref();
}
