// UTF-8 by hand: the domain package builds without DOM or Node types, so TextEncoder is not declared.

const REPLACEMENT = 0xfffd;

function codePointOctets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** How many octets `text` takes in UTF-8 (lone surrogates count as the 3-octet U+FFFD they become). */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const ch of text) octets += codePointOctets(ch.codePointAt(0) ?? 0);
  return octets;
}

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = REPLACEMENT;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8; each invalid or truncated sequence becomes U+FFFD, as TextDecoder would do. */
export function utf8Decode(bytes: Uint8Array): string {
  const codePoints: number[] = [];
  let text = "";
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let needed = 0;
    let cp = 0;
    let min = 0;
    if (b0 < 0x80) {
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      needed = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      needed = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      needed = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      codePoints.push(REPLACEMENT);
      i += 1;
      continue;
    }
    let j = 1;
    for (; j <= needed; j++) {
      const b = bytes[i + j];
      if (b === undefined || (b & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (j <= needed || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      codePoints.push(REPLACEMENT);
      i += Math.max(1, j);
    } else {
      codePoints.push(cp);
      i += needed + 1;
    }
    // Flush in chunks so String.fromCodePoint never gets too many arguments.
    if (codePoints.length >= 8192) text += String.fromCodePoint(...codePoints.splice(0));
  }
  return text + String.fromCodePoint(...codePoints);
}
