export * from "./coaching";
export * from "./contacts";
export * from "./events";
export * from "./goals";
export * from "./organisations";
export * from "./platform";
export * from "./relations";
export * from "./users";
