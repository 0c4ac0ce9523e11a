export { dbTest, testDatabase, testDatabaseUrl, withRollback } from "./database";
