import { describe, expect, it } from "vitest";
import { EditorState, TextSelection, type Plugin } from "prosemirror-state";
import { clauseModel, createDocument, schema, type DocumentInput } from "@clausewise/schema";
import { clauseIdsPlugin } from "./clause-ids.ts";
import { openingPhrasesKey, openingPhrasesPlugin } from "./opening-phrases.ts";
import { autocompleteKey, autocompletePlugin, acceptSuggestion, suggestPhrases } from "./autocomplete.ts";
import { headingGuardPlugin } from "./heading-guard.ts";
import { changedRanges, textblocksIn, typedTextblock } from "./changed-ranges.ts";
import { AllSelection } from "prosemirror-state";
import { history, undo } from "prosemirror-history";
import { BLOCK_MAX, BLOCK_MIN, isOperativeBlock, withBlocks, withoutBlocks } from "@clausewise/schema";
import { operativeBlocksPlugin, repairBlocks } from "./operative-blocks.ts";

const input: DocumentInput = {
  preamble: ["Recalling its resolution 5/1", "Noting the report"],
  operative: ["Calls upon States", { text: "Requests the Office", sub: ["to prepare a report"] }],
};

function stateWith(plugins: Plugin[], doc = createDocument(input)) {
  return EditorState.create({ doc, plugins });
}

const ids = (state: EditorState) => clauseModel(state.doc).clauses.map((c) => c.id);
const textStart = (state: EditorState, path: string) => clauseModel(state.doc).clauses.find((c) => c.path === path)!.textFrom;

describe("clause id repair", () => {
  it("gives a clause split by a plain ProseMirror split (which copies attributes) a fresh id", () => {
    let state = stateWith([clauseIdsPlugin()]);
    const pos = textStart(state, "1") + 5;
    state = state.apply(state.tr.split(pos, 2));
    const list = ids(state);
    expect(list).toHaveLength(6);
    expect(new Set(list).size).toBe(6);
  });

  it("repairs a pasted copy of an existing clause and leaves the original its id", () => {
    let state = stateWith([clauseIdsPlugin()]);
    const first = state.doc.child(2).firstChild!;
    const operativeEnd = state.doc.content.size - 1;
    state = state.apply(state.tr.insert(operativeEnd, first.copy(first.content)));
    const list = ids(state);
    expect(new Set(list).size).toBe(list.length);
    expect(list[2]).toBe(first.attrs.id);
  });

  it("stays correct when a transaction is applied to an older state (the counts are rebuilt)", () => {
    const base = stateWith([clauseIdsPlugin()]);
    const pos = textStart(base, "p1") + 3;
    base.apply(base.tr.split(pos, 2)); // a dry run whose result is dropped
    const state = base.apply(base.tr.split(pos, 2));
    expect(new Set(ids(state)).size).toBe(ids(state).length);
  });

  it("does not touch ids when typing", () => {
    let state = stateWith([clauseIdsPlugin()]);
    const before = ids(state);
    state = state.apply(state.tr.insertText("x", textStart(state, "2") + 2));
    expect(ids(state)).toEqual(before);
  });
});

describe("opening phrase decorations", () => {
  const phrasesOf = (state: EditorState) =>
    openingPhrasesKey
      .getState(state)!
      .find()
      .map((d) => state.doc.textBetween(d.from, d.to));

  it("marks the opening phrase of preambular and operative clauses, not of sub-clauses", () => {
    expect(phrasesOf(stateWith([openingPhrasesPlugin()]))).toEqual(["Recalling", "Noting", "Calls upon", "Requests"]);
  });

  it("recomputes the phrase of the clause being typed in and maps the others", () => {
    let state = stateWith([openingPhrasesPlugin()]);
    const before = openingPhrasesKey.getState(state)!.find();
    state = state.apply(state.tr.insertText("Also ", textStart(state, "1")));
    expect(phrasesOf(state)).toEqual(["Recalling", "Noting", "Also Calls upon", "Requests"]);
    // The decorations of untouched clauses are the same objects, mapped, not rebuilt.
    const after = openingPhrasesKey.getState(state)!.find();
    expect(after[0]!.spec).toBe(before[0]!.spec);
  });

  it("drops the italics when the phrase is edited away and follows a clause moved into a sub-clause", () => {
    let state = stateWith([openingPhrasesPlugin()]);
    const from = textStart(state, "p2");
    state = state.apply(state.tr.delete(from, from + "Noting ".length));
    expect(phrasesOf(state)).toEqual(["Recalling", "Calls upon", "Requests"]);
  });
});

describe("opening phrase decorations after large edits", () => {
  const marked = (state: EditorState) =>
    openingPhrasesKey
      .getState(state)!
      .find()
      .map((d) => `${d.from}-${d.to}`);

  it("are those of a fresh build after 30 and after 800 clauses are inserted at once", () => {
    for (const n of [30, 800]) {
      let state = stateWith([openingPhrasesPlugin()], createDocument({ preamble: ["Recalling"], operative: ["Calls upon States", ""] }));
      const clauses = createDocument({ operative: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "" : i % 3 === 1 ? `Urges States ${i}` : `Notes ${i}`)) }).child(2).content;
      state = state.apply(state.tr.insert(textStart(state, "2") - 2, clauses));
      expect(marked(state)).toEqual(marked(stateWith([openingPhrasesPlugin()], state.doc)));
    }
  });
});

describe("empty textblocks", () => {
  const marked = (state: EditorState) =>
    openingPhrasesKey
      .getState(state)!
      .find()
      .map((d) => `${d.from}-${d.to}${d.spec.known === undefined ? " empty" : ""}`);
  const rebuilt = (state: EditorState) => marked(stateWith([openingPhrasesPlugin()], state.doc));

  it("get the cw-empty node decoration, kept as a fresh build would make it through typing, deleting and new clauses", () => {
    let state = stateWith([openingPhrasesPlugin()], createDocument({ preamble: [""], operative: ["Calls upon States", { text: "Requests", sub: [""] }] }));
    const empty = (s: EditorState) => marked(s).filter((m) => m.endsWith("empty")).length;
    expect(empty(state)).toBe(2);
    const p1 = textStart(state, "p1");
    state = state.apply(state.tr.insertText("R", p1));
    expect(empty(state)).toBe(1);
    expect(marked(state)).toEqual(rebuilt(state));
    state = state.apply(state.tr.delete(p1, p1 + 1));
    expect(empty(state)).toBe(2);
    expect(marked(state)).toEqual(rebuilt(state));
    state = state.apply(state.tr.delete(textStart(state, "1"), textStart(state, "1") + "Calls upon States".length));
    expect(empty(state)).toBe(3);
    expect(marked(state)).toEqual(rebuilt(state));
    const end = textStart(state, "2") + "Requests".length;
    state = state.apply(state.tr.split(end, 2));
    expect(marked(state)).toEqual(rebuilt(state));
    expect(empty(state)).toBe(4);
  });
});

describe("the typed textblock (the keystroke shortcut)", () => {
  it("is what textblocksIn(changedRanges) finds for every text edit in every textblock", () => {
    const state = stateWith([], createDocument({ ...input, operative: [...(input.operative ?? []), { text: "Decides", sub: ["a"], continuation: "and" }] }));
    let checked = 0;
    state.doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      const from = pos + 1;
      const to = pos + 1 + node.content.size;
      for (let p = from; p <= to; p++) {
        const trs = [state.tr.insertText("x", p)];
        if (p < to) trs.push(state.tr.delete(p, p + 1), state.tr.insertText("yz", p, Math.min(to, p + 3)));
        for (const tr of trs) {
          const typed = typedTextblock(tr);
          expect(typed).not.toBeNull();
          expect([typed]).toEqual(textblocksIn(tr.doc, changedRanges(tr)));
          checked++;
        }
      }
      return false;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("is null for structural steps and for several steps", () => {
    const state = stateWith([]);
    const pos = textStart(state, "1") + 3;
    expect(typedTextblock(state.tr.split(pos, 2))).toBeNull();
    expect(typedTextblock(state.tr.insertText("a", pos).insertText("b", pos))).toBeNull();
    expect(typedTextblock(state.tr.delete(pos, textStart(state, "2") + 1))).toBeNull();
  });
});

describe("operative blocks on the keystroke path", () => {
  const long = () => withBlocks(createDocument({ operative: Array.from({ length: 260 }, (_, i) => `Urges States to act ${i + 1}`) }));
  const blockSizes = (state: EditorState) => {
    const sizes: number[] = [];
    state.doc.child(2).forEach((b) => sizes.push(isOperativeBlock(b) ? b.childCount : -1));
    return sizes;
  };

  it("appends nothing for typing, deleting and replacing text inside a clause, and the paper needs no repair after", () => {
    const plugin = operativeBlocksPlugin();
    let state = stateWith([plugin], long());
    const at = textStart(state, "120");
    const edits = [
      (s: EditorState) => s.tr.insertText("x", at),
      (s: EditorState) => s.tr.delete(at, at + 3),
      (s: EditorState) => s.tr.insertText("Calls upon", at, at + 5),
    ];
    for (const edit of edits) {
      const tr = edit(state);
      expect(typedTextblock(tr)).not.toBeNull();
      expect(plugin.spec.appendTransaction!.call(plugin, [tr], state, state.apply(tr))).toBeNull();
      state = state.apply(tr);
      expect(repairBlocks(state)).toBeNull();
    }
  });

  it("still repairs after structural edits: a deletion across blocks, then typing", () => {
    let state = stateWith([operativeBlocksPlugin()], long());
    const from = textStart(state, "30");
    const to = textStart(state, "150");
    state = state.apply(state.tr.delete(from, to));
    state = state.apply(state.tr.insertText("x", textStart(state, "20")));
    expect(repairBlocks(state)).toBeNull();
    for (const size of blockSizes(state)) {
      expect(size).toBeGreaterThanOrEqual(BLOCK_MIN);
      expect(size).toBeLessThanOrEqual(BLOCK_MAX);
    }
    expect(withoutBlocks(state.doc).child(2).childCount).toBe(260 - 120);
  });
});

describe("opening phrase autocomplete", () => {
  it("suggests phrases of the right section, case-insensitively", () => {
    expect(suggestPhrases("reca", "preamble")).toContain("Recalling");
    expect(suggestPhrases("reca", "operative")).not.toContain("Recalling");
    expect(suggestPhrases("urg", "operative")).toContain("Urges");
    expect(suggestPhrases("", "operative")).toEqual([]);
  });

  it("in the operative part, completes a modifier and then the phrase after it", () => {
    expect(suggestPhrases("Furth", "operative")).toContain("Further");
    expect(suggestPhrases("further reque", "operative")).toEqual(["Further requests"]);
    expect(suggestPhrases("Also dec", "operative")).toContain("Also decides");
    expect(suggestPhrases("Once again ur", "operative")).toEqual(["Once again urges"]);
    // A modifier and a space alone, or a modifier typed in full, suggest nothing yet.
    expect(suggestPhrases("Further ", "operative")).toEqual([]);
    expect(suggestPhrases("Further", "operative")).toEqual([]);
    // The preamble's lists name their own combinations; modifiers are not added there.
    expect(suggestPhrases("Furth", "preamble").every((p) => p.startsWith("Further "))).toBe(true);
    expect(suggestPhrases("Also rec", "preamble")).toEqual([]);
    const de = suggestPhrases("De", "operative");
    expect(de).toContain("Deeply");
    expect(de).toContain("Decides");
    expect(de).toEqual([...de].sort((a, b) => a.localeCompare(b)));
    expect(de.length).toBeLessThanOrEqual(8);
  });

  it("opens at the start of a clause while typing, accepts with a trailing space, and Escape dismisses", () => {
    const doc = createDocument({ preamble: [""], operative: ["Calls upon States"] });
    let state = stateWith([autocompletePlugin()], doc);
    const start = textStart(state, "p1");
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start)));
    state = state.apply(state.tr.insertText("Reaf"));
    const open = autocompleteKey.getState(state)!;
    expect(open.items[0]).toMatch(/^Reaffirming/);
    expect(acceptSuggestion(state, (tr) => (state = state.apply(tr)))).toBe(true);
    expect(state.doc.child(1).textContent).toBe(`${open.items[0]} `);
    expect(autocompleteKey.getState(state)!.items).toEqual([]);
  });

  it("stays closed inside a sub-clause or in the middle of a clause", () => {
    let state = stateWith([autocompletePlugin()]);
    state = state.apply(state.tr.insertText("Reca", textStart(state, "2(a)")));
    expect(autocompleteKey.getState(state)!.items).toEqual([]);
    state = state.apply(state.tr.insertText(" reca", textStart(state, "1") + "Calls upon States".length));
    expect(autocompleteKey.getState(state)!.items).toEqual([]);
  });

});

describe("heading guard", () => {
  const withHeading = () => createDocument({ ...input, heading: { code: "S/1", committee: "sc", topic: "Peace", sponsors: ["Chile"] } });

  it("keeps the heading when everything is selected and deleted, in one undoable step", () => {
    let state = stateWith([history(), headingGuardPlugin()], withHeading());
    state = state.apply(state.tr.setSelection(new AllSelection(state.doc)).deleteSelection());
    expect(state.doc.firstChild!.attrs).toMatchObject({ code: "S/1", committee: "sc", topic: "Peace", sponsors: ["Chile"] });
    expect(state.doc.child(2).textContent).toBe("");
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.child(2).textContent).toContain("Calls upon States");
  });

  it("lets heading edits through", () => {
    let state = stateWith([headingGuardPlugin()], withHeading());
    state = state.apply(state.tr.setNodeMarkup(0, undefined, { ...state.doc.firstChild!.attrs, committee: "hrc" }));
    expect(state.doc.firstChild!.attrs.committee).toBe("hrc");
  });
});
