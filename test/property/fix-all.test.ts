// "Fix all" on real text: every document of the accuracy corpus, imported as a delegate would
// paste it, is left with no format or style finding that has a fix after one call, in one undo
// step, and without touching a mandate finding's text. `clausewise lint --fix`, which edits the
// text file itself where each fix is, makes the same paper.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { history, undo } from "prosemirror-history";
import { Linter } from "@clausewise/lint";
import { documentDifference, importText } from "@clausewise/formats";
import { withBlocks } from "@clausewise/schema";
import { lintPlugin, fixAllTransaction, fixableInBulk, getDiagnostics, documentLintTransaction } from "../../packages/editor/src/lint/index.ts";
import { operativeBlocksPlugin } from "../../packages/editor/src/plugins/operative-blocks.ts";
import { fixPaper } from "../../packages/cli/src/fix.ts";
import { loadPaper, paperFromBytes } from "../../packages/cli/src/load.ts";
import { committeeOf } from "../../packages/cli/src/lint.ts";

const textsDir = fileURLToPath(new URL("../corpus/texts/", import.meta.url));
const files = readdirSync(textsDir).filter((f) => f.endsWith(".txt")).sort();

function settled(text: string): EditorState {
  const { doc } = importText(text);
  const state = EditorState.create({ doc: withBlocks(doc), plugins: [history(), operativeBlocksPlugin(), lintPlugin({ source: new Linter() })] });
  return state.apply(documentLintTransaction(state));
}

describe("fix all on the corpus's real texts", () => {
  it("leaves nothing fixable after one call, keeps every mandate finding's text, and one undo restores each paper", () => {
    let fixedSomewhere = 0;
    for (const f of files) {
      const before = settled(readFileSync(join(textsDir, f), "utf8"));
      const mandate = (s: EditorState) => getDiagnostics(s).filter((d) => d.category !== "format" && d.category !== "style").map((d) => `${d.ruleId} ${s.doc.textBetween(d.from, d.to)}`);
      const result = fixAllTransaction(before);
      if (!result) {
        expect(getDiagnostics(before).filter((d) => fixableInBulk(d)), f).toEqual([]);
        continue;
      }
      fixedSomewhere++;
      let after = before.apply(result.tr);
      after = after.apply(documentLintTransaction(after));
      expect(result.left, f).toBe(0);
      expect(getDiagnostics(after).filter((d) => fixableInBulk(d)).map((d) => d.message), f).toEqual([]);
      // Mandate findings are neither fixed nor moved off their words (a style fix can change a
      // mandate finding's words only where both flag the same ones, as "Demands").
      expect(mandate(after).length, f).toBeLessThanOrEqual(mandate(before).length);
      let undone: EditorState | null = null;
      undo(after, (tr) => (undone = after.apply(tr)));
      expect(undone!.doc.eq(before.doc), f).toBe(true);
    }
    expect(fixedSomewhere).toBeGreaterThan(20);
  });
});

describe("clausewise lint --fix on the corpus's real texts", () => {
  it("edits each .txt file into the paper the editor's fix all makes, and the JSON form into the same", async () => {
    const linter = new Linter();
    let fixedSomewhere = 0;
    for (const f of files) {
      const loaded = await loadPaper(join(textsDir, f));
      const committee = committeeOf(loaded, undefined);
      const text = await fixPaper(loaded, committee, linter);
      const json = await fixPaper(await paperFromBytes(`${f}.json`, new TextEncoder().encode(JSON.stringify(loaded.result.doc.toJSON()))), committee, linter);
      const editor = settled(loaded.source!.text);
      const result = fixAllTransaction(editor);
      const expected = result ? editor.apply(result.tr).doc : editor.doc;
      expect(text.applied, f).toBe(result?.applied ?? 0);
      expect(json.applied, f).toBe(text.applied);
      expect(documentDifference(text.paper.result.doc, expected), f).toBeNull();
      expect(documentDifference(json.paper.result.doc, expected), f).toBeNull();
      if (text.applied === 0) expect(text.bytes, f).toBeNull();
      else fixedSomewhere++;
    }
    expect(fixedSomewhere).toBeGreaterThan(20);
  });
});
