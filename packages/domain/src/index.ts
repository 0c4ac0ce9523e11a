// The rules of the product, as pure functions of plain data. Import areas by subpath,
// e.g. `@rapport/domain/organisations`; this root re-exports the small shared pieces.
export * from "./errors";
export * from "./organisations";
