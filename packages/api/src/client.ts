// What the browser bundle may import: types only, plus the shared transformer.

export { default as transformer } from "superjson";
export type { AppRouter } from "./root";
