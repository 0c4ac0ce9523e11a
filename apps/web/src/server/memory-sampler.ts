import { appendFileSync } from "node:fs";

let wasmMemoryBytes: (() => number) | undefined;

/** The embedded database's WebAssembly memory, sampled from now on (server-start passes it once open). */
export function sampleDatabaseMemory(handle: { wasmMemoryBytes?: () => number }): void {
  wasmMemoryBytes = handle.wasmMemoryBytes;
}

/**
 * For the memory soak benchmark (bench/soak): when RAPPORT_MEMORY_SAMPLE_FILE names a file, the server
 * appends its own memory figures (RSS, V8 heap, external and array buffers, and PGlite's WebAssembly
 * memory on the embedded start) as one JSON line every two seconds. Off unless the variable is set.
 */
export function startMemorySampler(file = process.env.RAPPORT_MEMORY_SAMPLE_FILE): void {
  if (!file) return;
  const sample = () => {
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, wasm: wasmMemoryBytes?.() ?? 0 })}\n`,
    );
  };
  sample();
  setInterval(sample, 2_000).unref();
}
