/**
 * Moving the keyboard focus to what the studio renders next: after an action the focus goes where
 * the user's next step is (the paper's text, a title, a row), not back to the top of the page.
 */
import { Selection } from "prosemirror-state";
import type { ResolutionEditor } from "@clausewise/editor";

/** The studio element, as far as focusing is concerned: its content, and when its render is done. */
export interface FocusHost extends ParentNode {
  readonly updateComplete: Promise<unknown>;
}

/** Focuses what `pick` finds once the next render is done (the element may be rendered by it). */
export function focusAfterRender(host: FocusHost, pick: () => Element | null | undefined): void {
  void host.updateComplete.then(() => (pick() as HTMLElement | null | undefined)?.focus());
}

/**
 * Puts the caret in the open paper's text once its editor is rendered: at the start of its first
 * clause, or at the end of its last (a new paper's empty operative clause), and focuses it.
 */
export async function focusEditorText(host: FocusHost, at: "start" | "end"): Promise<void> {
  await host.updateComplete;
  const editor = host.querySelector("resolution-editor") as ResolutionEditor | null;
  if (!editor) return;
  await editor.updateComplete;
  const view = editor.editorView;
  if (view) {
    const doc = view.state.doc;
    const place = at === "end" ? Selection.findFrom(doc.resolve(doc.content.size), -1, true) : Selection.findFrom(doc.resolve(0), 1, true);
    if (place) view.dispatch(view.state.tr.setSelection(place).scrollIntoView());
  }
  editor.focus();
}
