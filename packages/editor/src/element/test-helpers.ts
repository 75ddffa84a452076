/** Shared helpers of the browser tests: mounting editors, placing the cursor, reading the paper. */
import { TextSelection } from "prosemirror-state";
import { clauseModel, createDocument, type DocumentInput } from "@clausewise/schema";
import type { ResolutionEditor } from "../index.ts";
import "../index.ts";

export async function mount(input: DocumentInput = {}, attrs: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<ResolutionEditor> {
  const el = document.createElement("resolution-editor");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = createDocument(input).toJSON();
  parent.append(el);
  await el.updateComplete;
  return el;
}

export function view(el: ResolutionEditor) {
  const v = el.editorView;
  if (!v) throw new Error("the editor has no view (not connected?)");
  return v;
}

/** Puts the cursor in the clause at `path`, `offset` characters into its text ("end" for the end). */
export function placeCursor(el: ResolutionEditor, path: string, offset: number | "end" = 0): void {
  const v = view(el);
  const clause = clauseModel(v.state.doc).clauses.find((c) => c.path === path);
  if (!clause) throw new Error(`no clause ${path}`);
  const pos = clause.textFrom + (offset === "end" ? clause.text.length : offset);
  v.focus();
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, pos)));
}

/** The clauses as [path, text] pairs. */
export function clauses(el: ResolutionEditor): [string, string][] {
  return clauseModel(view(el).state.doc).clauses.map((c) => [c.path, c.text]);
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

export function cleanup(): void {
  document.body.replaceChildren();
}
