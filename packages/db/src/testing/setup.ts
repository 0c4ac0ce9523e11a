import { beforeAll } from "vitest";
import { testDatabase } from "./database";

// Opening and migrating a worker's database takes seconds, and tens of seconds on a busy machine. As a
// setup hook it runs under the hook timeout before the first test, instead of inside that test's time.
beforeAll(async () => {
  await testDatabase();
});
