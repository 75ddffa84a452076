/**
 * The structural commands give the same paper on a long, blocked document as on the same paper
 * held flat: every command, at every clause around every block boundary, from the start, middle
 * and end of its text. Blocks must never show through.
 */
import { describe, expect, it } from "vitest";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { history, undo } from "prosemirror-history";
import { BLOCK_MAX, BLOCK_SIZE, clauseModel, createDocument, documentToInput, isOperativeBlock, withBlocks, type ClauseInput } from "@clausewise/schema";
import { editorActions } from "./keymap.ts";
import { operativeBlocksPlugin } from "../plugins/operative-blocks.ts";

function paper(n: number) {
  const operative: ClauseInput[] = [];
  for (let i = 1; i <= n; i++) {
    if (i % 3 === 0) operative.push({ text: `Requests the Office ${i}`, sub: [`to report ${i}`, { text: `to consult ${i}`, sub: ["in writing"] }] });
    else operative.push(`Calls upon States ${i}`);
  }
  return createDocument({ heading: { committee: "hrc" }, preamble: ["Recalling its resolutions"], operative });
}

/** The paper as plain data without ids (ids of new clauses are random). */
function shape(doc: EditorState["doc"]) {
  const strip = (c: ClauseInput): unknown => (typeof c === "string" ? c : { text: c.text, sub: c.sub?.map(strip), continuation: c.continuation });
  const input = documentToInput(doc);
  return { preamble: input.preamble.map(strip), operative: input.operative.map(strip) };
}

/** Where the cursor is, as clause path and offset. */
function cursor(state: EditorState): string {
  const head = state.selection.head;
  const c = clauseModel(state.doc).clauses.find((c) => head >= c.textFrom && head <= c.textTo);
  return c ? `${c.path}@${head - c.textFrom}` : `other@${head}`;
}

function invariantsHold(state: EditorState) {
  state.doc.check();
  const section = state.doc.child(2);
  let blocks = 0;
  section.forEach((child) => {
    if (isOperativeBlock(child)) {
      blocks++;
      expect(child.childCount).toBeLessThanOrEqual(BLOCK_MAX);
    }
  });
  expect(blocks === 0 || blocks === section.childCount).toBe(true);
}

const commands = editorActions.filter((a) => !["undo", "redo"].includes(a.id));
const N = 3 * BLOCK_SIZE + 7;
const flatDoc = paper(N);
const blockedDoc = withBlocks(flatDoc);

function at(doc: EditorState["doc"], path: string, where: "start" | "middle" | "end", blocked: boolean) {
  const c = clauseModel(doc).clauses.find((x) => x.path === path)!;
  const offset = where === "start" ? 0 : where === "end" ? c.text.length : Math.floor(c.text.length / 2);
  const plugins = blocked ? [history(), operativeBlocksPlugin()] : [history()];
  return EditorState.create({ doc, selection: TextSelection.create(doc, c.textFrom + offset), plugins });
}

function run(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  expect(ok).toBe(next !== null);
  return next;
}

describe("structural commands across operative blocks", () => {
  expect(blockedDoc.child(2).childCount).toBe(4);
  // Top-level clauses on each side of every block boundary, the first and the last.
  const tops = new Set<number>([1, N]);
  for (let b = BLOCK_SIZE; b < N; b += BLOCK_SIZE) for (const i of [b - 1, b, b + 1, b + 2]) tops.add(i);
  const paths = clauseModel(flatDoc).clauses.filter((c) => c.section === "operative" && tops.has(c.index)).map((c) => c.path);

  for (const action of commands) {
    it(`${action.id} gives the same paper and cursor as on the flat paper, at ${paths.length} clauses × 3 places`, () => {
      let applied = 0;
      for (const path of paths) {
        for (const where of ["start", "middle", "end"] as const) {
          const flat = run(at(flatDoc, path, where, false), action.command);
          const blocked = run(at(blockedDoc, path, where, true), action.command);
          expect(blocked === null, `${action.id} at ${path} ${where}: refused on one paper only`).toBe(flat === null);
          if (!flat || !blocked) continue;
          applied++;
          invariantsHold(blocked);
          expect(shape(blocked.doc), `${action.id} at ${path} ${where}`).toEqual(shape(flat.doc));
          expect(cursor(blocked), `${action.id} at ${path} ${where}: cursor`).toBe(cursor(flat));
          // One undo restores the paper, blocks included.
          const undone = run(blocked, undo)!;
          expect(shape(undone.doc)).toEqual(shape(blockedDoc));
        }
      }
      expect(applied).toBeGreaterThan(0);
    });
  }

  it("moves the last preambular clause into the first block, and back, as on the flat paper", () => {
    const moveDown = commands.find((a) => a.id === "move-down")!.command;
    const moveUp = commands.find((a) => a.id === "move-up")!.command;
    for (const where of ["start", "middle", "end"] as const) {
      const flat = run(at(flatDoc, "p1", where, false), moveDown)!;
      const blocked = run(at(blockedDoc, "p1", where, true), moveDown)!;
      invariantsHold(blocked);
      expect(shape(blocked.doc)).toEqual(shape(flat.doc));
      expect(cursor(blocked)).toBe(cursor(flat));
      expect(shape(blocked.doc).preamble).toEqual([]);
      const back = run(blocked, moveUp)!;
      invariantsHold(back);
      expect(shape(back.doc)).toEqual(shape(blockedDoc));
    }
  });

  it("regroups pasted runs of clauses, oversized blocks and a paper shrinking to a few clauses", () => {
    let state = EditorState.create({ doc: blockedDoc, plugins: [history(), operativeBlocksPlugin()] });
    // 250 clauses inserted directly into the section, between two blocks.
    const extra = paper(250).child(2).content;
    const between = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1 + state.doc.child(2).child(0).nodeSize;
    state = state.apply(state.tr.insert(between, extra));
    invariantsHold(state);
    expect(shape(state.doc).operative.length).toBe(N + 250);
    // 400 clauses inserted into one block at once.
    const inner = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 2;
    state = state.apply(state.tr.insert(inner, paper(400).child(2).content));
    invariantsHold(state);
    expect(shape(state.doc).operative.length).toBe(N + 650);
    // Everything but three clauses deleted: the paper goes back to flat.
    const section = state.doc.child(2);
    const start = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1;
    const firstBlock = section.child(0);
    const keepEnd = start + 1 + firstBlock.child(0).nodeSize + firstBlock.child(1).nodeSize + firstBlock.child(2).nodeSize;
    state = state.apply(state.tr.delete(keepEnd, start + section.content.size - 1));
    invariantsHold(state);
    expect(shape(state.doc).operative.length).toBe(3);
    expect(isOperativeBlock(state.doc.child(2).child(0))).toBe(false);
  });
});
