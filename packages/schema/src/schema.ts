/**
 * The ProseMirror schema of a working paper, written as plain data like prosemirror-schema-basic.
 *
 *   doc        heading preamble operative
 *   preamble   preambular_clause*          (section container)
 *   operative  (operative_clause | operative_block)+   (section container)
 *   operative_block  operative_clause+   (long papers only, see blocks.ts)
 *   clause     clause_text (subclause+ continuation?)?
 *
 * Clause numbers, sub-clause labels and end punctuation are never stored: they follow from a
 * clause's position (see model.ts) and the editor draws them with CSS counters and pseudo-elements,
 * so they cannot be typed over. Clauses sit in containers rather than in one flat list because
 * decoration sets map and rebuild far cheaper on grouped trees (anchors-engineering 1.5, 9 #13).
 */
import { Schema, type NodeSpec, type MarkSpec, type DOMOutputSpec, type Attrs } from "prosemirror-model";

/** Sub-clause levels of the UN Editorial Manual: (a), (i), a., i. */
export const MAX_SUBCLAUSE_DEPTH = 4;

export interface HeadingAttrs {
  /** Document code, e.g. "HRC/1/1". */
  code: string;
  /** Id of a committee profile in rules/committees, e.g. "hrc". */
  committee: string;
  topic: string;
  sponsors: string[];
  signatories: string[];
}

/**
 * Longest heading values a document may hold. The JSON schema rejects longer ones, so every way a
 * heading is written (editor inputs, importers, builders) clamps to these first: a paper that
 * could be saved but not read back would be a lost draft.
 */
export const HEADING_LIMITS = {
  code: 200,
  committee: 100,
  topic: 1000,
  /** Length of one sponsor's or signatory's name. */
  name: 200,
  /** Number of sponsors, and of signatories. */
  names: 500,
} as const;

/** The heading with every value cut to HEADING_LIMITS. */
export function clampHeading(h: HeadingAttrs): HeadingAttrs {
  const names = (list: readonly string[]) =>
    list.slice(0, HEADING_LIMITS.names).map((n) => n.slice(0, HEADING_LIMITS.name));
  return {
    code: h.code.slice(0, HEADING_LIMITS.code),
    committee: h.committee.slice(0, HEADING_LIMITS.committee),
    topic: h.topic.slice(0, HEADING_LIMITS.topic),
    sponsors: names(h.sponsors),
    signatories: names(h.signatories),
  };
}

export const emptyHeading: HeadingAttrs = {
  code: "",
  committee: "hrc",
  topic: "",
  sponsors: [],
  signatories: [],
};

const clauseIdAttr = { id: { default: null as string | null, validate: "string|null" } };

function clauseDOMAttrs(node: { attrs: Attrs }): Record<string, string> {
  return node.attrs.id ? { "data-clause-id": String(node.attrs.id) } : {};
}

function parseClauseId(dom: HTMLElement | string): Attrs {
  return typeof dom === "string" ? {} : { id: dom.getAttribute("data-clause-id") };
}

function headingField(label: string, key: string, value: string): DOMOutputSpec {
  return ["div", { class: `cw-heading-field cw-heading-${key}` }, ["dt", label], ["dd", value]];
}

export const nodes = {
  /// The whole working paper.
  doc: { content: "heading preamble operative" } satisfies NodeSpec,

  /// The heading block. An atom: its fields are attributes, edited outside the text flow, so a
  /// delegate cannot delete the heading by selecting across it.
  heading: {
    atom: true,
    selectable: false,
    attrs: {
      code: { default: "", validate: "string" },
      committee: { default: "hrc", validate: "string" },
      topic: { default: "", validate: "string" },
      sponsors: { default: [] as string[] },
      signatories: { default: [] as string[] },
    },
    parseDOM: [
      {
        tag: "header[data-cw-heading]",
        getAttrs(dom: HTMLElement): Attrs {
          const list = (name: string) =>
            (dom.getAttribute(name) ?? "").split(";").map((s: string) => s.trim()).filter(Boolean);
          return {
            code: dom.getAttribute("data-code") ?? "",
            committee: dom.getAttribute("data-committee") ?? "hrc",
            topic: dom.getAttribute("data-topic") ?? "",
            sponsors: list("data-sponsors"),
            signatories: list("data-signatories"),
          };
        },
      },
    ],
    toDOM(node): DOMOutputSpec {
      const a = node.attrs as HeadingAttrs;
      return [
        "header",
        {
          class: "cw-heading",
          "data-cw-heading": "",
          "data-code": a.code,
          "data-committee": a.committee,
          "data-topic": a.topic,
          "data-sponsors": a.sponsors.join("; "),
          "data-signatories": a.signatories.join("; "),
          contenteditable: "false",
        },
        [
          "dl",
          headingField("Code", "code", a.code),
          headingField("Committee", "committee", a.committee),
          headingField("Topic", "topic", a.topic),
          headingField("Sponsors", "sponsors", a.sponsors.join(", ")),
          headingField("Signatories", "signatories", a.signatories.join(", ")),
        ],
      ];
    },
  } satisfies NodeSpec,

  /// Container of the preambular clauses.
  preamble: {
    content: "preambular_clause*",
    isolating: true,
    parseDOM: [{ tag: "section.cw-preamble" }],
    toDOM: () => ["section", { class: "cw-preamble" }, 0],
  } satisfies NodeSpec,

  /// Container of the operative clauses. In the editor, a long paper's clauses are held in
  /// operative_block nodes (blocks.ts); everywhere else the section holds clauses directly.
  operative: {
    content: "(operative_clause | operative_block)+",
    isolating: true,
    parseDOM: [{ tag: "section.cw-operative" }],
    toDOM: () => ["section", { class: "cw-operative" }, 0],
  } satisfies NodeSpec,

  /// A run of consecutive operative clauses, invisible to readers: it exists so that the browser
  /// and ProseMirror re-lay out and walk one block of a 5,000-clause paper on a keystroke instead
  /// of every clause (blocks.ts). No parseDOM: pasted HTML with blocks parses as their clauses.
  operative_block: {
    content: "operative_clause+",
    toDOM: () => ["div", { class: "cw-block" }, 0],
  } satisfies NodeSpec,

  /// A preambular clause ("Recalling …,").
  preambular_clause: {
    content: "clause_text",
    defining: true,
    attrs: clauseIdAttr,
    parseDOM: [{ tag: "div.cw-preambular", getAttrs: parseClauseId }],
    toDOM: (node) => ["div", { class: "cw-clause cw-preambular", ...clauseDOMAttrs(node) }, 0],
  } satisfies NodeSpec,

  /// A numbered operative clause, with optional sub-clauses and text continuing after them.
  operative_clause: {
    content: "clause_text (subclause+ continuation?)?",
    defining: true,
    attrs: clauseIdAttr,
    parseDOM: [{ tag: "div.cw-operative-clause", getAttrs: parseClauseId }],
    toDOM: (node) => ["div", { class: "cw-clause cw-operative-clause", ...clauseDOMAttrs(node) }, 0],
  } satisfies NodeSpec,

  /// A sub-clause at any of the four levels; its level is its nesting depth.
  subclause: {
    content: "clause_text (subclause+ continuation?)?",
    defining: true,
    attrs: clauseIdAttr,
    parseDOM: [{ tag: "div.cw-subclause", getAttrs: parseClauseId }],
    toDOM: (node) => ["div", { class: "cw-clause cw-subclause", ...clauseDOMAttrs(node) }, 0],
  } satisfies NodeSpec,

  /// The text of a clause, without its number, label or end punctuation.
  clause_text: {
    content: "text*",
    marks: "_",
    parseDOM: [{ tag: "p.cw-text" }],
    toDOM: () => ["p", { class: "cw-text" }, 0],
  } satisfies NodeSpec,

  /// Text that continues a clause after its sub-clauses.
  continuation: {
    content: "text*",
    marks: "_",
    parseDOM: [{ tag: "p.cw-continuation" }],
    toDOM: () => ["p", { class: "cw-continuation" }, 0],
  } satisfies NodeSpec,

  text: {} satisfies NodeSpec,
};

export interface CommentAttrs {
  id: string;
  author: string;
  body: string;
  /** ISO 8601 time of creation. */
  created: string;
}

export const marks = {
  /// Italics inside clause text (titles of reports, foreign words). Opening phrases are italic
  /// by derivation and do not carry this mark.
  em: {
    parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }],
    toDOM: (): DOMOutputSpec => ["em", 0],
  } satisfies MarkSpec,

  /// A reviewer's comment on a range. Kept as a mark so that it moves with the text it is
  /// attached to when the text is edited later. Comments may overlap, hence `excludes: ""`.
  comment: {
    attrs: {
      id: { validate: "string" },
      author: { default: "", validate: "string" },
      body: { default: "", validate: "string" },
      created: { default: "", validate: "string" },
    },
    inclusive: false,
    excludes: "",
    parseDOM: [
      {
        tag: "mark[data-comment-id]",
        getAttrs: (dom: HTMLElement) => ({
          id: dom.getAttribute("data-comment-id"),
          author: dom.getAttribute("data-author") ?? "",
          body: dom.getAttribute("data-body") ?? "",
          created: dom.getAttribute("data-created") ?? "",
        }),
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      "mark",
      {
        class: "cw-comment",
        "data-comment-id": mark.attrs.id,
        "data-author": mark.attrs.author,
        "data-body": mark.attrs.body,
        "data-created": mark.attrs.created,
      },
      0,
    ],
  } satisfies MarkSpec,
};

export const schema = new Schema({ nodes, marks });

export type NodeName = keyof typeof nodes;
/** Node types that are clauses (carry an id and a clause_text). */
export const clauseTypes = new Set(["preambular_clause", "operative_clause", "subclause"]);
