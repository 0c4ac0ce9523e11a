export * from "./digests";
export * from "./organisations";
export * from "./platform";
export * from "./relations";
export * from "./users";
