import { closeDatabase, getDatabase } from "../instance";
import { appliedMigrations } from "../migrate";

// `npm run db:migrate`: opening the configured database applies pending migrations.
const handle = await getDatabase();
console.log(
  `${handle.engine} at ${handle.location}: ${await appliedMigrations(handle.db)} migrations applied`,
);
await closeDatabase();
