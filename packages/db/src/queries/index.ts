export * from "./invitations";
export * from "./organisations";
export * from "./platform";
export type { OrgScope } from "./scope";
export * from "./users";
