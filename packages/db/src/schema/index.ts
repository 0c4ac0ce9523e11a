export * from "./organisations";
export * from "./relations";
export * from "./users";
