/**
 * Clause models are derived once per document and shared by the document rules, the lazy reads of
 * diagnostics and the panel: a document is immutable, so a WeakMap keyed by it is always right.
 */
import type { Node } from "prosemirror-model";
import { clauseModel, type ClauseInfo, type ClauseModel } from "@clausewise/schema";

const models = new WeakMap<Node, ClauseModel>();
const byPos = new WeakMap<ClauseModel, Map<number, ClauseInfo>>();

export function modelOf(doc: Node): ClauseModel {
  let model = models.get(doc);
  if (!model) {
    model = clauseModel(doc);
    models.set(doc, model);
  }
  return model;
}

/** The clause whose node starts at `pos`, from the document's model. */
export function clauseByPos(doc: Node, pos: number): ClauseInfo | undefined {
  const model = modelOf(doc);
  let index = byPos.get(model);
  if (!index) {
    index = new Map(model.clauses.map((c) => [c.pos, c]));
    byPos.set(model, index);
  }
  return index.get(pos);
}

/** Position of the clause whose textblock contains `pos`, or null when `pos` is in no clause textblock. */
export function clausePosOfTextPos(doc: Node, pos: number): number | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock || $pos.depth < 2) return null;
  const clause = $pos.node($pos.depth - 1);
  return clause.type.name.endsWith("clause") ? $pos.before($pos.depth - 1) : null;
}
