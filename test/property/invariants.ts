/**
 * What must hold of every working-paper document, whatever editing produced it: schema validity,
 * present and unique clause ids, and a clause model whose numbers, labels, paths and end
 * punctuation follow from position alone (1..n, (a)(b)…, (i)(ii)…, a. b., i. ii.).
 */
import type { Node } from "prosemirror-model";
import { BLOCK_MAX, BLOCKS_ABOVE, clauseModel, formatLabel, isOperativeBlock, labelKey, MAX_SUBCLAUSE_DEPTH, operativeClauseCount, type ClauseInfo } from "@clausewise/schema";

/** Every problem found (empty when the document is sound). */
export function documentProblems(doc: Node): string[] {
  const problems: string[] = [];
  try {
    doc.check();
  } catch (error) {
    return [`doc.check(): ${(error as Error).message}`];
  }

  // Operative blocks (a long paper in the editor): all clauses in blocks or none, no block over
  // BLOCK_MAX, and papers of up to BLOCKS_ABOVE / 2 clauses flat again.
  const section = doc.child(2);
  let blocks = 0;
  section.forEach((child) => {
    if (!isOperativeBlock(child)) return;
    blocks++;
    if (child.childCount > BLOCK_MAX) problems.push(`a block holds ${child.childCount} clauses`);
  });
  if (blocks > 0 && blocks !== section.childCount) problems.push("some operative clauses are in blocks and some are not");
  const topLevel = operativeClauseCount(section);
  if (blocks === 0 && topLevel > BLOCKS_ABOVE) problems.push(`${topLevel} operative clauses are not in blocks`);
  if (blocks > 0 && topLevel <= BLOCKS_ABOVE / 2) problems.push(`${topLevel} operative clauses are still in blocks`);

  // Ids: every clause node has one, and none repeats.
  const ids = new Map<string, number>();
  doc.descendants((node) => {
    if (node.isTextblock) return false;
    if (node.type.name.endsWith("clause")) {
      const id = node.attrs.id as string | null;
      if (!id) problems.push(`a ${node.type.name} has no id`);
      else ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    return true;
  });
  for (const [id, n] of ids) if (n > 1) problems.push(`clause id ${id} appears ${n} times`);

  const model = clauseModel(doc);
  const byId = new Map(model.clauses.map((c) => [c.id, c]));
  const paths = new Set<string>();
  let preambleCount = 0;
  let topCount = 0;
  for (const c of model.clauses) {
    if (paths.has(c.path)) problems.push(`path ${c.path} repeats`);
    paths.add(c.path);
    if (c.section === "preamble") {
      preambleCount++;
      expectEq(problems, c, "index", c.index, preambleCount);
      expectEq(problems, c, "path", c.path, `p${preambleCount}`);
      expectEq(problems, c, "label", c.label, "");
      expectEq(problems, c, "end", c.end, ",");
      continue;
    }
    if (c.depth > MAX_SUBCLAUSE_DEPTH) problems.push(`${c.path} is ${c.depth} levels deep`);
    if (c.depth === 0) {
      topCount++;
      expectEq(problems, c, "index", c.index, topCount);
      expectEq(problems, c, "ordinal", c.ordinal, topCount);
      expectEq(problems, c, "path", c.path, String(topCount));
      expectEq(problems, c, "label", c.label, `${topCount}.`);
    } else {
      const parent = c.parentId ? byId.get(c.parentId) : undefined;
      if (!parent) {
        problems.push(`${c.path} has no parent in the model`);
        continue;
      }
      const ordinal = parent.childIds.indexOf(c.id) + 1;
      expectEq(problems, c, "depth", c.depth, parent.depth + 1);
      expectEq(problems, c, "ordinal", c.ordinal, ordinal);
      expectEq(problems, c, "index", c.index, parent.index);
      expectEq(problems, c, "label", c.label, formatLabel(c.depth, ordinal));
      expectEq(problems, c, "path", c.path, `${parent.path}(${labelKey(c.depth, ordinal)})`);
    }
    expectEq(problems, c, "end", c.end, c.childIds.length > 0 ? ":" : c.end === "." ? "." : ";");
  }
  // Exactly one textblock of the operative part ends with a full stop: its last one.
  const stops = model.clauses.flatMap((c) => [
    ...(c.section === "operative" && c.end === "." ? [c.path] : []),
    ...(c.continuation?.end === "." ? [`${c.path}~`] : []),
  ]);
  if (stops.length !== 1) problems.push(`${stops.length} full stops in the operative part (${stops.join(", ")})`);
  const lastTextblock = lastOperativeTextblock(model.clauses);
  if (stops.length === 1 && stops[0] !== lastTextblock) problems.push(`the full stop is on ${stops[0]}, not on the last textblock ${lastTextblock}`);
  return problems;
}

function expectEq(problems: string[], c: ClauseInfo, field: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) problems.push(`${c.path} (${c.id}): ${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** The path of the last textblock of the operative part ("3(b)" or "3~" for a continuation). */
function lastOperativeTextblock(clauses: readonly ClauseInfo[]): string {
  let best: { pos: number; path: string } = { pos: -1, path: "" };
  for (const c of clauses) {
    if (c.section !== "operative") continue;
    if (c.textFrom > best.pos) best = { pos: c.textFrom, path: c.path };
    if (c.continuation && c.continuation.from > best.pos) best = { pos: c.continuation.from, path: `${c.path}~` };
  }
  return best.path;
}
