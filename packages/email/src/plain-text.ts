/**
 * The plain-text body of an email, read from the html that react-dom rendered for it.
 *
 * It gives the text html-to-text gave with the options we used (no word wrap; images and
 * `data-skip-in-text="true"` elements left out; links as "label url", the url alone when it equals the
 * label; headings not in capitals), without building a DOM: one pass over the html, blocks kept on a
 * stack as html-to-text keeps them. plain-text.test.tsx compares the two for every template.
 *
 * It reads html as react-dom writes it: well-formed, attribute values in double quotes, text escaped
 * with &amp; &lt; &gt; &quot; &#x27;. Elements html-to-text lays out in ways no template uses (lists,
 * pre, blockquote) are refused rather than guessed at, so a template that starts using one fails its test.
 */

/** What html-to-text counts as white space between words (U+00A0 is not: it stays in the text). */
const SPACE = /[ \t\r\n\f\u200b]/;
const WORDS = /[^ \t\r\n\f\u200b]+/g;
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Elements whose content is not text of the email. */
const RAW = new Set(["style", "script", "template", "textarea", "title"]);
/** Line breaks before and after, as html-to-text's default selectors set them. */
const BLOCKS: Record<string, number> = {
  article: 1,
  aside: 1,
  div: 1,
  footer: 1,
  form: 1,
  header: 1,
  main: 1,
  nav: 1,
  section: 1,
  p: 2,
  table: 2,
  h4: 2,
  h5: 2,
  h6: 2,
};
const HEADINGS_ABOVE: Record<string, number> = { h1: 3, h2: 3, h3: 3 };
const UNSUPPORTED = new Set(["ul", "ol", "pre", "blockquote"]);
const RULE = "-".repeat(40);

/** A tag: "/" when closing, its name, and its attributes (quoted values may hold ">"). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/y;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[name];
    if (named === undefined) throw new Error(`Plain text: unknown entity ${whole}`);
    return named;
  });
}

/** One block being written: html-to-text's BlockStackItem with its InlineTextBuilder, without wrapping. */
interface Block {
  /** Text of the blocks closed inside this one, with their line breaks. */
  raw: string;
  /** Finished lines of inline text since the last inner block. */
  lines: string[];
  /** The line being written; words are joined by single spaces. */
  line: string;
  /** White space seen after the last word: the next word starts a new word rather than joining it. */
  space: boolean;
  /** Line breaks owed before the next text (the trailing breaks of the last inner block). */
  breaks: number;
  leading: number;
}

function newBlock(leading: number): Block {
  return { raw: "", lines: [], line: "", space: false, breaks: 0, leading };
}

function textOf(block: Block): string {
  if (block.lines.length === 0 && block.line === "") return block.raw;
  const inline = block.lines.length === 0 ? block.line : `${block.lines.join("\n")}\n${block.line}`;
  return block.raw + inline;
}

function newLines(block: Block, count: number) {
  block.lines.push(block.line);
  for (let i = 1; i < count; i++) block.lines.push("");
  block.line = "";
}

class TextWriter {
  private block = newBlock(1);
  private readonly blocks: Block[] = [];
  /** Words written inside each open link, joined without spaces (html-to-text compares those to the url). */
  private readonly linkWords: string[] = [];

  inline(text: string, asWords = true) {
    if (text === "") return;
    const block = this.block;
    if (block.breaks > 0) {
      if (!/[^ \t\r\n\f\u200b]/.test(text)) return;
      newLines(block, block.breaks);
    }
    const space = block.space;
    let any = false;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
      const word = m[0];
      if (!any) {
        any = true;
        if (space || SPACE.test(text[0] as string))
          block.line = block.line === "" ? word : `${block.line} ${word}`;
        else block.line += word;
      } else {
        block.line = block.line === "" ? word : `${block.line} ${word}`;
      }
      if (asWords && this.linkWords.length > 0) this.linkWords[this.linkWords.length - 1] += word;
    }
    block.space = (space && !any) || SPACE.test(text[text.length - 1] as string);
    block.breaks = 0;
  }

  lineBreak() {
    newLines(this.block, 1);
  }

  open(leading: number) {
    this.blocks.push(this.block);
    this.block = newBlock(leading);
  }

  close(trailing: number) {
    const inner = this.block;
    const parent = this.blocks.pop();
    if (!parent) throw new Error("Plain text: a block closed that was never opened");
    this.block = parent;
    const text = textOf(inner);
    const before = Math.max(parent.breaks, inner.leading);
    const above = textOf(parent);
    parent.lines.length = 0;
    parent.line = "";
    if (above) parent.raw = above + "\n".repeat(before) + text;
    else {
      parent.raw = text;
      parent.leading = before;
    }
    parent.breaks = Math.max(inner.breaks, trailing);
  }

  openLink() {
    this.linkWords.push("");
  }

  closeLink(href: string) {
    const label = this.linkWords.pop() ?? "";
    if (href === label) return;
    this.inline(label ? ` ${href}` : href, false);
  }

  toString(): string {
    if (this.blocks.length > 0) throw new Error("Plain text: a block was never closed");
    return textOf(this.block);
  }
}

/** What to do when an element ends. */
type Closer = { kind: "inline" } | { kind: "block"; trailing: number } | { kind: "link"; href: string };

const INLINE: Closer = { kind: "inline" };

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute of an opening tag's attribute text, decoded; undefined when absent. */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/=]+)))?(?=[\\s/>]|$)`, "i");
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  if (!m) return undefined;
  return decode(m[1] ?? m[2] ?? m[3] ?? "");
}

/** The plain-text body for an email's html. */
export function htmlToPlainText(html: string): string {
  const writer = new TextWriter();
  // Only the body is read (html-to-text's base element), or everything when there is none.
  const bodyAt = html.search(/<body[\s>/]/i);
  let at = Math.max(bodyAt, 0);
  const end = html.length;
  const open: { name: string; closer: Closer }[] = [];
  /** Depth at which skipped content started; -1 when writing. */
  let skipFrom = -1;

  while (at < end) {
    const lt = html.indexOf("<", at);
    if (lt < 0 || lt > at) {
      const stop = lt < 0 ? end : lt;
      if (skipFrom < 0) writer.inline(decode(html.slice(at, stop)));
      at = stop;
      continue;
    }
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      at = close < 0 ? end : close + 3;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const close = html.indexOf(">", lt);
      at = close < 0 ? end : close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // A lone "<" is text, as browsers and htmlparser2 read it.
      if (skipFrom < 0) writer.inline("<");
      at = lt + 1;
      continue;
    }
    const closing = tag[1] === "/";
    const name = (tag[2] as string).toLowerCase();
    const attributes = tag[3] ?? "";
    at = TAG.lastIndex;

    if (closing) {
      if (name === "body" && bodyAt >= 0) break;
      // Close up to the matching element; stray closing tags are ignored, as htmlparser2 does.
      let index = open.length - 1;
      while (index >= 0 && open[index]?.name !== name) index--;
      if (index < 0) continue;
      while (open.length > index) {
        const element = open.pop();
        if (!element) break;
        if (skipFrom >= 0) {
          if (open.length <= skipFrom) skipFrom = -1;
          continue;
        }
        finish(writer, element.closer);
      }
      continue;
    }

    const selfClosing = VOID.has(name) || attributes.endsWith("/");

    if (RAW.has(name) && !selfClosing) {
      const closeTag = new RegExp(`</${name}`, "gi");
      closeTag.lastIndex = at;
      const close = closeTag.exec(html)?.index ?? -1;
      const closeEnd = close < 0 ? -1 : html.indexOf(">", close);
      at = closeEnd < 0 ? end : closeEnd + 1;
      continue;
    }
    if (skipFrom >= 0) {
      if (!selfClosing) open.push({ name, closer: INLINE });
      continue;
    }
    if (
      name === "img" ||
      (attributes.includes("data-skip-in-text") && attribute(attributes, "data-skip-in-text") === "true")
    ) {
      if (!selfClosing) {
        skipFrom = open.length;
        open.push({ name, closer: INLINE });
      }
      continue;
    }
    if (UNSUPPORTED.has(name)) throw new Error(`Plain text: <${name}> is not supported in emails yet`);

    let closer: Closer = INLINE;
    if (name === "a") {
      const href = (attribute(attributes, "href") ?? "").replace(/^mailto:/, "");
      if (href && href[0] !== "#") {
        writer.openLink();
        closer = { kind: "link", href };
      }
    } else if (name === "br") {
      writer.lineBreak();
    } else if (name === "hr") {
      writer.open(2);
      writer.inline(RULE);
      writer.close(2);
    } else {
      const lines = BLOCKS[name] ?? HEADINGS_ABOVE[name];
      if (lines !== undefined) {
        writer.open(lines);
        closer = { kind: "block", trailing: HEADINGS_ABOVE[name] ? 2 : lines };
      }
    }
    if (selfClosing) finish(writer, closer);
    else open.push({ name, closer });
  }
  // Elements left open at the end of the html end there.
  while (open.length > 0) {
    const element = open.pop();
    if (skipFrom >= 0) {
      if (open.length <= skipFrom) skipFrom = -1;
      continue;
    }
    if (element) finish(writer, element.closer);
  }
  return writer.toString();
}

function finish(writer: TextWriter, closer: Closer) {
  if (closer.kind === "block") writer.close(closer.trailing);
  else if (closer.kind === "link") writer.closeLink(closer.href);
}
