/**
 * Keeps clause ids present and unique. Splitting a node copies its attributes, and pasted or
 * programmatic content may bring ids already in use; the repair gives the newcomer a fresh id.
 *
 * Cost is proportional to what changed, not to the document: the plugin keeps a count of each id
 * and, per step, only looks at clause nodes whose opening token lies in the step's replaced range
 * (those are the clauses the step removed, and in the new document the ones it inserted).
 */
import type { Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { clauseTypes, newClauseId } from "@clausewise/schema";
import { typedTextblock } from "./changed-ranges.ts";

/**
 * The counts are one mutable map shared along a chain of states (copying it per keystroke would
 * cost O(document)). `doc` records which document it currently describes, so a transaction applied
 * to an older state (a dry run, a state kept aside) triggers a full recount instead of corruption.
 */
interface IdIndex {
  shared: { counts: Map<string, number>; doc: Node };
}

export const clauseIdsKey = new PluginKey<IdIndex>("clause-ids");

function countAll(doc: Node): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    if (node.isTextblock) return false;
    if (clauseTypes.has(node.type.name)) bump(counts, node.attrs.id as string | null, 1);
    return true;
  });
  return counts;
}

function bump(counts: Map<string, number>, id: string | null, by: number): void {
  if (!id) return;
  const n = (counts.get(id) ?? 0) + by;
  if (n > 0) counts.set(id, n);
  else counts.delete(id);
}

/** Clause nodes whose opening token lies in [from, to). */
function clausesStartingIn(doc: Node, from: number, to: number, f: (node: Node, pos: number) => void): void {
  if (to <= from) return;
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) return false;
    if (pos >= from && pos < to && clauseTypes.has(node.type.name)) f(node, pos);
    return true;
  });
}

/** Applies a transaction's steps to the id counts, one step at a time (exact for any step). */
function applySteps(counts: Map<string, number>, tr: Transaction): void {
  tr.steps.forEach((step, i) => {
    const before = tr.docs[i]!;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      clausesStartingIn(before, oldStart, oldEnd, (node) => bump(counts, node.attrs.id, -1));
      clausesStartingIn(after, newStart, newEnd, (node) => bump(counts, node.attrs.id, 1));
    });
  });
}

/** Positions (in the final document) of clauses the transactions inserted. */
function insertedClauses(transactions: readonly Transaction[], doc: Node): number[] {
  const positions: number[] = [];
  transactions.forEach((tr, t) => {
    tr.steps.forEach((step, i) => {
      const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
      step.getMap().forEach((_a, _b, newStart, newEnd) => {
        clausesStartingIn(after, newStart, newEnd, (_node, pos) => {
          let mapped = tr.mapping.slice(i + 1).map(pos, 1);
          for (let k = t + 1; k < transactions.length; k++) mapped = transactions[k]!.mapping.map(mapped, 1);
          positions.push(mapped);
        });
      });
    });
  });
  return positions.filter((p) => p < doc.content.size && clauseTypes.has(doc.nodeAt(p)?.type.name ?? ""));
}

export function clauseIdsPlugin(): Plugin<IdIndex> {
  return new Plugin<IdIndex>({
    key: clauseIdsKey,
    state: {
      init: (_config, state) => ({ shared: { counts: countAll(state.doc), doc: state.doc } }),
      apply(tr, index, oldState, newState) {
        if (!tr.docChanged) return index;
        const { shared } = index;
        if (shared.doc !== oldState.doc) return { shared: { counts: countAll(newState.doc), doc: newState.doc } };
        // Text typed or deleted inside one textblock adds and removes no clause.
        if (!typedTextblock(tr)) applySteps(shared.counts, tr);
        shared.doc = newState.doc;
        return index;
      },
    },
    appendTransaction(transactions, _oldState, newState: EditorState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (transactions.every((tr) => !tr.docChanged || typedTextblock(tr))) return null; // typing inserts no clause
      const { counts } = clauseIdsKey.getState(newState)!.shared;
      const repairs = new Set<number>();
      for (const pos of insertedClauses(transactions, newState.doc)) {
        const id = newState.doc.nodeAt(pos)!.attrs.id as string | null;
        if (!id || (counts.get(id) ?? 0) > 1) repairs.add(pos);
      }
      if (repairs.size === 0) return null;
      const tr = newState.tr;
      for (const pos of repairs) tr.setNodeAttribute(pos, "id", newClauseId());
      return tr.setMeta("addToHistory", false);
    },
  });
}
