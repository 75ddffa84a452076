/**
 * Autocomplete of opening phrases at the start of a clause: preambular phrases in the preamble,
 * operative verbs in the operative part (from the phrase lists in @clausewise/rulebook). The plugin
 * holds the suggestion state and handles the keys; the element draws the listbox from that state.
 *
 * Keys while suggestions show: ArrowDown / ArrowUp choose, Enter or Tab accept, Escape dismisses
 * (until the delegate leaves the clause or clears its start).
 */
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { phrases } from "@clausewise/rulebook";
import { isOperativeBlock, schema } from "@clausewise/schema";

export interface AutocompleteState {
  /** Suggestions for the text typed so far; empty when the list is closed. */
  items: readonly string[];
  /** The chosen suggestion. */
  index: number;
  /** The typed prefix to replace: from the start of the clause text to the cursor. */
  from: number;
  to: number;
  /** Start of the clause text where the delegate pressed Escape; no suggestions there until it changes. */
  dismissedAt: number | null;
}

type Action = { type: "move"; delta: number } | { type: "dismiss" };

export const autocompleteKey = new PluginKey<AutocompleteState>("autocomplete");

const closed: AutocompleteState = { items: [], index: 0, from: 0, to: 0, dismissedAt: null };
const MAX_ITEMS = 8;
/** Past this many characters the delegate is writing the clause, not its opening phrase. */
const MAX_PREFIX = 40;
const prefixPattern = /^[\p{L} -]+$/u;

const lists = {
  preamble: [...new Set(phrases.preambular)].sort((a, b) => a.localeCompare(b)),
  operative: [...new Set(phrases.operative)].sort((a, b) => a.localeCompare(b)),
};

/**
 * Words an operative phrase may open with ("Further requests", "Also decides", "Strongly urges"),
 * longest first so "Once again" is tried before a shorter word it starts with. The preamble's
 * lists name its own combinations ("Further recalling", "Deeply concerned").
 */
const operativeModifiers = [...phrases.modifiers.before].sort((a, b) => b.length - a.length);

/**
 * Phrases of a section that start with `prefix` (case-insensitive), excluding an exact match. In
 * the operative part a modifier counts too: "Furth" suggests "Further", "Further req" suggests
 * "Further requests".
 */
export function suggestPhrases(prefix: string, section: "preamble" | "operative", max = MAX_ITEMS): string[] {
  const p = prefix.toLocaleLowerCase();
  if (!p.trim()) return [];
  const out: string[] = [];
  const add = (phrase: string) => {
    if (out.length < max && !out.includes(phrase)) out.push(phrase);
  };
  if (section === "operative") {
    const modifier = operativeModifiers.find((m) => p.startsWith(`${m.toLocaleLowerCase()} `));
    if (modifier) {
      const rest = p.slice(modifier.length + 1).trimStart();
      if (!rest) return [];
      for (const phrase of phrasesStartingWith(rest, section, max)) add(`${modifier} ${phrase[0]!.toLocaleLowerCase()}${phrase.slice(1)}`);
      return out;
    }
    for (const m of operativeModifiers) if (m.toLocaleLowerCase().startsWith(p) && m.toLocaleLowerCase() !== p) add(m);
  }
  for (const phrase of phrasesStartingWith(p, section, max)) add(phrase);
  return out.sort((a, b) => a.localeCompare(b));
}

/** The first `max` phrases of a section, in alphabetical order, that start with a lower-case prefix. */
function phrasesStartingWith(lowerPrefix: string, section: "preamble" | "operative", max: number): string[] {
  const out: string[] = [];
  for (const phrase of lists[section]) {
    const lower = phrase.toLocaleLowerCase();
    if (lower.startsWith(lowerPrefix) && lower !== lowerPrefix) out.push(phrase);
    if (out.length === max) break;
  }
  return out;
}

/** The suggestions for the cursor's place, or null when none apply there. */
function suggestionsAt(state: EditorState): Pick<AutocompleteState, "items" | "from" | "to"> | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const $pos = selection.$from;
  // Only the text of a top-level clause: doc > section > (operative block >) clause > clause_text.
  const top = $pos.depth === 3 || ($pos.depth === 4 && isOperativeBlock($pos.node(2)));
  if (!top || $pos.parent.type !== schema.nodes.clause_text) return null;
  if ($pos.parentOffset === 0 || $pos.parentOffset > MAX_PREFIX) return null;
  const prefix = $pos.parent.textBetween(0, $pos.parentOffset);
  if (!prefixPattern.test(prefix)) return null;
  const section = $pos.node(1).type.name === "preamble" ? "preamble" : "operative";
  const items = suggestPhrases(prefix, section);
  return items.length ? { items, from: $pos.start(), to: $pos.pos } : null;
}

export function autocompletePlugin(): Plugin<AutocompleteState> {
  return new Plugin<AutocompleteState>({
    key: autocompleteKey,
    state: {
      init: () => closed,
      apply(tr, prev, _old, state) {
        const action = tr.getMeta(autocompleteKey) as Action | undefined;
        if (action?.type === "dismiss") return { ...closed, dismissedAt: prev.items.length ? prev.from : state.selection.$from.start() };
        if (action?.type === "move") {
          const n = prev.items.length;
          return n ? { ...prev, index: (prev.index + action.delta + n) % n } : prev;
        }
        if (!tr.docChanged && !tr.selectionSet) return prev;
        let dismissedAt = prev.dismissedAt === null ? null : tr.mapping.map(prev.dismissedAt);
        const $pos = state.selection.$from;
        const stillThere = dismissedAt !== null && $pos.parent.isTextblock && $pos.start() === dismissedAt && $pos.parentOffset > 0;
        if (!stillThere) dismissedAt = null;
        const found = dismissedAt === null && tr.docChanged ? suggestionsAt(state) : null;
        if (!found) {
          // Moving the cursor inside the typed prefix keeps the list; anything else closes it.
          if (prev.items.length && !tr.docChanged) {
            const keep = suggestionsAt(state);
            if (keep) return { ...prev, ...keep, index: Math.min(prev.index, keep.items.length - 1), dismissedAt };
          }
          return dismissedAt === null ? closed : { ...closed, dismissedAt };
        }
        const sameList = prev.items.length && found.items[0] === prev.items[0] && found.items.length === prev.items.length;
        return { ...found, index: sameList ? prev.index : 0, dismissedAt: null };
      },
    },
    props: {
      handleKeyDown(view, event) {
        const value = autocompleteKey.getState(view.state)!;
        if (!value.items.length || event.altKey || event.ctrlKey || event.metaKey) return false;
        switch (event.key) {
          case "ArrowDown":
            view.dispatch(view.state.tr.setMeta(autocompleteKey, { type: "move", delta: 1 }));
            return true;
          case "ArrowUp":
            view.dispatch(view.state.tr.setMeta(autocompleteKey, { type: "move", delta: -1 }));
            return true;
          case "Enter":
          case "Tab":
            if (event.shiftKey) return false;
            return acceptSuggestion(view.state, view.dispatch);
          case "Escape":
            view.dispatch(view.state.tr.setMeta(autocompleteKey, { type: "dismiss" }));
            return true;
          default:
            return false;
        }
      },
    },
  });
}

/** Replaces the typed prefix with the chosen phrase and a space. */
export function acceptSuggestion(state: EditorState, dispatch?: (tr: Transaction) => void, index?: number): boolean {
  const value = autocompleteKey.getState(state);
  const phrase = value?.items[index ?? value.index];
  if (!value || !phrase) return false;
  if (dispatch) {
    const tr = state.tr.insertText(`${phrase} `, value.from, value.to);
    tr.setSelection(TextSelection.create(tr.doc, value.from + phrase.length + 1));
    // After a modifier ("Further ") the phrase is still to come: leave the list free to open.
    if (!operativeModifiers.includes(phrase)) tr.setMeta(autocompleteKey, { type: "dismiss" });
    dispatch(tr.scrollIntoView());
  }
  return true;
}

/** Moves the choice (used by the element for clicks and tests). */
export function moveSuggestion(view: EditorView, delta: number): void {
  view.dispatch(view.state.tr.setMeta(autocompleteKey, { type: "move", delta }));
}
