/**
 * The paper as semantic HTML in UN layout: heading block, organ line, italic opening phrases,
 * operative clauses as an ordered list with nested sub-clause lists, and the derived labels and
 * end punctuation. Every text and attribute value is escaped: this HTML is opened by strangers.
 */
import type { Node, Mark } from "prosemirror-model";
import { clauseModel, type ClauseInfo, type HeadingAttrs } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";

export interface HtmlExportOptions {
  /** A whole HTML page with a print stylesheet, rather than an <article> to put in a page. */
  standalone?: boolean;
  /** The page title (standalone only); defaults to the code and topic. */
  title?: string;
  /** Director's comments as <mark> elements with the comment in data attributes. Off by default. */
  comments?: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

interface Segment {
  text: string;
  marks: readonly Mark[];
}

function segmentsOf(textblock: Node): Segment[] {
  const out: Segment[] = [];
  textblock.forEach((child) => out.push({ text: child.text ?? "", marks: child.marks }));
  return out;
}

function renderSegment(seg: Segment, comments: boolean): string {
  let html = escapeHtml(seg.text);
  for (const mark of seg.marks) {
    if (mark.type.name === "em") html = `<em>${html}</em>`;
    else if (mark.type.name === "comment" && comments) {
      const a = mark.attrs as { id: string; author: string; body: string; created: string };
      html =
        `<mark class="cw-comment" data-comment-id="${escapeHtml(a.id)}" data-author="${escapeHtml(a.author)}" ` +
        `data-created="${escapeHtml(a.created)}" title="${escapeHtml(a.author ? `${a.author}: ${a.body}` : a.body)}">${html}</mark>`;
    }
  }
  return html;
}

/** The content of a textblock with its first `italic` characters (the opening phrase) in italics. */
function renderText(textblock: Node, italic: number, comments: boolean): string {
  const before: string[] = [];
  const after: string[] = [];
  let offset = 0;
  for (const seg of segmentsOf(textblock)) {
    const end = offset + seg.text.length;
    if (end <= italic) before.push(renderSegment(seg, comments));
    else if (offset >= italic) after.push(renderSegment(seg, comments));
    else {
      const cut = italic - offset;
      before.push(renderSegment({ text: seg.text.slice(0, cut), marks: seg.marks }, comments));
      after.push(renderSegment({ text: seg.text.slice(cut), marks: seg.marks }, comments));
    }
    offset = end;
  }
  const opening = before.join("");
  return (opening ? `<em class="cw-opening">${opening}</em>` : "") + after.join("");
}

// Sub-clause lists: (a) and a. are letters, (i) and i. roman numerals, so that a page without the
// stylesheet still shows the right kind of label.
const LIST_TYPE = ["1", "a", "i", "a", "i"];

function headingHtml(h: HeadingAttrs): string {
  const rows: [string, string, string][] = [
    ["code", "Code", h.code],
    ["committee", "Committee", h.committee ? getCommittee(h.committee)?.name ?? h.committee : ""],
    ["topic", "Topic", h.topic],
    ["sponsors", "Sponsors", h.sponsors.join(", ")],
    ["signatories", "Signatories", h.signatories.join(", ")],
  ];
  const items = rows
    .filter(([, , value]) => value)
    .map(([key, label, value]) => `<div class="cw-heading-${key}"><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return items.length ? `<header class="cw-heading"><dl>${items.join("")}</dl></header>` : "";
}

/** The paper as an <article>, or as a whole page with `standalone`. */
export function exportHtml(doc: Node, options: HtmlExportOptions = {}): string {
  const comments = options.comments === true;
  const model = clauseModel(doc);
  const parts: string[] = [headingHtml(model.heading)];
  if (model.organLine) parts.push(`<p class="cw-organ">${escapeHtml(model.organLine)}</p>`);

  const preamble = model.clauses.filter((c) => c.section === "preamble");
  if (preamble.length) {
    const items = preamble.map((c) => {
      const node = doc.nodeAt(c.pos)!;
      return `<p class="cw-clause cw-preambular">${renderText(node.firstChild!, c.opening?.length ?? 0, comments)}${c.end}</p>`;
    });
    parts.push(`<section class="cw-preamble">${items.join("")}</section>`);
  }

  const children = new Map<number, ClauseInfo[]>();
  const operative = model.clauses.filter((c) => c.section === "operative");
  // Children by parent position (ids may repeat in hand-made documents; positions never do).
  const byDepthStack: ClauseInfo[] = [];
  for (const c of operative) {
    byDepthStack.length = c.depth;
    const parent = byDepthStack[c.depth - 1];
    const key = parent ? parent.pos : -1;
    children.set(key, [...(children.get(key) ?? []), c]);
    byDepthStack[c.depth] = c;
  }
  const list = (items: ClauseInfo[], depth: number): string => {
    const lis = items.map((c) => {
      const node = doc.nodeAt(c.pos)!;
      const text = renderText(node.firstChild!, c.opening?.length ?? 0, comments);
      const subs = children.get(c.pos);
      const sub = subs ? list(subs, depth + 1) : "";
      const cont = c.continuation
        ? `<p class="cw-continuation">${renderText(node.lastChild!, 0, comments)}${c.continuation.end}</p>`
        : "";
      return `<li class="cw-clause" data-label="${escapeHtml(c.label)}"><span class="cw-text">${text}${c.end}</span>${sub}${cont}</li>`;
    });
    const cls = depth === 0 ? "cw-operative" : `cw-subclauses cw-level-${depth}`;
    return `<ol class="${cls}" type="${LIST_TYPE[depth] ?? "a"}">${lis.join("")}</ol>`;
  };
  parts.push(list(children.get(-1) ?? [], 0));

  const article = `<article class="cw-resolution" lang="en">${parts.join("")}</article>`;
  if (!options.standalone) return article;
  const h = model.heading;
  const title = options.title ?? ([h.code, h.topic].filter(Boolean).join(" — ") || "Working paper");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing in this page may load or run anything: it is shared with people who did not write it.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    "</head>",
    `<body>${article}</body>`,
    "</html>",
    "",
  ].join("\n");
}

/** Conference layout on screen and paper: Times New Roman 12 pt, labels in the margin. */
export const PRINT_CSS = `
@page { size: A4; margin: 2.5cm 2.5cm 2.5cm 2.5cm; }
html { background: #fff; color: #000; }
body { margin: 2rem auto; max-width: 42rem; font: 12pt/1.5 "Times New Roman", Times, serif; }
.cw-heading dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; margin: 0 0 1.5em; }
.cw-heading dl > div { display: contents; }
.cw-heading dt { font-weight: bold; }
.cw-heading dt::after { content: ":"; }
.cw-heading dd { margin: 0; }
.cw-organ { margin: 1.5em 0 1em; }
.cw-preambular { text-indent: 2.5em; margin: 0 0 0.75em; }
.cw-opening { font-style: italic; }
ol { margin: 0; padding-left: 2.5em; }
ol.cw-operative { padding-left: 2.5em; }
li.cw-clause { margin: 0 0 0.75em; }
li.cw-clause::marker { content: attr(data-label) "\\2002"; }
ol.cw-subclauses > li.cw-clause { margin: 0.35em 0 0; }
.cw-continuation { margin: 0.35em 0 0; }
mark.cw-comment { background: #fff3a8; }
@media print {
  body { margin: 0; max-width: none; }
  li.cw-clause, .cw-preambular { break-inside: avoid; }
  mark.cw-comment { background: none; text-decoration: underline dotted; }
}
`.trim();
