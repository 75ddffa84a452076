/**
 * A direct reader of word/document.xml for the documents it fully understands: plain paragraphs
 * of runs with text, tabs, breaks, hyphen characters, paragraph indentation, tracked insertions
 * and deletions, bookmarks and proofing marks. One pass over the XML string with a small strict
 * scanner: no DOM, no dependency, so it runs in Node, browsers and workers.
 *
 * It writes the same minimal HTML that mammoth writes for those documents (paragraphs, line
 * breaks, tabs, indentation as leading no-break spaces), so both paths go through htmlToText
 * alike. Anything else (Word numbering, tables, fields, hyperlinks, footnotes, drawings, content
 * controls, alternate content, other namespaces, malformed XML) is not guessed at: the reader
 * says why it declines, and the caller hands the file to mammoth.
 */

/** The WordprocessingML namespace of transitional .docx files. */
export const WORDML_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type BodyRead = { html: string } | { declined: string };

/** Twips per column of indentation in the text handed to the importer (720 twips = 4 columns). */
export const TWIPS_PER_COLUMN = 180;

/** The leading columns a paragraph's indentation gives (the same rule as the mammoth path). */
export function indentColumns(start: string | undefined, hanging: string | undefined, firstLine: string | undefined): number {
  const twips = Number(start ?? 0) - Number(hanging ?? 0) + Number(firstLine ?? 0);
  return Number.isFinite(twips) ? Math.min(40, Math.max(0, Math.round(twips / TWIPS_PER_COLUMN))) : 0;
}

// Elements whose whole content mammoth ignores; the reader skips them the same way.
const IGNORED_IN_BODY = new Set(["w:sectPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:commentRangeStart", "w:commentRangeEnd", "w:del", "w:moveFrom"]);
const IGNORED_IN_PARAGRAPH = IGNORED_IN_BODY;
// A comment's reference mark is where Word anchors its balloon: no text of the paper.
const IGNORED_IN_RUN = new Set(["w:rPr", "w:lastRenderedPageBreak", "w:commentReference"]);
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

class Declined extends Error {}

function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (!ref) throw new Declined("a bare '&' in the XML");
    if (ref[0] === "#") {
      const n = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(n > 0 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) throw new Declined(`the character reference ${whole}`);
      return String.fromCodePoint(n);
    }
    const named = XML_ENTITIES[ref];
    if (named === undefined) throw new Declined(`the entity ${whole}`);
    return named;
  });
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  // A name starts only after whitespace, so a long run without "=" is tried once, not from every
  // character (which would be quadratic on a hostile file).
  const re = /(?:^|\s)([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(source); m; m = re.exec(source)) map.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ""));
  return map;
}

/**
 * Where an ignored element's content ends (just past its closing tag), found by search when the
 * element holds no element of the same name, no comment and no CDATA; else -1, and the scanner
 * walks the content tag by tag. Run properties, most of a Word document's tags, are skipped so.
 */
const closeTags = new Map<string, [string, string]>();

function skipTo(xml: string, name: string, from: number, nextBang: number): number {
  let tags = closeTags.get(name);
  if (!tags) closeTags.set(name, (tags = [`</${name}>`, `<${name}`]));
  const close = xml.indexOf(tags[0], from);
  if (close === -1) return -1;
  if (nextBang !== -1 && nextBang < close) return -1;
  const open = tags[1];
  for (let at = xml.indexOf(open, from); at !== -1 && at < close; at = xml.indexOf(open, at + 1)) {
    const c = xml.charCodeAt(at + open.length);
    if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13) return -1;
  }
  return close + name.length + 3;
}

/** A paragraph being read: its pieces of HTML and what decides its indentation. */
interface Paragraph {
  parts: string[];
  /** Index in parts of the first text element (even an empty one), where indentation goes. */
  firstText: number;
  indent: Map<string, string> | null;
}

/**
 * The body of word/document.xml as mammoth-equivalent HTML, or why the direct reader declines.
 * `options.numberingByStyle` says numbering.xml ties list levels to paragraph styles (then any
 * styled paragraph may be a list item, which only mammoth reads).
 */
export function readWordBody(xml: string, options: { numberingByStyle?: boolean } = {}): BodyRead {
  try {
    return { html: scan(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, options.numberingByStyle ?? false) };
  } catch (error) {
    if (error instanceof Declined) return { declined: error.message };
    throw error;
  }
}

/** The paragraph's HTML: its indentation as leading no-break spaces on its first text element. */
function paragraphHtml(p: Paragraph): string {
  if (p.indent && p.firstText >= 0) {
    const columns = indentColumns(p.indent.get("w:start") || p.indent.get("w:left"), p.indent.get("w:hanging"), p.indent.get("w:firstLine"));
    if (columns > 0) p.parts[p.firstText] = "\u00A0".repeat(columns) + p.parts[p.firstText];
  }
  return `<p>${p.parts.join("")}</p>`;
}

function addText(p: Paragraph, s: string): void {
  if (p.firstText < 0) p.firstText = p.parts.length;
  p.parts.push(escapeHtml(s));
}

const isNameEnd = (c: number) => c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;

// What an element is to the reader, given the element that holds it.
const READ = 0; // read: pushed, its content visited
const SKIP = 1; // ignored with its content
const LEAF = 2; // handled at its start tag; its content (normally none) is ignored

function scan(xml: string, numberingByStyle: boolean): string {
  const out: string[] = [];
  const stack: string[] = [];
  // While > 0, the reader is inside an element whose content is ignored, this many levels deep.
  let skipping = 0;
  let paragraph: Paragraph | null = null;
  let text: string | null = null;
  let sawBody = false;
  // The next comment or CDATA at or after the scan position (-1: none), searched forward only.
  let bang = 0;
  let i = 0;

  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt === -1) {
      if (stack.length === 0 && xml.slice(i).trim()) throw new Declined("text after the root element");
      break;
    }
    if (text !== null) text += xml.slice(i, lt);
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 63) {
      // <?…?>
      const end = xml.indexOf("?>", lt);
      if (end === -1) throw new Declined("an unterminated processing instruction");
      if (lt === 0) {
        const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(xml.slice(0, end))?.[1];
        if (encoding && !/^utf-?8$/i.test(encoding)) throw new Declined(`the encoding ${encoding}`);
      }
      i = end + 2;
      continue;
    }
    if (c1 === 33) {
      if (!xml.startsWith("<!--", lt)) throw new Declined("CDATA or a document type declaration");
      const end = xml.indexOf("-->", lt);
      if (end === -1) throw new Declined("an unterminated comment");
      i = end + 3;
      continue;
    }

    // A tag: its name, then its end, with quotes that may hide ">".
    const closing = c1 === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    let end = nameStart;
    while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++;
    const name = xml.slice(nameStart, end);
    const attrsStart = end;
    for (let quote = 0; end < xml.length; end++) {
      const c = xml.charCodeAt(end);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    if (end >= xml.length) throw new Declined("an unterminated tag");
    if (!name) throw new Declined("a tag without a name");
    const selfClosing = !closing && xml.charCodeAt(end - 1) === 47;
    const attrsEnd = selfClosing ? end - 1 : end;
    i = end + 1;

    if (closing) {
      if (stack.pop() !== name) throw new Declined(`a mismatched closing tag </${name}>`);
      if (skipping) skipping--;
      else if (name === "w:t") {
        addText(paragraph!, decodeXml(text!));
        text = null;
      } else if (name === "w:p") {
        out.push(paragraphHtml(paragraph!));
        paragraph = null;
      }
      continue;
    }
    if (skipping) {
      if (!selfClosing) {
        stack.push(name);
        skipping++;
      }
      continue;
    }
    if (text !== null) throw new Declined(`an element inside w:t (${name})`);

    // The element that holds this one, looking through tracked insertions.
    let k = stack.length - 1;
    while (k >= 0 && stack[k] === "w:ins") k--;
    const parent = k >= 0 ? stack[k] : undefined;
    let what = READ;

    if (stack.length === 0) {
      if (name !== "w:document") throw new Declined(`the root element ${name}`);
      const a = attributes(xml.slice(attrsStart, attrsEnd));
      // Namespaces are declared once, on the root: a declaration further in could rebind w:.
      if (xml.indexOf("xmlns", i) !== -1) throw new Declined("a namespace declared below the root");
      if (a.get("xmlns:w") !== WORDML_NS) throw new Declined("the w: prefix is not the WordprocessingML namespace");
      for (const [key, value] of a) if (value === WORDML_NS && key !== "xmlns:w") throw new Declined(`the namespace also bound to ${key}`);
    } else if (parent === "w:document") {
      if (name !== "w:body") what = SKIP; // mammoth reads only the body
      else if (sawBody) throw new Declined("a second w:body");
      else sawBody = true;
    } else if (parent === "w:body") {
      if (name === "w:p") {
        paragraph = { parts: [], firstText: -1, indent: null };
        if (selfClosing) {
          out.push(paragraphHtml(paragraph));
          paragraph = null;
        }
      } else if (IGNORED_IN_BODY.has(name)) what = SKIP;
      else throw new Declined(`${name} in the body`);
    } else if (parent === "w:p") {
      if (name === "w:r" || name === "w:ins" || name === "w:pPr") what = READ;
      else if (IGNORED_IN_PARAGRAPH.has(name)) what = SKIP;
      else throw new Declined(`${name} in a paragraph`);
    } else if (parent === "w:pPr" && stack[stack.length - 2] === "w:p") {
      if (name === "w:numPr") throw new Declined("Word's automatic numbering");
      if (name === "w:pStyle" && numberingByStyle) throw new Declined("numbering tied to paragraph styles");
      if (name === "w:ind") {
        if (!paragraph!.indent) paragraph!.indent = attributes(xml.slice(attrsStart, attrsEnd));
        what = LEAF;
      } else if (name !== "w:rPr") what = SKIP;
    } else if (parent === "w:rPr" && stack[stack.length - 2] === "w:pPr") {
      if (name === "w:del") throw new Declined("a deleted paragraph mark");
      what = SKIP;
    } else if (parent === "w:r") {
      what = LEAF;
      if (name === "w:t") {
        if (selfClosing) addText(paragraph!, "");
        else {
          text = "";
          what = READ;
        }
      } else if (name === "w:tab") paragraph!.parts.push("\t");
      else if (name === "w:br") {
        const type = attributes(xml.slice(attrsStart, attrsEnd)).get("w:type");
        if (type === undefined || type === "textWrapping") paragraph!.parts.push("<br />");
        else if (type !== "page" && type !== "column") throw new Declined(`a break of type ${type}`);
      } else if (name === "w:noBreakHyphen") addText(paragraph!, "\u2011");
      else if (name === "w:softHyphen") addText(paragraph!, "\u00AD");
      else if (IGNORED_IN_RUN.has(name)) what = SKIP;
      else throw new Declined(`${name} in a run`);
    } else {
      throw new Declined(`${name} in ${parent}`);
    }

    if (selfClosing) continue;
    if (what === READ) {
      stack.push(name);
      continue;
    }
    // Skipped content: found by search when possible, else walked tag by tag.
    if (bang !== -1 && bang < i) bang = xml.indexOf("<!", i);
    const to = skipTo(xml, name, i, bang);
    if (to >= 0) i = to;
    else {
      stack.push(name);
      skipping = 1;
    }
  }
  if (stack.length) throw new Declined(`unclosed elements (${stack.join(" > ")})`);
  if (!sawBody) throw new Declined("no w:body");
  return out.join("");
}
