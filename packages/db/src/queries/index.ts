export * from "./coaching";
export * from "./goal-activity";
export * from "./goals";
export * from "./invitations";
export * from "./organisations";
export * from "./platform";
export type { OrgScope } from "./scope";
export * from "./team-goals";
export * from "./users";
