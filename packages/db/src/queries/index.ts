export * from "./digest-pipeline";
export * from "./digests";
export * from "./invitations";
export * from "./organisations";
export * from "./platform";
export type { OrgScope } from "./scope";
export * from "./users";
