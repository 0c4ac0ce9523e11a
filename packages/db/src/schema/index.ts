export * from "./contacts";
export * from "./organisations";
export * from "./platform";
export * from "./relations";
export * from "./users";
