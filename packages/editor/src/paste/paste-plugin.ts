/**
 * Copy, cut and paste. A paste is read before ProseMirror parses the clipboard's HTML: a slice
 * copied in an editor comes back from its JSON (slice.ts), anything else is read as text
 * (readClipboard) and inserted as text or as clauses placed at the caret (insert.ts), never as
 * foreign DOM. A copy writes ProseMirror's HTML (with its data-pm-slice, for other editors), the
 * slice's JSON, and plain text with the derived numbers, labels and end punctuation (copy.ts).
 * Over a select-all, a paste (and typed text) replaces the clauses and keeps the heading.
 */
import { Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { DOMSerializer, type Slice } from "prosemirror-model";
import type { EditorView } from "prosemirror-view";
import { pastedClauses, readClipboard, type PastedHeading } from "./clipboard.ts";
import { clampHeading, type HeadingAttrs } from "@clausewise/schema";
import { clearPaper, clearSelectedClause, coversPaper, deleteSelectionForPaste, insertPasted, onlyStarted, pasteSection } from "./insert.ts";
import { clauseTextOf } from "@clausewise/formats";
import { inlineSlice, isInlineSlice, readSliceMeta, sliceMeta, sliceToPasted, type Copied } from "./slice.ts";
import { clipboardText } from "./copy.ts";
import { sliceParas } from "./split.ts";
import { asOwnUndoStep } from "../plugins/undo-steps.ts";

export const pastePluginKey = new PluginKey("clause-paste");

/** The HTML of a copied slice as ProseMirror writes it (serializeForClipboard, data-pm-slice). */
function sliceHtml(view: EditorView, slice: Slice): string {
  const context: unknown[] = [];
  let { content, openStart, openEnd } = slice;
  while (openStart > 1 && openEnd > 1 && content.childCount === 1 && content.firstChild!.childCount === 1) {
    openStart--;
    openEnd--;
    const node = content.firstChild!;
    context.push(node.type.name, node.attrs !== (node.type as unknown as { defaultAttrs: unknown }).defaultAttrs ? node.attrs : null);
    content = node.content;
  }
  const doc = document.implementation.createHTMLDocument("title");
  const wrap = doc.createElement("div");
  wrap.appendChild(DOMSerializer.fromSchema(view.state.schema).serializeFragment(content, { document: doc }));
  const first = wrap.firstElementChild;
  if (first) first.setAttribute("data-pm-slice", `${openStart} ${openEnd} ${JSON.stringify(context)}`);
  return wrap.innerHTML;
}

function copy(view: EditorView, event: ClipboardEvent, cut: boolean): boolean {
  const { selection } = view.state;
  if (selection.empty || !event.clipboardData || (cut && !view.editable)) return false;
  const slice = selection.content();
  event.preventDefault();
  const data = event.clipboardData;
  data.clearData();
  data.setData("text/html", sliceMeta(view.state.doc, selection.from, selection.to) + sliceHtml(view, slice));
  data.setData("text/plain", clipboardText(view.state));
  if (cut) {
    const tr = view.state.tr;
    if (coversPaper(selection)) clearPaper(tr);
    else tr.deleteSelection();
    view.dispatch(asOwnUndoStep(tr.scrollIntoView().setMeta("uiEvent", "cut")));
  }
  return true;
}

/** A slice copied in an editor, at the selection: inline text as it is, clauses placed. */
function pasteSlice(tr: Transaction, copied: Copied): void {
  const { slice } = copied;
  if (isInlineSlice(slice)) {
    if (tr.selection.$from.parent.isTextblock) tr.replaceSelection(inlineSlice(slice));
    else tr.replaceSelectionWith(tr.doc.type.schema.text(slice.content.textBetween(0, slice.content.size)));
    tr.scrollIntoView();
    return;
  }
  insertPasted(tr, sliceToPasted(copied), { kind: "slice", paras: sliceParas(copied.slice, copied.level, copied.wholeStart, copied.wholeEnd, copied.after, copied.before) });
}

/**
 * A whole paper pasted (a draft from Word into a new paper) brings its heading lines: each
 * heading field still empty takes the pasted value; a field already filled in keeps its own.
 */
function fillEmptyHeadingFields(tr: Transaction, pasted: PastedHeading): void {
  const current = tr.doc.firstChild!.attrs as HeadingAttrs;
  const filled: Partial<HeadingAttrs> = {};
  if (!current.code && pasted.code) filled.code = pasted.code;
  if (!current.topic && pasted.topic) filled.topic = pasted.topic;
  if (current.sponsors.length === 0 && pasted.sponsors.length > 0) filled.sponsors = pasted.sponsors;
  if (current.signatories.length === 0 && pasted.signatories.length > 0) filled.signatories = pasted.signatories;
  if (Object.keys(filled).length > 0) tr.setNodeMarkup(0, undefined, clampHeading({ ...current, ...filled }));
}

export function pastePlugin(committee: () => string | undefined = () => undefined): Plugin {
  return new Plugin({
    key: pastePluginKey,
    props: {
      // Typing over a select-all (an AllSelection, heading leaf included): ProseMirror's own
      // replacement refills the document and loses the first character. The clauses give way to
      // one clause holding the typed text; the heading stays.
      handleTextInput(view, _from, _to, text) {
        if (!coversPaper(view.state.selection)) return false;
        view.dispatch(clearPaper(view.state.tr).insertText(text).scrollIntoView());
        return true;
      },
      // Dragged text, and any copy ProseMirror serialises itself.
      clipboardTextSerializer: (_slice, view) => clipboardText(view.state),
      handleDOMEvents: {
        copy: (view, event) => copy(view, event, false),
        cut: (view, event) => copy(view, event, true),
        paste(view, event) {
          if (!view.editable || !event.clipboardData) return false;
          event.preventDefault();
          const html = event.clipboardData.getData("text/html");
          const plain = event.clipboardData.getData("text/plain");
          const tr = view.state.tr;
          // Over a select-all, the paste replaces the clauses (the heading stays), as typing does.
          if (coversPaper(tr.selection)) clearPaper(tr);
          clearSelectedClause(tr);
          const slice = html ? readSliceMeta(html) : null;
          if (slice) pasteSlice(tr, slice);
          else {
            const content = readClipboard(html, plain, committee());
            if (!content) return true;
            if (content.kind !== "text") {
              // Into a paper only started (a template's one preambular clause, no operative text),
              // a whole paper takes the clauses' place, as over a select-all; undo brings them back.
              if (content.kind === "paper" && content.preamble.length > 0 && onlyStarted(tr.doc)) clearPaper(tr);
              deleteSelectionForPaste(tr);
              const pasted = pastedClauses(content, pasteSection(tr.selection.$from));
              // Paragraphs read from text may split the clause at the caret (split.ts).
              const section = pasteSection(tr.selection.$from);
              const first = content.kind === "paragraphs" ? content.paragraphs[section === "preamble" ? 0 : pasted.preamble.length] : undefined;
              insertPasted(tr, pasted, first ? { kind: "text", firstLabelled: first.label !== null } : undefined);
              // Last: ProseMirror's history lost the heading's step when a replacement of every
              // clause came after it in the same transaction (one undo left the pasted heading).
              if (content.kind === "paper") fillEmptyHeadingFields(tr, content.heading);
            } else if (tr.selection.$from.parent.isTextblock) {
              // A line pasted into an empty clause is the clause: its end punctuation is derived.
              const { $from, empty } = tr.selection;
              const text = empty && $from.parent.content.size === 0 ? clauseTextOf(content.text) : content.text;
              if (text) tr.insertText(text).scrollIntoView();
            }
            // A selection that is no text (a selected node): the text replaces it where it fits.
            else tr.replaceSelectionWith(view.state.schema.text(content.text)).scrollIntoView();
          }
          view.dispatch(asOwnUndoStep(tr.setMeta("uiEvent", "paste")));
          return true;
        },
      },
    },
  });
}
