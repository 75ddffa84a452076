/**
 * An informal measurement, not a test (no file pattern of the test projects matches it): the
 * keystroke cost of the incremental plugin versus the naive baseline at 150 and 5,000 operative
 * clauses, in Chromium. Run it with a vitest browser config that includes `src/lint/*.measure.ts`;
 * it prints a table. `pnpm bench` is where figures are kept.
 */
import { it } from "vitest";
import { EditorState, Plugin } from "prosemirror-state";
import type { DecorationSet } from "prosemirror-view";
import { openingPhrasesPlugin, openingPhrasesKey } from "../plugins/opening-phrases.ts";
import { EditorView } from "prosemirror-view";
import { Linter, allRules, type Diagnostic } from "@clausewise/lint";
import type { Node } from "prosemirror-model";
import { lintPlugin, naiveLintPlugin, uncachedSource, lintCss, getDiagnostics, fastDecorations, type LintSource } from "./index.ts";

/** The element's opening-phrase decorations (one in every clause), optionally through fastDecorations. */
function openingPhrases(fast: boolean): Plugin {
  const plugin = openingPhrasesPlugin();
  if (!fast) return plugin;
  return new Plugin({
    ...plugin.spec,
    props: { ...plugin.spec.props, decorations: (state) => fastDecorations(openingPhrasesKey.getState(state) as DecorationSet) },
  });
}
import { benchDocument, measureKeystroke } from "./bench.ts";

/** The paper's layout as the element would style it; `skip` adds content-visibility to clauses. */
const paperCss = (skip: boolean) =>
  `.ProseMirror { white-space: pre-wrap; width: 720px; font: 16px/1.5 serif }` +
  (skip ? `.cw-operative > .cw-clause, .cw-preamble > .cw-clause { content-visibility: auto; contain-intrinsic-size: auto 3lh }` : "");

function mount(doc: Node, plugins: Plugin[], skip: boolean): EditorView {
  const host = document.createElement("div");
  const style = document.createElement("style");
  style.textContent = lintCss + paperCss(skip);
  document.body.append(style, host);
  return new EditorView(host, { state: EditorState.create({ doc, plugins }) });
}

it("measures keystrokes", () => {
  const rows: string[] = [];
  const skips = ((globalThis as { CW_SKIP?: boolean[] }).CW_SKIP) ?? [false, true];
  for (const skip of skips)
  for (const n of [150, 5000]) {
    const doc = benchDocument(n);
    const results: Record<string, number> = {};
    const variants: [string, () => Plugin[]][] = [
      ["no lint", () => []],
      ["incremental", () => [lintPlugin({ source: new Linter({ rules: allRules }), card: false, delay: 1e9 })]],
      ["incremental + opening phrases", () => [openingPhrases(false), lintPlugin({ source: new Linter({ rules: allRules }), card: false, delay: 1e9 })]],
      ["incremental + fast opening phrases", () => [openingPhrases(true), lintPlugin({ source: new Linter({ rules: allRules }), card: false, delay: 1e9 })]],
      ["naive (engine cache)", () => [naiveLintPlugin({ source: new Linter({ rules: allRules }) })]],
      ["naive (no cache)", () => [naiveLintPlugin({ source: uncachedSource(new Linter({ rules: allRules })) })]],
    ];
    let findings = 0;
    for (const [name, plugins] of variants) {
      const view = mount(doc, plugins(), skip);
      if (name === "incremental") findings = (getDiagnostics(view.state) as Diagnostic[]).length;
      const reps = name.startsWith("naive") && n > 1000 ? 20 : 60;
      const t = measureKeystroke(view, reps, 10);
      results[name] = t.dispatch;
      results[`${name} min`] = t.dispatchMin;
      results[`${name} layout`] = t.layout;
      view.destroy();
      document.body.replaceChildren();
    }
    rows.push(
      `${skip ? "content-visibility" : "plain"} ${n} clauses (${doc.content.size} positions, ${findings} findings): ` +
        Object.entries(results)
          .map(([k, v]) => `${k} ${v.toFixed(3)} ms`)
          .join(" | "),
    );
  }
  console.log("\nKeystroke (median view.dispatch incl. DOM update)\n" + rows.join("\n"));
});
