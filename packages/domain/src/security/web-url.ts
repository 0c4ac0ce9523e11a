// The WHATWG URL parser every runtime we run on has (Node, browsers, edge). This package builds without
// DOM or Node types, so the small part used here is typed locally.
export interface ParsedUrl {
  readonly origin: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
}

type UrlConstructor = new (input: string, base?: string) => ParsedUrl;

/** Parses like `new URL(input, base)`; throws on what it cannot read, as URL does. */
export function parseUrl(input: string, base?: string): ParsedUrl {
  const { URL } = globalThis as unknown as { URL: UrlConstructor };
  return new URL(input, base);
}

/** The part of Headers these rules read. */
export interface HeaderReader {
  get(name: string): string | null;
}
