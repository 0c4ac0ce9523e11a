import { closeDatabase, getDatabase } from "../instance";
import { seedDemo } from "../seed";

// `npm run db:seed`: adds the demo organisation if it is not there yet.
const handle = await getDatabase();
const { created } = await seedDemo(handle.db);
console.log(created ? `demo organisation created in ${handle.engine}` : "demo organisation already present");
await closeDatabase();
