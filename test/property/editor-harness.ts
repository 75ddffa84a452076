/**
 * The `<resolution-editor>`'s editing machinery without a DOM: an EditorState with exactly the
 * plugins the element installs (same order), and a stand-in view through which keys and pastes go
 * the way the real view sends them: each plugin's handleKeyDown in priority order, then what the
 * browser would do natively when no plugin took the key (delete a character, nothing for Tab).
 *
 * Only what the commands read from a view is provided (state, dispatch, editable,
 * endOfTextblock); everything else about the view is irrelevant to the document.
 */
import { EditorState, TextSelection, type Plugin, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { history } from "prosemirror-history";
import type { Node } from "prosemirror-model";
import { Linter } from "@clausewise/lint";
// The editor's own modules, as the element imports them (the package entry would define the
// custom element, which needs a DOM).
import { editorPlugins } from "../../packages/editor/src/plugins/editor-plugins.ts";
import { deferredRanges, documentLintTransaction, getDiagnostics } from "../../packages/editor/src/lint/index.ts";

export { deferredRanges, getDiagnostics, documentLintTransaction };

/** The element's plugin list (the same function `<resolution-editor>` calls). */
export function elementPlugins(linter: Linter, committee: () => string): Plugin[] {
  return editorPlugins({ committee, lint: { source: linter, enabled: true } });
}

export type Key =
  | "Enter"
  | "Tab"
  | "Shift-Tab"
  | "Backspace"
  | "Delete"
  | "Alt-ArrowUp"
  | "Alt-ArrowDown"
  | "Mod-z"
  | "Mod-y";

interface FakeKeyEvent {
  type: "keydown";
  key: string;
  keyCode: number;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

const keyCodes: Record<string, number> = { Enter: 13, Tab: 9, Backspace: 8, Delete: 46, ArrowUp: 38, ArrowDown: 40, z: 90, y: 89 };

function keyEvent(key: Key): FakeKeyEvent {
  const parts = key.split("-");
  const name = parts[parts.length - 1]!;
  return {
    type: "keydown",
    key: name,
    keyCode: keyCodes[name] ?? 0,
    shiftKey: parts.includes("Shift"),
    altKey: parts.includes("Alt"),
    // Node has no navigator.platform saying Mac, so prosemirror-keymap reads Mod as Ctrl.
    ctrlKey: parts.includes("Mod"),
    metaKey: false,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A headless stand-in for the element's EditorView. */
export class HeadlessEditor {
  state: EditorState;
  readonly linter = new Linter();
  /** How many transactions were dispatched (for the report). */
  transactions = 0;

  constructor(doc: Node) {
    this.state = EditorState.create({ doc, plugins: elementPlugins(this.linter, () => this.committee) });
  }

  get committee(): string {
    return String(this.state.doc.firstChild!.attrs.committee);
  }

  /** What the commands and plugins may read from a view. */
  private get view(): EditorView {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      get state() {
        return self.state;
      },
      dispatch: (tr: Transaction) => self.dispatch(tr),
      editable: true,
      composing: false,
      // joinBackward / joinForward ask whether the cursor is at the edge of its textblock.
      endOfTextblock(dir: string, state?: EditorState) {
        const $head = (state ?? self.state).selection.$head;
        if (!$head.parent.isTextblock) return true;
        return dir === "backward" || dir === "left" || dir === "up" ? $head.parentOffset === 0 : $head.parentOffset === $head.parent.content.size;
      },
    } as unknown as EditorView;
  }

  dispatch(tr: Transaction): void {
    this.transactions++;
    // As the element does: view.updateState(view.state.apply(tr)) (apply runs appendTransaction).
    this.state = this.state.apply(tr);
  }

  /** A key press: plugins' handleKeyDown in order, else the browser's native behaviour. */
  press(key: Key): boolean {
    const event = keyEvent(key);
    const view = this.view;
    for (const plugin of this.state.plugins) {
      const handler = plugin.props.handleKeyDown;
      if (handler && handler.call(plugin, view, event as unknown as KeyboardEvent)) return true;
    }
    // Native editing when no plugin took the key.
    const { selection } = this.state;
    if (key === "Backspace" || key === "Delete") {
      if (!selection.empty) {
        this.dispatch(this.state.tr.deleteSelection());
        return true;
      }
      const $pos = selection.$head;
      if (!$pos.parent.isTextblock) return false;
      if (key === "Backspace" && $pos.parentOffset > 0) {
        const before = $pos.parent.textBetween(0, $pos.parentOffset);
        const width = before.length >= 2 && /[\uDC00-\uDFFF]/.test(before.at(-1)!) ? 2 : 1;
        this.dispatch(this.state.tr.delete($pos.pos - width, $pos.pos));
        return true;
      }
      if (key === "Delete" && $pos.parentOffset < $pos.parent.content.size) {
        const after = $pos.parent.textBetween($pos.parentOffset, $pos.parent.content.size);
        const width = after.length >= 2 && /[\uD800-\uDBFF]/.test(after[0]!) ? 2 : 1;
        this.dispatch(this.state.tr.delete($pos.pos, $pos.pos + width));
        return true;
      }
    }
    return false; // Tab moves focus, Alt-arrows and the rest do nothing to the text
  }

  /** Typing: what the view does with text input (insertText over the selection). */
  type(text: string): boolean {
    const { $from } = this.state.selection;
    if (!$from.parent.isTextblock || !$from.parent.inlineContent) return false;
    this.dispatch(this.state.tr.insertText(text));
    return true;
  }

  /** A paste of plain text (and optionally HTML) through the element's paste plugin. */
  paste(plain: string, html = ""): boolean {
    const plugin = this.state.plugins.find((p) => p.props.handleDOMEvents?.paste);
    if (!plugin) throw new Error("the paste plugin is not installed");
    const event = {
      clipboardData: { getData: (type: string) => (type === "text/plain" ? plain : type === "text/html" ? html : "") },
      preventDefault() {},
    };
    return !!plugin.props.handleDOMEvents!.paste!.call(plugin, this.view, event as unknown as ClipboardEvent);
  }

  /** Places the cursor (or a range) at fractions of the list of textblock positions. */
  select(anchorAt: number, headAt: number | null, offsetA: number, offsetB: number): void {
    const blocks: { from: number; size: number }[] = [];
    this.state.doc.descendants((node, pos) => {
      if (node.isTextblock) {
        blocks.push({ from: pos + 1, size: node.content.size });
        return false;
      }
      return true;
    });
    const at = (f: number, o: number) => {
      const b = blocks[Math.min(blocks.length - 1, Math.floor(f * blocks.length))]!;
      return b.from + Math.min(b.size, Math.floor(o * (b.size + 1)));
    };
    const anchor = at(anchorAt, offsetA);
    const head = headAt === null ? anchor : at(headAt, offsetB);
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, anchor, head)));
  }

  /** A heading field changed in the element's inputs (setHeading: one transaction). */
  setHeading(patch: Record<string, unknown>): void {
    const next = { ...this.state.doc.firstChild!.attrs, ...patch };
    this.dispatch(this.state.tr.setNodeMarkup(0, undefined, next));
  }

  /** The state with the debounced document rules run, as the element's timer or lintNow does. */
  flushed(): EditorState {
    return this.state.apply(documentLintTransaction(this.state));
  }
}

export { history };
