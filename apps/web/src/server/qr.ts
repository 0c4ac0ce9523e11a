import "server-only";

import QRCode from "qrcode";

/**
 * A QR code as an SVG string, drawn on the server so the QR library never reaches a browser bundle.
 * Error correction M and a four-module quiet zone: what phone cameras read best from a screen.
 */
export async function qrSvg(text: string, title: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  // A title names the picture for screen readers; the text is escaped by hand (it goes into markup).
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace("<svg ", `<svg role="img" aria-label="${escaped}" `);
}
