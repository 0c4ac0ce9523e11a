import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["@rapport/db/testing/setup"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
