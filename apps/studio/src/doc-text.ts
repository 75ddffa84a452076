/**
 * A paper's JSON text in parts, so a save writes only what changed.
 *
 * Saving a 5,000-clause paper handed IndexedDB the whole document, and the copy IndexedDB makes
 * on the main thread took 15-45 ms as an object tree and 6-15 ms as one string (plus 1-10 ms to
 * join it): the longest task in a pause in typing. The editor holds a long paper in operative
 * blocks of about 50 clauses, and a keystroke or an Enter makes one block new while the others
 * stay the same node objects (ProseMirror nodes are immutable). So the text is kept per node, a
 * block's text is one part with a key of its own, and the store writes the parts not already
 * stored.
 */
import type { Node } from "prosemirror-model";
import { isOperativeBlock } from "@clausewise/schema";

/** A paper's JSON text: `before`, the parts' texts joined by ",", then `after`. */
export interface DocumentParts {
  readonly before: string;
  /** Runs of top-level operative clauses; a key names one exact text, never another. */
  readonly parts: readonly { readonly key: string; readonly text: string }[];
  readonly after: string;
}

export function isDocumentParts(value: unknown): value is DocumentParts {
  const v = value as Partial<DocumentParts> | null;
  return typeof v === "object" && v !== null && typeof v.before === "string" && typeof v.after === "string" && Array.isArray(v.parts);
}

/** The whole JSON text; parsed, it equals the flat paper's `toJSON()`. */
export function joinDocumentParts(doc: DocumentParts): string {
  return doc.before + doc.parts.map((p) => p.text).join(",") + doc.after;
}

/** Nodes with at least this many children are joined from their children's kept text. */
const JOIN_FROM_CHILDREN = 16;
const keptText = new WeakMap<Node, string>();
const keptPart = new WeakMap<Node, { key: string; text: string }>();

/** A random prefix per page load, so part keys never repeat across sessions. */
const session = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, "0")).join("");
let counter = 0;

/**
 * The parts of a paper, with or without operative blocks: each block is a part; a paper without
 * blocks (up to 64 operative clauses) is one part.
 */
export function documentParts(doc: Node): DocumentParts {
  const children: Node[] = [];
  doc.forEach((c) => children.push(c));
  const at = children.findIndex((c) => c.type.name === "operative");
  if (at < 0) throw new Error("a paper without an operative section");
  const operative = children[at]!;
  let blocked = false;
  operative.forEach((c) => {
    if (isOperativeBlock(c)) blocked = true;
  });
  const parts: { key: string; text: string }[] = [];
  if (blocked) operative.forEach((block) => parts.push(partOf(block)));
  else parts.push(partOf(operative));
  const sep = (texts: string[]) => texts.map((t) => t + ",").join("");
  return {
    before: ownText(doc) + sep(children.slice(0, at).map(jsonText)) + ownText(operative),
    parts,
    after: "]}" + children.slice(at + 1).map((c) => "," + jsonText(c)).join("") + "]}",
  };
}

/** A run of clauses (a block's, or a section's) as one keyed part. */
function partOf(container: Node): { key: string; text: string } {
  let part = keptPart.get(container);
  if (!part) {
    const texts: string[] = [];
    container.forEach((clause) => texts.push(jsonText(clause)));
    part = { key: `${session}-${(++counter).toString(36)}`, text: texts.join(",") };
    keptPart.set(container, part);
  }
  return part;
}

/** The node's own fields as Node.toJSON writes them, opening its content: `{"type":…,"content":[`. */
function ownText(node: Node): string {
  const own: Record<string, unknown> = { type: node.type.name };
  if (Object.keys(node.attrs).length > 0) own.attrs = node.attrs;
  if (node.marks.length > 0) own.marks = node.marks.map((m) => m.toJSON());
  return `${JSON.stringify(own).slice(0, -1)},"content":[`;
}

/** The JSON text of `node`: equal, once parsed, to `node.toJSON()`. */
export function jsonText(node: Node): string {
  let text = keptText.get(node);
  if (text !== undefined) return text;
  if (node.childCount < JOIN_FROM_CHILDREN) {
    text = JSON.stringify(node.toJSON());
  } else {
    const texts: string[] = [];
    node.forEach((child) => texts.push(jsonText(child)));
    text = `${ownText(node)}${texts.join(",")}]}`;
  }
  keptText.set(node, text);
  return text;
}
