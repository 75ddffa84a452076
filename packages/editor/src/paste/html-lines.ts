/**
 * Pasted HTML (Word, Google Docs, web pages) as text lines, one per paragraph or list item.
 *
 * The HTML is parsed with DOMParser into an inert document: no script runs, nothing loads, and
 * nothing of it reaches the page. Only text content is read. Word's list numbers ("1.", "(a)")
 * survive as text at the start of a line, which is what the text importer reads structure from.
 */
const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL", "SECTION", "ARTICLE", "HEADER", "FOOTER"]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE", "META", "LINK", "IMG", "SVG", "OBJECT", "IFRAME", "BUTTON", "SELECT", "TEXTAREA"]);

export function htmlToLines(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const clean = line.replace(/[ \t\u00a0]+/g, " ").trim();
    if (clean) lines.push(clean);
    line = "";
  };
  const walk = (node: globalThis.Node) => {
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    // Word's conditional list markers: <!--[if !supportLists]--><span style='mso-list:Ignore'>(a)</span>
    // are plain spans in the HTML and are kept as text; its hidden comments are comment nodes.
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    if (tag === "TD" || tag === "TH") line += " ";
  };
  walk(doc.body);
  flush();
  return lines.join("\n");
}
