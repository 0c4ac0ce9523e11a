import { defineConfig } from "vitest/config";

// test-corpus/ holds the real-file corpus test; it reads files with node:fs, which src/ (typechecked without
// Node's types) does not.
export default defineConfig({ test: { include: ["src/**/*.test.ts", "test-corpus/**/*.test.ts"] } });
