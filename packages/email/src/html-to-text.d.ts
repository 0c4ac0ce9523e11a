// html-to-text 9 ships no types; this is the one function used here.
declare module "html-to-text" {
  export function compile(options: Record<string, unknown>): (html: string) => string;
}
