/**
 * Pasted or converted HTML (Word, Google Docs, LibreOffice, web pages, mammoth's output) as text
 * lines for the importer. A small scanner, not a DOM: nothing is ever parsed into elements,
 * scripts never run, and the result is only ever plain text. Paragraphs become lines separated by
 * a blank line, <br> a line break, list nesting becomes labels ("1.", "(a)", "(i)", "a.", "i."),
 * and Word's own list numbers (mso-list paragraphs) are kept as typed.
 */
import { formatLabel } from "@clausewise/schema";
import { decodeEntities } from "./entities.ts";

const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot",
  "tr", "blockquote", "section", "article", "header", "footer", "aside", "nav", "dl", "dt", "dd", "pre",
  "hr", "address", "figure", "figcaption", "main", "form", "fieldset", "center", "caption", "body", "html",
]);
// Elements whose content is never text of the paper.
const SKIP_CONTENT = new Set(["script", "style", "title", "textarea", "xml", "template", "noscript", "svg", "math", "object", "iframe", "head"]);
const CELL = new Set(["td", "th"]);
// Word writes list bullets in Symbol, Wingdings or Courier New as these characters.
const WORD_BULLETS = /^[·§oØüv•\uF0B7\uF0A7\uF0D8\uF0FC\u2022\u25AA\u25CF-]$/;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
  end: number;
}

/** Reads the tag starting at `start` (a "<"), or null when it is no tag. Quotes may hide ">". */
function readTag(html: string, start: number): Tag | null {
  const m = /^<(\/?)([a-zA-Z][\w:.-]*)/.exec(html.slice(start, start + 100));
  if (!m) return null;
  let i = start + m[0].length;
  let quote = "";
  for (; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      break;
    }
  }
  const attrs = html.slice(start + m[0].length, i);
  return { name: m[2]!.toLowerCase(), closing: m[1] === "/", selfClosing: /\/\s*$/.test(attrs), attrs, end: Math.min(i + 1, html.length) };
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : null;
}

interface List {
  ordered: boolean;
  next: number;
  /** Letters or roman numerals asked for by type="a" or list-style-type: lower-alpha. */
  kind: "decimal" | "letter" | "roman";
}

function listKind(attrs: string): List["kind"] {
  const type = attr(attrs, "type") ?? "";
  const style = (attr(attrs, "style") ?? "").toLowerCase();
  if (type === "a" || type === "A" || /list-style-type\s*:\s*(?:lower|upper)-(?:alpha|latin)/.test(style)) return "letter";
  if (type === "i" || type === "I" || /list-style-type\s*:\s*(?:lower|upper)-roman/.test(style)) return "roman";
  return "decimal";
}

/**
 * The label of the next item: nesting decides the level ("1.", "(a)", "(i)", "a.", "i."), or the
 * item's own `aria-level` (Word for the web puts each item in a flat list of its own and says its
 * level there; Google Docs says it too); a list declared as letters or roman numerals takes the next
 * level of that kind.
 */
function itemLabel(lists: List[], list: List, level: number | null): string {
  const ordered = lists.filter((l) => l.ordered);
  let depth = Math.max(ordered.length - 1, level !== null ? level - 1 : 0);
  if (list.kind !== "decimal") {
    const wanted = list.kind === "letter" ? 1 : 2;
    const above = ordered.slice(0, -1).filter((l) => l.kind === list.kind).length;
    depth = Math.max(depth, wanted + 2 * above);
  }
  return formatLabel(Math.min(Math.max(depth, 0), 8), list.next);
}

class LineWriter {
  private lines: string[] = [];
  private current = "";
  /** The current line holds a list item's label and nothing else yet. */
  labelOnly = false;

  /** A list item's label, which the item's text (even inside a <p> of its own) follows. */
  label(s: string): void {
    this.text(s, false);
    this.labelOnly = true;
  }

  text(s: string, pre: boolean): void {
    if (/\S/.test(s)) this.labelOnly = false;
    const t = pre ? s : s.replace(/[ \t\n\r\f]+/g, " ");
    if (!pre && t.startsWith(" ") && (this.current === "" || this.current.endsWith(" "))) this.current += t.slice(1);
    else this.current += t;
  }

  /** Ends the current line (a <br>). */
  line(): void {
    // (A non-breaking space at a line's end, as Word for the web ends every paragraph, goes too.)
    this.lines.push(this.current.replace(/^ +|[ \u00a0]+$/g, ""));
    this.current = "";
  }

  /** Ends the current paragraph: a blank line follows. */
  paragraph(): void {
    this.labelOnly = false;
    if (this.current.replace(/ /g, "") !== "") this.line();
    if (this.lines.length && this.lines.at(-1) !== "") this.lines.push("");
    this.current = "";
  }

  result(): string {
    this.paragraph();
    return this.lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  }
}

/** Plain text lines from HTML. Never builds DOM, never returns markup. */
export function htmlToText(html: string): string {
  const source = String(html ?? "")
    // Comments, including Word's conditional comments <!--[if gte mso 9]>…<![endif]-->; an
    // unterminated comment runs to the end, as in a browser.
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
    // Word's "downlevel-revealed" markers <![if !supportLists]> … <![endif]>: the content (the list
    // number) is kept, the markers go.
    .replace(/<!\[(?:end)?if[^\]]*\]>/gi, "")
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");

  const out = new LineWriter();
  const lists: List[] = [];
  // Open spans: true for Word's "mso-list:Ignore" spans that hold a list number or bullet.
  const spans: boolean[] = [];
  let capture: string | null = null;
  let pre = 0;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > i) {
      const text = decodeEntities(source.slice(i, textEnd));
      if (capture !== null) capture += text;
      else out.text(text, pre > 0);
    }
    if (lt === -1) break;
    if (source.startsWith("<!", lt) || source.startsWith("<?", lt)) {
      // <!DOCTYPE …>, <?xml …?> and the like.
      const close = source.indexOf(">", lt);
      i = close === -1 ? source.length : close + 1;
      continue;
    }
    const tag = readTag(source, lt);
    if (!tag) {
      // A "<" that opens no tag is text.
      if (capture !== null) capture += "<";
      else out.text("<", pre > 0);
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const { name } = tag;
    if (SKIP_CONTENT.has(name) && !tag.closing && !tag.selfClosing) {
      const endTag = new RegExp(name === "head" ? "</head\\s*>|<body[\\s>]" : `</${name}\\s*>`, "gi");
      endTag.lastIndex = i;
      const end = endTag.exec(source);
      i = end ? end.index + (end[0].toLowerCase().startsWith("<body") ? 0 : end[0].length) : source.length;
      continue;
    }
    if (name === "br") {
      out.line();
      continue;
    }
    if (name === "span") {
      if (tag.closing) {
        const wasList = spans.pop();
        if (wasList && capture !== null && !spans.includes(true)) {
          const label = capture.replace(/[\s\u00A0]+/g, " ").trim();
          out.text(`${WORD_BULLETS.test(label) ? "•" : label} `, false);
          capture = null;
        }
      } else if (!tag.selfClosing) {
        const isList = /mso-list\s*:\s*ignore/i.test(attr(tag.attrs, "style") ?? "");
        spans.push(isList);
        if (isList && capture === null) capture = "";
      }
      continue;
    }
    if (CELL.has(name)) {
      if (tag.closing) out.text(" ", false);
      continue;
    }
    // A definition list reads as "Term: description" on one line.
    if (name === "dd") {
      if (tag.closing) out.paragraph();
      continue;
    }
    if (name === "dt" && tag.closing) {
      out.text(": ", false);
      continue;
    }
    if (!BLOCK.has(name)) continue;
    if (name === "pre") pre = Math.max(0, pre + (tag.closing ? -1 : 1));
    if (name === "ol" || name === "ul") {
      out.paragraph();
      if (tag.closing) lists.pop();
      else {
        const start = Number(attr(tag.attrs, "start"));
        lists.push({ ordered: name === "ol", next: Number.isInteger(start) && start > 0 ? start : 1, kind: listKind(tag.attrs) });
      }
      continue;
    }
    // Google Docs and others wrap an item's text in a <p> of its own: it stays on its label's line.
    if (!(out.labelOnly && !tag.closing && name !== "li")) out.paragraph();
    if (name === "li" && !tag.closing) {
      const list = lists.at(-1);
      if (!list) continue;
      const value = Number(attr(tag.attrs, "value"));
      if (Number.isInteger(value) && value > 0) list.next = value;
      if (listKind(tag.attrs) !== "decimal" && list.next === 1) list.kind = listKind(tag.attrs);
      const level = Number(attr(tag.attrs, "data-aria-level") ?? attr(tag.attrs, "aria-level"));
      out.label(list.ordered ? `${itemLabel(lists, list, Number.isInteger(level) && level >= 1 && level <= 9 ? level : null)} ` : "• ");
      list.next++;
    }
  }
  return out.result();
}
