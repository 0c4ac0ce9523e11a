import { config } from "zod";

// The web forms check their fields in the browser with these same schemas. There zod would try
// `new Function` once, while building an object schema, to compile a faster parser; the CSP (no
// 'unsafe-eval') refuses it and the browser reports a violation even though zod catches the error.
// A form parses a few fields, so the interpreted parser is plenty. Imported first by every module that
// the browser loads schemas from, so it runs before any schema is built. The server keeps the fast path.
if (typeof window !== "undefined") config({ jitless: true });
