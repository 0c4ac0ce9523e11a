export { CROSS_SITE_MESSAGE, isCrossSiteRequest } from "@rapport/domain/security";
export * as calendar from "./calendar";
export { type Context, type ContextInput, createContext, type SessionUser } from "./context";
export { type HealthReport, healthReport } from "./health";
export { type AppRouter, appRouter, createCaller } from "./root";
export type { Access, Meta } from "./trpc";
export * as validation from "./validation";
