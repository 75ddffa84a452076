import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { Node } from "prosemirror-model";
import { BLOCKS_ABOVE, createDocument, withBlocks } from "@clausewise/schema";
import { mapDecorations, mapTyped } from "./map-decorations.ts";

/** A set's whole tree: local decorations and children, level by level. */
function shape(set: DecorationSet): unknown {
  const { local, children } = set as unknown as { local: Decoration[]; children: (number | DecorationSet)[] };
  return {
    local: local.map((d) => `${d.from}-${d.to}-${(d.spec as { id: string }).id}`),
    children: children.map((c) => (typeof c === "number" ? c : shape(c))),
  };
}

// A tiny PRNG (mulberry32), so a failure replays from its seed.
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Inline decorations, widgets (also at textblock ends) and node decorations on clauses, at random. */
function decorate(doc: Node, rand: () => number): DecorationSet {
  const decos: Decoration[] = [];
  let n = 0;
  doc.descendants((node, pos) => {
    if (node.type.name.endsWith("clause") && rand() < 0.05) decos.push(Decoration.node(pos, pos + node.nodeSize, { class: "n" }, { id: `n${n++}` }));
    if (!node.isTextblock) return true;
    const start = pos + 1;
    const end = start + node.content.size;
    if (rand() < 0.3) {
      const a = start + Math.floor(rand() * (end - start));
      const b = Math.min(end, a + 1 + Math.floor(rand() * 8));
      if (a < b) decos.push(Decoration.inline(a, b, { class: "i" }, { id: `i${n++}`, inclusiveStart: rand() < 0.5, inclusiveEnd: rand() < 0.5 }));
    }
    if (rand() < 0.1) decos.push(Decoration.widget(rand() < 0.5 ? start : end, () => document.createElement("span"), { id: `w${n++}`, side: rand() < 0.5 ? -1 : 1 }));
    return false;
  });
  return DecorationSet.create(doc, decos);
}

const sentence = "Requests the Secretary-General to report on the implementation of the present resolution";
const flat = createDocument({
  preamble: ["Recalling its resolution 60/251", "Noting the report"],
  operative: [sentence, { text: "Decides to:", sub: ["establish a fund", { text: "report", sub: ["annually"] }], continuation: "and to remain seized" }, "Decides"],
});
const blocked = withBlocks(createDocument({ operative: Array.from({ length: BLOCKS_ABOVE + 40 }, (_, i) => (i % 5 === 0 ? { text: `${sentence} ${i}`, sub: ["a", "b"] } : `${sentence} ${i}`)) }));

describe("mapping decorations through typing", () => {
  for (const [name, doc] of [["a flat paper", flat], ["a paper held in operative blocks", blocked]] as const) {
    it(`gives the tree DecorationSet.map gives, for text edits anywhere in ${name}`, () => {
      const state = EditorState.create({ doc });
      const textblocks: { from: number; to: number }[] = [];
      doc.descendants((node, pos) => {
        if (node.isTextblock) textblocks.push({ from: pos + 1, to: pos + 1 + node.content.size });
        return !node.isTextblock;
      });
      let fast = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const rand = prng(seed);
        const set = decorate(doc, rand);
        for (let k = 0; k < 25; k++) {
          const { from, to } = textblocks[Math.floor(rand() * textblocks.length)]!;
          const at = from + Math.floor(rand() * (to - from + 1));
          const r = rand();
          const tr =
            r < 0.5 || at === to
              ? state.tr.insertText("xy".slice(0, 1 + Math.floor(rand() * 2)), at)
              : r < 0.8
                ? state.tr.delete(at, Math.min(to, at + 1 + Math.floor(rand() * 4)))
                : state.tr.insertText("z", at, Math.min(to, at + 1 + Math.floor(rand() * 4)));
          if (mapTyped(set, tr)) fast++;
          expect(shape(mapDecorations(set, tr)), `seed ${seed} edit ${k}`).toEqual(shape(set.map(tr.mapping, tr.doc)));
        }
      }
      expect(fast).toBeGreaterThan(1000);
    });
  }

  it("leaves other transactions to DecorationSet.map", () => {
    const set = decorate(flat, prng(7));
    const state = EditorState.create({ doc: flat });
    // A deletion across two clauses (structural), then typing: two steps.
    const starts: number[] = [];
    flat.descendants((node, pos) => {
      if (node.isTextblock) starts.push(pos + 1);
      return !node.isTextblock;
    });
    const tr = state.tr.delete(starts[0]! + 3, starts[1]! + 3).insertText("a", starts[0]! + 1);
    expect(mapTyped(set, state.tr.insertText("a", starts[0]!))).not.toBeNull();
    expect(shape(mapDecorations(set, tr))).toEqual(shape(set.map(tr.mapping, tr.doc)));
  });
});
