import { createElement, type ReactElement, Suspense } from "react";
import { htmlToPlainText } from "./plain-text";

export interface RenderedEmail {
  html: string;
  text: string;
}

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// Imported on first use and kept: Next.js refuses a static import of react-dom/server in code the app
// bundles (this package is imported by the web app's server code), as react-email's render also knows.
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;

/**
 * What react-email's `render` does (the element inside a Suspense boundary, streamed in one chunk, the
 * XHTML doctype in front), with react-dom/server imported once: `render` imports it again on every
 * call, which through the worker's module hooks cost about a tenth of a digest. render.test.tsx checks
 * that both give the same bytes.
 */
export async function renderHtml(element: ReactElement): Promise<string> {
  reactDomServer ??= import("react-dom/server");
  const loaded = await reactDomServer;
  // A CommonJS module may arrive as the namespace's default, as react-email allows for too.
  const { renderToReadableStream } = (loaded as { default?: typeof loaded }).default ?? loaded;
  let failure: unknown;
  const stream = await renderToReadableStream(createElement(Suspense, null, element), {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError(error) {
      failure ??= error;
    },
  });
  await stream.allReady;
  // As react-email does: an error anywhere fails the render rather than sending a half-empty email.
  if (failure) throw failure;
  // Read with one decoder rather than `new Response(stream).text()`, which cost about a tenth of a digest.
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let html = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    html += decoder.decode(chunk.value, { stream: true });
  }
  html += decoder.decode();
  return `${DOCTYPE}${html.replace(/<!DOCTYPE.*?>/, "")}`;
}

/**
 * Renders a template to the html and plain-text bodies every email carries.
 * One React render; the text is read from that html (plain-text.ts), so the two always agree.
 */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const html = await renderHtml(element);
  return { html, text: htmlToPlainText(html) };
}
