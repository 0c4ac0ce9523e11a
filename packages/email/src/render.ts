/// <reference path="./html-to-text.d.ts" />
import { render } from "@react-email/components";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

export interface RenderedEmail {
  html: string;
  text: string;
}

/**
 * The same conversion as react-email's `toPlainText` (its selectors: images and data-skip-in-text
 * elements left out, links without brackets), plus headings not shouted in capitals. Compiled once:
 * building the converter per call cost ~60 ms an email, which a weekly digest to thousands cannot afford.
 */
const htmlToText = compile({
  wordwrap: false,
  selectors: [
    { selector: "img", format: "skip" },
    { selector: "[data-skip-in-text=true]", format: "skip" },
    { selector: "a", options: { linkBrackets: false, hideLinkHrefIfSameAsText: true } },
    ...["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

/**
 * Renders a template to the html and plain-text bodies every email carries.
 * One React render; the text is derived from that html.
 */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const html = await render(element);
  return { html, text: htmlToText(html) };
}
