/**
 * The keystroke page: mounts `<resolution-editor>` on a paper and times one typed character, for
 * our incremental lint and for the naive baseline, driven from bench/run.mjs through `window.cwBench`.
 *
 * Variants (all the same element, same plugins, same DOM and styles; only the linting differs):
 * - `ours`: the element as shipped, lint on (incremental lint plugin).
 * - `baseline`: lint off, plus the naive plugin (whole-document lint and decoration rebuild per
 *   change, the ProseMirror lint example's approach) over an engine whose clause cache is cleared
 *   before every lint, so every rule really runs on every clause.
 * - `baseline-cached`: the same naive plugin over an engine that keeps its clause cache.
 * - `no-lint`: lint off: the editor's own cost (its other decorations, e.g. opening phrases, stay).
 * - `no-decorations`: lint off and every plugin that draws decorations removed: ProseMirror and
 *   the DOM alone.
 *
 * And, outside the comparison, `plainDom`: no ProseMirror at all. The same paragraphs in a plain
 * contenteditable <div> (grouped in 50s like the editor's blocks, each a layout boundary like theirs), and a keystroke is a text-node
 * change, a caret move and the same forced layout: what the browser alone costs.
 */
import { EditorState, TextSelection, type Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Node } from "prosemirror-model";
import { clauseModel, parseDocumentJSON, withoutBlocks } from "@clausewise/schema";
import { Linter, type Diagnostic } from "@clausewise/lint";
import { ResolutionEditor } from "@clausewise/editor/element";
// The naive plugin and the lint commands are not exported by @clausewise/editor (only its element
// entry points are): they are imported from the source, the same module the element itself uses.
import { lintNow, naiveLintPlugin, naiveLintPluginKey, uncachedSource, type LintSource } from "../../packages/editor/src/lint/index.ts";

if (!customElements.get("resolution-editor")) customElements.define("resolution-editor", ResolutionEditor);

export type Variant = "ours" | "baseline" | "baseline-cached" | "no-lint" | "no-decorations";

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let editor: ResolutionEditor | null = null;
let variant: Variant = "ours";
let pos = 0;

function view(): EditorView {
  const v = editor?.editorView;
  if (!v) throw new Error("no editor view: mount first");
  return v;
}

/** The text position in the middle of the middle top-level operative clause. */
function typingPosition(doc: Node): number {
  const operative = clauseModel(doc).clauses.filter((c) => c.section === "operative" && c.depth === 0);
  const target = operative[Math.floor(operative.length / 2)];
  if (!target) throw new Error("the paper has no operative clause");
  // After a space, so typing starts a word, as in real editing.
  const space = target.text.indexOf(" ", Math.floor(target.text.length / 2));
  return target.textFrom + (space >= 0 ? space + 1 : target.text.length);
}

async function mount(json: unknown, which: Variant): Promise<{ positions: number; findings: number }> {
  unmount();
  variant = which;
  const doc = parseDocumentJSON(json);
  const el = document.createElement("resolution-editor") as ResolutionEditor;
  if (which !== "ours") el.lint = "off";
  el.value = json;
  document.getElementById("stage")!.append(el);
  await el.updateComplete;
  editor = el;
  const v = view();
  if (which === "baseline" || which === "baseline-cached") {
    const linter = new Linter();
    const source: LintSource = which === "baseline" ? uncachedSource(linter) : linter;
    const plugins: Plugin[] = [...v.state.plugins, naiveLintPlugin({ source })];
    v.updateState(EditorState.create({ doc: v.state.doc, plugins }));
  }
  if (which === "no-decorations") {
    const plugins = v.state.plugins.filter((p) => !p.spec.props?.decorations);
    v.updateState(EditorState.create({ doc: v.state.doc, plugins }));
  }
  // A long paper is held in operative blocks (schema blocks.ts): compare its clauses.
  if (!withoutBlocks(v.state.doc).eq(doc)) throw new Error("the editor does not hold the paper it was given");
  pos = typingPosition(v.state.doc);
  v.focus();
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, pos)));
  await frame();
  return { positions: v.state.doc.content.size, findings: findings().length };
}

function unmount(): void {
  editor?.remove();
  editor = null;
}

/** Every finding the variant shows now (ours: after running pending document rules). */
function findings(): readonly Diagnostic[] | readonly unknown[] {
  const v = view();
  if (variant === "ours") return lintNow(v);
  if (variant === "no-lint" || variant === "no-decorations") return [];
  return naiveLintPluginKey.getState(v.state)!.find();
}

/**
 * Types `warmup + repetitions` characters one after another at the cursor; each is timed from
 * before `view.dispatch` to after a forced layout (offsetHeight), with a painted frame between
 * keystrokes so no work of one leaks into the next.
 */
async function type(repetitions: number, warmup: number): Promise<{ total: number[]; dispatch: number[]; layout: number[]; hover: number[] }> {
  const times: number[] = [];
  const dispatchTimes: number[] = [];
  const layoutTimes: number[] = [];
  const hoverTimes: number[] = [];
  const v = view();
  // Where a mouse resting over the paper would be: Chromium hit-tests that point for hover after
  // each layout, outside the keystroke's own timing (reported apart, not in the budget figure).
  const box = (v.dom as HTMLElement).getBoundingClientRect();
  const hoverX = box.left + box.width / 2;
  const hoverY = Math.max(box.top + 10, Math.min(innerHeight - 10, box.top + box.height / 2));
  const letters = "resolution";
  for (let i = 0; i < warmup + repetitions; i++) {
    await frame();
    const tr = v.state.tr.insertText(letters[i % letters.length]!);
    const t0 = performance.now();
    v.dispatch(tr);
    const t1 = performance.now();
    void (v.dom as HTMLElement).offsetHeight;
    const t2 = performance.now();
    document.elementFromPoint(hoverX, hoverY);
    const t3 = performance.now();
    if (i >= warmup) {
      times.push(t2 - t0);
      dispatchTimes.push(t1 - t0);
      layoutTimes.push(t2 - t1);
      hoverTimes.push(t3 - t2);
    }
  }
  return { total: times, dispatch: dispatchTimes, layout: layoutTimes, hover: hoverTimes };
}

/** Checks after typing: the document, the findings shown, and a fresh full lint of that document. */
function check(): { docText: string; findings: number; freshLint: number; selection: number } {
  const v = view();
  return {
    docText: v.state.doc.textContent,
    findings: findings().length,
    freshLint: new Linter().lint(v.state.doc).length,
    selection: v.state.selection.from,
  };
}

/**
 * The same paragraphs in a plain contenteditable <div>, grouped in 50s like the editor's blocks,
 * each group a layout boundary at its laid-out height as theirs are
 * (packages/editor/src/plugins/block-frames.ts), with the caret in the middle of the middle
 * operative clause's paragraph.
 */
function mountPlain(json: unknown): { host: HTMLElement; text: Text; offset: number } {
  unmount();
  const doc = parseDocumentJSON(json);
  const host = document.createElement("div");
  host.id = "plain-host";
  host.contentEditable = "true";
  host.style.cssText = "white-space: pre-wrap; line-height: 1.5; padding: 1.5rem 2rem; font: 16px serif";
  let group: HTMLElement | null = null;
  let count = 0;
  let target: Text | null = null;
  const middle = typingPosition(doc);
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!group || count++ % 50 === 0) host.append((group = document.createElement("div")));
    const p = document.createElement("p");
    p.textContent = node.textContent;
    group.append(p);
    if (middle > pos && middle <= pos + node.nodeSize) target = p.firstChild as Text;
    return false;
  });
  document.getElementById("stage")!.append(host);
  const groups = [...host.children] as HTMLElement[];
  const heights = groups.map((g) => g.getBoundingClientRect().height);
  groups.forEach((g, i) => {
    g.style.height = `${heights[i]}px`;
    g.style.contain = "size layout";
  });
  if (!target) throw new Error("plainDom: no paragraph at the typing position");
  const text = target as Text;
  const offset = Math.floor(text.length / 2);
  host.focus();
  getSelection()!.collapse(text, offset);
  return { host, text, offset };
}

/** The browser's own cost of one typed character, without ProseMirror (see the header). */
async function plainDom(json: unknown, repetitions: number, warmup: number): Promise<number[]> {
  const { host, text, offset } = mountPlain(json);
  const times: number[] = [];
  for (let i = 0; i < warmup + repetitions; i++) {
    await frame();
    const t0 = performance.now();
    text.insertData(offset + i, "resolution"[i % 10]!);
    getSelection()!.collapse(text, offset + i + 1);
    void host.offsetHeight;
    if (i >= warmup) times.push(performance.now() - t0);
  }
  host.remove();
  return times;
}

/**
 * Mounts a variant for real key presses (bench/run.mjs types through the browser's input
 * pipeline and times each press from Node): "ours" (the element, lint on) or "plain".
 */
async function mountForKeys(json: unknown, which: "ours" | "plain"): Promise<number> {
  if (which === "plain") {
    mountPlain(json);
    await frame();
  } else await mount(json, "ours");
  return typedText().length;
}

/** The text of what is mounted (the editor's document, or the plain host's text). */
function typedText(): string {
  const plain = document.getElementById("plain-host");
  return plain ? plain.textContent! : view().state.doc.textContent;
}

/** The number of textblocks (clauses and continuations) in the mounted editor's paper. */
function textblocks(): number {
  let n = 0;
  view().state.doc.descendants((node) => {
    if (node.isTextblock) n++;
    return !node.isTextblock;
  });
  return n;
}

/** The text length after typing; unmounts. */
function keyResults(): { textLength: number } {
  const result = { textLength: typedText().length };
  document.getElementById("plain-host")?.remove();
  unmount();
  (document.activeElement as HTMLElement | null)?.blur();
  return result;
}

declare global {
  interface Window {
    cwBench: { mount: typeof mount; type: typeof type; check: typeof check; unmount: typeof unmount; plainDom: typeof plainDom; mountForKeys: typeof mountForKeys; keyResults: typeof keyResults; textblocks: typeof textblocks; frame: typeof frame };
  }
}
window.cwBench = { mount, type, check, unmount, plainDom, mountForKeys, keyResults, textblocks, frame };
