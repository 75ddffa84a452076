/**
 * Cut, then paste at the same place, gives the paper back: over every range between two clause
 * texts (start, middle and end of each, continuing text included) of fixed and generated papers,
 * with the element's plugins (the cut's deletion and its repair run as in the element). Ranges
 * from the very start of a text (which delete whole clauses) come back as often as the others.
 */
import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Node } from "prosemirror-model";
import { clauseModel, createDocument, withBlocks, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import { Linter } from "@clausewise/lint";
import { editorPlugins } from "../plugins/editor-plugins.ts";
import { sliceMeta } from "./slice.ts";
import { clipboardText } from "./copy.ts";
import { PAPER } from "./testing/paper.ts";

const plugins = editorPlugins({ committee: () => "hrc", lint: { source: new Linter(), enabled: false } });

/** Every clause's path and text, and every continuation's: the paper's clauses, levels and text. */
function outline(doc: Node): string[] {
  const out: string[] = [];
  for (const c of clauseModel(doc).clauses) {
    out.push(`${c.path} ${c.text}`);
    if (c.continuation) out.push(`${c.path}~ ${c.continuation.text}`);
  }
  return out;
}

/** Text positions to cut between: start, middle and end of every clause text and continuation. */
function points(doc: Node): number[] {
  const out = new Set<number>();
  for (const c of clauseModel(doc).clauses) {
    for (const [from, to] of [[c.textFrom, c.textTo], ...(c.continuation ? [[c.continuation.from, c.continuation.to]] : [])] as [number, number][]) {
      out.add(from);
      out.add(Math.floor((from + to) / 2));
      out.add(to);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function paste(state: EditorState, data: Record<string, string>): EditorState {
  const plugin = state.plugins.find((p) => p.props.handleDOMEvents?.paste)!;
  let current = state;
  const view = { get state() { return current; }, dispatch: (tr: Parameters<EditorView["dispatch"]>[0]) => (current = current.apply(tr)), editable: true } as unknown as EditorView;
  const event = { clipboardData: { getData: (t: string) => data[t] ?? "" }, preventDefault() {} };
  plugin.props.handleDOMEvents!.paste!.call(plugin, view, event as unknown as ClipboardEvent);
  return current;
}

interface Outcome {
  exact: boolean;
  before: string[];
  after: string[];
  beforeText: string;
  afterText: string;
}

/** The paper's text in document order. */
function allText(doc: Node): string {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.isTextblock) out.push(n.textContent);
    return !n.isTextblock;
  });
  return out.join("");
}

/** Cut [from, to] as the element's cut does (the copy's data, then the deletion), paste it back at the caret. */
function cutAndPaste(doc: Node, from: number, to: number): Outcome {
  let state = EditorState.create({ doc, plugins });
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  const data = { "text/html": `${sliceMeta(state.doc, from, to)}<p>ignored</p>`, "text/plain": clipboardText(state) };
  state = state.apply(state.tr.deleteSelection().setMeta("uiEvent", "cut"));
  state = paste(state, data);
  state.doc.check();
  const before = outline(doc);
  const after = outline(state.doc);
  return { exact: JSON.stringify(before) === JSON.stringify(after), before, after, beforeText: allText(doc), afterText: allText(state.doc) };
}


/** Every range between two points of the operative part (or, with `preamble`, anywhere). */
function ranges(doc: Node): [number, number][] {
  const ps = points(doc);
  const out: [number, number][] = [];
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
    const $a = doc.resolve(ps[i]!);
    const $b = doc.resolve(ps[j]!);
    if ($a.sameParent($b)) continue;
    out.push([ps[i]!, ps[j]!]);
  }
  return out;
}

interface Tally {
  count: number;
  exact: number;
  /** Ranges that began at the start of a text (a cut from there deletes whole clauses), and how many came back exactly. */
  start: number;
  startExact: number;
}

/**
 * Cut and paste back every range, counting those that come back exactly; with `strict`, every
 * one must. Any other loses or doubles no text (the clauses may land elsewhere; continuing text
 * left with no sub-clauses joins its clause's text after a space).
 */
function check(doc: Node, strict = true): Tally {
  const tally: Tally = { count: 0, exact: 0, start: 0, startExact: 0 };
  for (const [from, to] of ranges(doc)) {
    const r = cutAndPaste(doc, from, to);
    const start = doc.resolve(from).parentOffset === 0;
    tally.count++;
    if (start) tally.start++;
    if (r.exact) {
      tally.exact++;
      if (start) tally.startExact++;
      continue;
    }
    if (strict) expect(r.after, `cut ${from}-${to} of ${JSON.stringify(r.before)}`).toEqual(r.before);
    const letters = (t: string) => [...t.replace(/\s/g, "")].sort().join("");
    expect(letters(r.afterText), `text of ${from}-${to}`).toBe(letters(r.beforeText));
  }
  return tally;
}

describe("cut, then paste at the same place, gives the paper back", () => {
  it("every range across clauses of the audit's paper (the example: clause 1 at 6 to clause 2), from a text's start too", { timeout: 30_000 }, () => {
    const doc = createDocument(PAPER);
    const { count, start, startExact } = check(doc);
    expect(count).toBe(405);
    expect(startExact).toBe(start);
    expect(start).toBe(135);
    const c1 = clauseModel(doc).clauses.find((c) => c.path === "1")!;
    const c2 = clauseModel(doc).clauses.find((c) => c.path === "2")!;
    expect(cutAndPaste(doc, c1.textFrom + 6, c2.textFrom + 4).exact).toBe(true);
  });

  it("in a long paper held in blocks", () => {
    const many: ClauseInput[] = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? { text: `Urges States ${i}`, sub: ["to act", { text: "to report", sub: ["yearly"] }], continuation: "and to help" } : `Invites States ${i}`));
    const doc = withBlocks(createDocument({ preamble: [], operative: many }));
    const ps = points(doc);
    let count = 0;
    for (let i = 0; i < ps.length; i += 7) for (let j = i + 3; j < ps.length; j += 11) {
      if (doc.resolve(ps[i]!).sameParent(doc.resolve(ps[j]!))) continue;
      const r = cutAndPaste(doc, ps[i]!, ps[j]!);
      expect(r.after, `${ps[i]}-${ps[j]}`).toEqual(r.before);
      count++;
    }
    expect(count).toBe(134);
  });

  // Generated papers (a seeded generator: the same papers every run).
  let seed = 20261207;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const WORDS = ["States", "to", "act", "report", "the", "region", "fund", "annually"];
  const text = () => Array.from({ length: 1 + rand(4) }, () => WORDS[rand(WORDS.length)]).join(" ");
  const clause = (depth: number): ClauseInput => {
    const kind = depth >= 4 ? 0 : rand(depth === 0 ? 4 : 5);
    if (kind < 2) return text();
    const sub = Array.from({ length: 1 + rand(2) }, () => clause(depth + 1));
    return kind === 2 ? { text: text(), sub } : { text: text(), sub, continuation: text() };
  };

  it("every range across clauses of generated papers", () => {
    const total: Tally = { count: 0, exact: 0, start: 0, startExact: 0 };
    for (let run = 0; run < 15; run++) {
      const input: DocumentInput = { preamble: Array.from({ length: rand(3) }, text), operative: Array.from({ length: 1 + rand(3) }, () => clause(0)) };
      const r = check(createDocument(input), false);
      for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += r[k];
    }
    // Deep papers (sub-clauses four levels down, continuing text at every level), 7 Dec 2026:
    // 8,783 of the 9,216 ranges come back exactly (95.3 %): 2,945 of the 3,072 that began at the
    // start of a text (95.9 %), 5,838 of the 6,144 that began after it (95.0 %). Each range from
    // a text's start that does not has a twin from later in the same text that does not either:
    // what is left is at the ranges' ends (clauses after the end that the cut lifted out of their
    // top clause, or an empty sub-clause it left before continuing text).
    expect(total.count).toBe(9216);
    expect(total.start).toBe(3072);
    expect(total.startExact).toBeGreaterThanOrEqual(2945);
    expect(total.exact - total.startExact).toBeGreaterThanOrEqual(5838);
    expect(total.startExact / total.start).toBeGreaterThan(0.95);
    expect(total.exact / total.count).toBeGreaterThan(0.95);
  }, 60_000);
});
