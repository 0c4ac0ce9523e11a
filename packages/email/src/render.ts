import { render, toPlainText } from "@react-email/components";
import type { ReactElement } from "react";

export interface RenderedEmail {
  html: string;
  text: string;
}

// html-to-text shouts headings in capitals by default; a friendly email should not.
const plainTextOptions = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

/**
 * Renders a template to the html and plain-text bodies every email carries.
 * One React render; the text is derived from that html the same way `render(el, { plainText: true })`
 * does it (elements marked data-skip-in-text, like the preview line, are left out).
 */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const html = await render(element);
  return { html, text: toPlainText(html, plainTextOptions) };
}
