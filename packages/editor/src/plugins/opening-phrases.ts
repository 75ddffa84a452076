/**
 * Shows each clause's opening phrase ("Recalling", "Further requests") in italics, as a decoration
 * derived from the text: typing cannot remove the italics and no mark is stored. An empty
 * textblock gets the class `cw-empty` instead (a node decoration), which lays out its label and
 * end punctuation on one line and shows a top-level clause's placeholder (paper-styles.ts). The
 * decoration set is mapped through each edit and recomputed only for the textblocks the edit
 * touched.
 */
import type { Node } from "prosemirror-model";
import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { isOperativeBlock, openingPhrase, schema } from "@clausewise/schema";
import { changedRanges, textblocksIn, typedTextblock } from "./changed-ranges.ts";
import { fastDecorations } from "../lint/fast-decorations.ts";
import { REBUILD_ABOVE_STEPS, mapDecorations } from "./map-decorations.ts";

export const openingPhrasesKey = new PluginKey<DecorationSet>("opening-phrases");

/** Which section's phrase list applies to a clause_text at `pos`, or null (sub-clauses, continuations). */
function sectionOf(doc: Node, textblock: Node, pos: number): "preamble" | "operative" | null {
  if (textblock.type !== schema.nodes.clause_text) return null;
  const $pos = doc.resolve(pos);
  // Only top-level clauses: depth 1 section, depth 2 clause (3 inside an operative block).
  if ($pos.depth !== 2 && !($pos.depth === 3 && isOperativeBlock($pos.node(2)))) return null;
  return $pos.node(1).type.name === "preamble" ? "preamble" : "operative";
}

const emptyAttrs = { class: "cw-empty" };

function decorationFor(doc: Node, textblock: Node, pos: number): Decoration | null {
  if (textblock.content.size === 0) return Decoration.node(pos, pos + textblock.nodeSize, emptyAttrs);
  const section = sectionOf(doc, textblock, pos);
  if (!section) return null;
  const phrase = openingPhrase(textblock.textContent, section);
  if (!phrase || phrase.length === 0) return null;
  return Decoration.inline(
    pos + 1,
    pos + 1 + phrase.length,
    { class: phrase.known ? "cw-opening" : "cw-opening cw-opening-unknown" },
    { known: phrase.known },
  );
}

function buildAll(doc: Node): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      const d = decorationFor(doc, node, pos);
      if (d) decorations.push(d);
      return false;
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/** Above this many changed textblocks the set is built afresh (measured: 5,000 pasted clauses). */
const REBUILD_ABOVE_TEXTBLOCKS = 500;

const sameClass = (a: Decoration, b: Decoration) => a.spec.known === b.spec.known;

export function openingPhrasesPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: openingPhrasesKey,
    state: {
      init: (_config, state) => buildAll(state.doc),
      apply(tr, set) {
        if (!tr.docChanged) return set;
        if (tr.steps.length > REBUILD_ABOVE_STEPS) return buildAll(tr.doc);
        const next = mapDecorations(set, tr);
        const typed = typedTextblock(tr);
        const changed = typed ? [typed] : textblocksIn(tr.doc, changedRanges(tr));
        // A paste of hundreds of clauses: building the set afresh is cheaper than patching it.
        if (changed.length > REBUILD_ABOVE_TEXTBLOCKS) return buildAll(tr.doc);
        // Removed and added in one go: one DecorationSet.remove/add per textblock rebuilt the set's
        // path each time, 0.5 s for 5,000 pasted clauses.
        const stale: Decoration[] = [];
        const fresh: Decoration[] = [];
        for (const { node, pos } of changed) {
          // The textblock's own decorations: inline ones inside it, or the node one around it.
          const end = pos + node.nodeSize;
          const old = next.find(pos, end).filter((d) => d.from >= pos && d.to <= end);
          const now = decorationFor(tr.doc, node, pos);
          // Typing after the phrase leaves it as it was: keep the mapped decoration, so the view
          // has nothing to redraw in that paragraph.
          const same = now && old.length === 1 && old[0]!.from === now.from && old[0]!.to === now.to && sameClass(old[0]!, now);
          if (same) continue;
          stale.push(...old);
          if (now) fresh.push(now);
        }
        if (stale.length === 0 && fresh.length === 0) return next;
        return (stale.length ? next.remove(stale) : next).add(tr.doc, fresh);
      },
    },
    props: {
      // One decoration per clause sits under the operative node, so the view's per-child lookup
      // must be the O(log n) one (see src/lint/fast-decorations.ts), not DecorationSet's scan.
      decorations: (state) => fastDecorations(openingPhrasesKey.getState(state)!),
    },
  });
}
