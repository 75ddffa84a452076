/**
 * Keeps a long paper's operative clauses in blocks of a bounded size (see blocks.ts in
 * @clausewise/schema for why), whatever the edit: a paste of 500 clauses, clauses moved or
 * deleted across blocks, a paper growing past BLOCKS_ABOVE clauses or shrinking back.
 *
 * Every repair is a plain structural step (wrap, split, join, lift) appended to the transaction,
 * so positions, the selection, decorations and undo history map through it like any edit, and
 * only the blocks involved are redrawn.
 */
import { NodeRange, type Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { typedTextblock } from "./changed-ranges.ts";
import { BLOCK_MAX, BLOCK_MIN, BLOCK_SIZE, BLOCKS_ABOVE, isOperativeBlock, operativeClauseCount, schema } from "@clausewise/schema";

export const operativeBlocksKey = new PluginKey("operative-blocks");

/** Blocked papers go back to flat when they fall to this many clauses (hysteresis). */
const FLAT_AT_OR_BELOW = BLOCKS_ABOVE / 2;
/** Repairs per transaction before giving up (each is O(blocks); a pathological doc stays valid). */
const MAX_REPAIRS = 10_000;

/** Position of the operative section node. */
const sectionPos = (doc: Node) => doc.child(0).nodeSize + doc.child(1).nodeSize;

/** One repair step on the operative section, or false when it is as it should be. */
function repairOnce(tr: Transaction): boolean {
  const doc = tr.doc;
  const section = doc.child(2);
  const start = sectionPos(doc) + 1;
  const count = operativeClauseCount(section);
  let blocked = false;
  section.forEach((c) => {
    if (isOperativeBlock(c)) blocked = true;
  });
  const wantBlocks = count > BLOCKS_ABOVE || (blocked && count > FLAT_AT_OR_BELOW);

  if (!wantBlocks) {
    if (!blocked) return false;
    // Unwrap the last block (one per call; positions before it stay valid).
    let pos = -1;
    section.forEach((c, offset) => {
      if (isOperativeBlock(c)) pos = start + offset;
    });
    const block = doc.nodeAt(pos)!;
    const range = new NodeRange(doc.resolve(pos + 1), doc.resolve(pos + block.nodeSize - 1), 2);
    tr.lift(range, 1);
    return true;
  }

  // 1. Clauses directly in the section (pasted, moved, or a paper just past the threshold):
  //    wrap each run in a block; step 2 cuts it to size and step 3 merges small ones.
  let runFrom = -1;
  let runTo = -1;
  let offset = 0;
  for (let i = 0; i < section.childCount; i++) {
    const child = section.child(i);
    if (!isOperativeBlock(child)) {
      if (runFrom < 0) runFrom = start + offset;
      runTo = start + offset + child.nodeSize;
    } else if (runFrom >= 0) break;
    offset += child.nodeSize;
  }
  if (runFrom >= 0) {
    const range = new NodeRange(doc.resolve(runFrom), doc.resolve(runTo), 1);
    tr.wrap(range, [{ type: schema.nodes.operative_block }]);
    return true;
  }

  // 2. A block grown too large: cut it into blocks of BLOCK_SIZE, last cut first.
  offset = 0;
  for (let i = 0; i < section.childCount; i++) {
    const block = section.child(i);
    if (block.childCount > BLOCK_MAX) {
      const cuts: number[] = [];
      let inner = start + offset + 1;
      block.forEach((clause, _o, k) => {
        if (k > 0 && k % BLOCK_SIZE === 0 && block.childCount - k >= BLOCK_MIN) cuts.push(inner);
        inner += clause.nodeSize;
      });
      for (const cut of cuts.reverse()) tr.split(cut, 1);
      return cuts.length > 0;
    }
    offset += block.nodeSize;
  }

  // 3. A small block next to one it fits into: join them.
  offset = 0;
  for (let i = 0; i + 1 < section.childCount; i++) {
    const a = section.child(i);
    const b = section.child(i + 1);
    offset += a.nodeSize;
    if ((a.childCount < BLOCK_MIN || b.childCount < BLOCK_MIN) && a.childCount + b.childCount <= BLOCK_MAX) {
      tr.join(start + offset);
      return true;
    }
  }
  return false;
}

/** The repairs a document needs, as one transaction, or null when it needs none. */
export function repairBlocks(state: EditorState): Transaction | null {
  const tr = state.tr;
  for (let i = 0; i < MAX_REPAIRS && repairOnce(tr); i++);
  return tr.docChanged ? tr : null;
}

export function operativeBlocksPlugin(): Plugin {
  return new Plugin({
    key: operativeBlocksKey,
    appendTransaction(trs, _old, state) {
      // A check costs O(blocks), about 100 at 5,000 clauses: cheap enough for every structural
      // change. Typing inside one textblock cannot change how many clauses there are or where
      // they sit, and the paper was in order before it: no check on the keystroke path.
      if (!trs.some((t) => t.docChanged)) return null;
      if (trs.every((t) => !t.docChanged || typedTextblock(t) !== null)) return null;
      const tr = repairBlocks(state);
      return tr ? tr.setMeta("addToHistory", trs.every((t) => t.getMeta("addToHistory") !== false)) : null;
    },
  });
}
