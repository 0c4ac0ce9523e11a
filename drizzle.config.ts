import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema; the same files run on PGlite and Postgres.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
