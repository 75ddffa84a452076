import { describe, expect, it } from "vitest";
import { BLOCK_SIZE, BLOCKS_ABOVE, clauseAt, flatPositions, clauseModel, createDocument, documentToInput, operativeClauseCount, withBlocks, withoutBlocks, type ClauseInfo, type ClauseInput } from "./index.ts";

/** A paper of `n` operative clauses; every seventh has sub-clauses, the last has a continuation. */
function paper(n: number) {
  const operative: ClauseInput[] = [];
  for (let i = 1; i <= n; i++) {
    if (i % 7 === 0) operative.push({ text: `Requests the Secretary-General ${i}`, sub: [{ text: `to report ${i}`, sub: ["in writing"] }, "to consult States"] });
    else operative.push(`Calls upon States ${i}`);
  }
  operative[n - 1] = { text: "Decides to remain seized", sub: ["of the matter", "of the report"], continuation: "and to act" };
  return createDocument({ heading: { committee: "hrc" }, preamble: ["Recalling its resolutions", "Noting the report"], operative });
}

/** A clause's derived fields without its positions (which move by one inside a block). */
const meaning = ({ pos: _p, nodeSize: _n, textFrom: _f, textTo: _t, continuation, ...rest }: ClauseInfo) => ({
  ...rest,
  continuation: continuation && { text: continuation.text, end: continuation.end },
});

describe("operative blocks", () => {
  it("leave papers up to BLOCKS_ABOVE operative clauses flat", () => {
    const doc = paper(BLOCKS_ABOVE);
    expect(withBlocks(doc)).toBe(doc);
  });

  it("hold a long paper's clauses in blocks of BLOCK_SIZE and give back exactly the flat paper", () => {
    const flat = paper(5 * BLOCK_SIZE + 3);
    const blocked = withBlocks(flat);
    blocked.check();
    const operative = blocked.child(2);
    expect(operative.childCount).toBe(6);
    operative.forEach((block, _o, i) => expect(block.childCount).toBe(i < 5 ? BLOCK_SIZE : 3));
    expect(operativeClauseCount(operative)).toBe(5 * BLOCK_SIZE + 3);
    expect(withoutBlocks(blocked).eq(flat)).toBe(true);
    expect(documentToInput(blocked)).toEqual(documentToInput(flat));
  });

  it("are invisible to the clause model: numbers, labels, paths and punctuation run across them", () => {
    const flat = paper(3 * BLOCK_SIZE + 1);
    const blocked = withBlocks(flat);
    const a = clauseModel(flat).clauses.map(meaning);
    const b = clauseModel(blocked).clauses.map(meaning);
    expect(b).toEqual(a);
    const last = clauseModel(blocked).clauses.filter((c) => c.depth === 0).at(-1)!;
    expect(last.path).toBe(String(3 * BLOCK_SIZE + 1));
    expect(last.continuation?.end).toBe(".");
  });

  it("give clauseAt the same clause as the full model, at every clause of a blocked paper", () => {
    const blocked = withBlocks(paper(2 * BLOCK_SIZE + 9));
    const model = clauseModel(blocked);
    for (const c of model.clauses) {
      const at = clauseAt(blocked, c.pos)!;
      expect(at.clause).toEqual(c);
      expect(at.ancestors.map((x) => x.id)).toEqual(
        (function chain(id: string | null): string[] {
          const parent = model.clauses.find((p) => p.id === id);
          return parent ? [...chain(parent.parentId), parent.id] : [];
        })(c.parentId),
      );
    }
  });

  it("map every position of a blocked paper to the same place in the flat paper", () => {
    const flat = paper(3 * BLOCK_SIZE + 5);
    const blocked = withBlocks(flat);
    expect(flatPositions(flat)).toBeNull();
    const toFlat = flatPositions(blocked)!;
    const a = clauseModel(blocked).clauses;
    const b = clauseModel(flat).clauses;
    a.forEach((c, i) => {
      expect([toFlat(c.pos), toFlat(c.textFrom), toFlat(c.textTo)]).toEqual([b[i]!.pos, b[i]!.textFrom, b[i]!.textTo]);
      if (c.continuation) expect(toFlat(c.continuation.to)).toBe(b[i]!.continuation!.to);
    });
    expect(toFlat(blocked.content.size)).toBe(flat.content.size);
    expect(toFlat(5)).toBe(5);
  });
});
