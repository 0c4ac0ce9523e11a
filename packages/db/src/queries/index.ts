export * from "./calendar-feeds";
export * from "./event-access";
export * from "./event-imports";
export * from "./events";
export * from "./invitations";
export * from "./organisations";
export * from "./platform";
export type { OrgScope } from "./scope";
export * from "./users";
