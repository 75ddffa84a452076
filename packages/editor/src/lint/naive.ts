/**
 * The baseline for the benchmark: the ProseMirror lint example's approach with our rules. Every
 * change re-lints the whole document and rebuilds the whole decoration set. Not for production.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import type { Node } from "prosemirror-model";
import type { Linter } from "@clausewise/lint";
import type { LintSource } from "./source.ts";
import { diagnosticClass } from "./decorations.ts";

export const naiveLintPluginKey = new PluginKey<DecorationSet>("clausewise-naive-lint");

function decorate(doc: Node, source: LintSource): DecorationSet {
  const decorations: Decoration[] = [];
  for (const d of source.lint(doc)) {
    const attrs = { class: diagnosticClass(d.severity) };
    decorations.push(
      d.from < d.to
        ? Decoration.inline(d.from, d.to, attrs, { diagnostic: d })
        : Decoration.widget(d.from, () => Object.assign(document.createElement("span"), { className: `${attrs.class} cw-diag-point` }), { diagnostic: d }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** Re-lints everything and rebuilds every decoration on each document change. */
export function naiveLintPlugin({ source }: { source: LintSource }): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: naiveLintPluginKey,
    state: {
      init: (_config, state) => decorate(state.doc, source),
      apply: (tr, set) => (tr.docChanged ? decorate(tr.doc, source) : set),
    },
    props: { decorations: (state) => naiveLintPluginKey.getState(state) },
  });
}

/**
 * A source that empties the engine's clause cache before each whole-document lint, so the
 * baseline really runs every rule on every clause, as the ProseMirror lint example does.
 */
export function uncachedSource(linter: Linter): LintSource {
  return {
    clauseDiagnostics: (m, c) => linter.clauseDiagnostics(m, c),
    documentDiagnostics: (m) => linter.documentDiagnostics(m),
    lint: (doc) => {
      linter.clearCache();
      return linter.lint(doc);
    },
  };
}
