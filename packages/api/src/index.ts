export { type Context, type ContextInput, createContext } from "./context";
export { handleTrpcRequest } from "./handler";
export { type HealthReport, healthReport } from "./health";
export { type AppRouter, appRouter, createCaller } from "./root";
