// Draws the installable app's icons (the two overlapping circles of the logo) as PNGs in public/icons.
// Run again only when the mark changes: node apps/web/scripts/make-app-icons.mjs
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
mkdirSync(out, { recursive: true });

/** The mark on a square; `inset` keeps it inside the maskable safe zone (the middle 80%). */
function svg({ background, inset, rounded }) {
  const scale = (1 - inset * 2) / 32;
  const offset = inset * 512;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${background}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale * 512})">
    <circle cx="11" cy="16" r="8" fill="#2a9d8a" opacity="0.95"/>
    <circle cx="21" cy="16" r="8" fill="#1b6b5f" opacity="0.85"/>
  </g>
</svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, background: "#f7fbfa", inset: 0.06, rounded: true },
  { file: "icon-512.png", size: 512, background: "#f7fbfa", inset: 0.06, rounded: true },
  { file: "maskable-512.png", size: 512, background: "#e3f1ee", inset: 0.16, rounded: false },
  { file: "apple-touch-icon.png", size: 180, background: "#f7fbfa", inset: 0.1, rounded: false },
];
for (const icon of icons) {
  await sharp(Buffer.from(svg(icon)))
    .resize(icon.size, icon.size)
    .png()
    .toFile(join(out, icon.file));
}
console.log(`Wrote ${icons.length} icons to ${out}`);
