/**
 * `<resolution-editor>`: a Lit element hosting a ProseMirror view in its shadow root. The view
 * edits the clause tree (structure commands, paste, autocomplete, derived numbering); the heading
 * is edited in ordinary inputs above the paper, through transactions, so undo covers it; findings
 * come from the lint plugin (src/lint) and show as underlines, cards and a panel.
 *
 * The element is form-associated: with `name` its form value is the canonical text, and with
 * `required` it is invalid while error findings remain.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { EditorState, type Plugin, type Transaction } from "prosemirror-state";
import { ReplaceStep } from "prosemirror-transform";
import { EditorView, type MarkView } from "prosemirror-view";
import { undoDepth, redoDepth, closeHistory } from "prosemirror-history";
import { DOMSerializer, type Mark, type Node } from "prosemirror-model";
import { createDocument, parseDocumentJSON, organLineFor, DocumentError, clampHeading, HEADING_LIMITS, withBlocks, withoutBlocks, flatPositions, type CommentAttrs, type HeadingAttrs } from "@clausewise/schema";
import { committees, findCommittee } from "@clausewise/rulebook";
import { Linter, countDiagnostics, type Diagnostic, type DiagnosticCounts } from "@clausewise/lint";
import { exportText, importText } from "@clausewise/formats";
import { lintPluginKey, lintStyles, getDiagnostics, lintNow as flushLint, setLintEnabled, applyAllFixes, revealDiagnostic, focusView, FindingsPanel } from "../lint/index.ts";
// Defines <cw-findings-panel>; imported for that side effect so that bundlers keep it.
import "../lint/panel.ts";
import { editorActions, describeKeys } from "../structure/keymap.ts";
import { editorPlugins } from "../plugins/editor-plugins.ts";
import { TAB_ESCAPE_HINT } from "../plugins/tab-in-paper.ts";
import { autocompleteKey, acceptSuggestion } from "../plugins/autocomplete.ts";
import { isCompilation } from "../plugins/block-frames.ts";
import { addCommentTransaction, removeCommentTransaction, listComments, type CommentInput, type EditorComment } from "../comments.ts";
import { paperStyles } from "./paper-styles.ts";
import { elementStyles } from "./element-styles.ts";
import { countOf } from "../lint/labels.ts";
import { headingFieldPatch } from "./heading-fields.ts";

export type EditorMode = "draft" | "review";

export interface DiagnosticsChangeDetail {
  diagnostics: readonly Diagnostic[];
  counts: DiagnosticCounts;
}

export interface ResolutionChangeDetail {
  /** Increases by one with every change of the document. Read `value` or `text` for the content. */
  version: number;
}

/** How long after the last edit the form value (the canonical text) is brought up to date. */
const FORM_VALUE_DELAY = 250;
const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform ?? "");

let instances = 0;

/**
 * The document with its heading's committee as a profile id ("HRC" becomes "hrc"). An unknown
 * committee is refused: the rules could not be chosen for it.
 */
const toolbarActions = editorActions.filter((a) => a.toolbar);
const historyActions = new Set(["undo", "redo"]);

/**
 * True when a transaction only replaced text inside the textblock that held the selection, and
 * the selection is still in that textblock: the clause tree around the cursor is unchanged.
 */
function typedInPlace(before: EditorState, tr: Transaction, after: EditorState): boolean {
  if (!tr.docChanged) return false;
  const { $from } = before.selection;
  if (!$from.parent.isTextblock || !$from.sameParent(before.selection.$to)) return false;
  const start = $from.start();
  const end = $from.end();
  let low = start;
  let high = end;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    if (!(step instanceof ReplaceStep) || step.slice.openStart !== 0 || step.slice.openEnd !== 0) return false;
    let inline = true;
    step.slice.content.forEach((n) => (inline &&= n.isInline));
    if (!inline || step.from < low || step.to > high) return false;
    const map = step.getMap();
    low = map.map(low, -1);
    high = map.map(high, 1);
  }
  const $after = after.selection.$from;
  return $after.parent.isTextblock && $after.start() === low && after.selection.to <= high;
}

/**
 * Commented text: the schema's `<mark>`, with the comment (and its author) as its tooltip. The
 * card shows it, for the keyboard and screen readers too, at the cursor (lint/card-controller.ts).
 */
function commentView(mark: Mark): MarkView {
  const { dom, contentDOM } = DOMSerializer.renderSpec(document, mark.type.spec.toDOM!(mark, true)) as MarkView;
  const { author, body } = mark.attrs as CommentAttrs;
  dom.title = `Comment${author ? ` by ${author}` : ""}: ${body}`;
  return { dom, contentDOM };
}

function withKnownCommittee(doc: Node): Node {
  const heading = doc.firstChild!;
  const committee = (heading.attrs as HeadingAttrs).committee;
  const profile = findCommittee(committee);
  if (!profile) {
    throw new DocumentError(
      `unknown committee "${committee}" (known: ${committees.map((c) => c.id).join(", ")})`,
      "content[0].attrs.committee",
    );
  }
  if (profile.id === committee) return doc;
  const fixed = heading.type.create({ ...heading.attrs, committee: profile.id });
  return doc.copy(doc.content.replaceChild(0, fixed));
}

export class ResolutionEditor extends LitElement {
  static formAssociated = true;
  static override styles = [paperStyles, lintStyles, elementStyles];
  static override properties = {
    committee: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    mode: { type: String, reflect: true },
    lint: { type: String, reflect: true },
    name: { type: String, reflect: true },
    required: { type: Boolean, reflect: true },
    renderAll: { type: Boolean, reflect: true, attribute: "render-all" },
  };

  /** `aria-label` names the paper's textbox (textboxAttributes): watched so that a later change renames it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, "aria-label"];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === "aria-label" && old !== value) this.view?.setProps({});
  }

  /** Committee profile id (`hrc`, `sc`, …): sets the heading's committee, the organ line and the rules. */
  committee = "hrc";
  /** No editing at all (the text can still be selected and copied). */
  readonly = false;
  /** `draft` edits; `review` shows the text read-only with findings and comments. */
  mode: EditorMode = "draft";
  /** `on` (default) or `off`. */
  lint: "on" | "off" = "on";
  /** Form field name: with it, the canonical text is submitted with the form. */
  name = "";
  /** When set, the element is invalid while error findings remain. */
  required = false;
  /**
   * Render every clause of a compilation (over 1,000 operative clauses) even off-screen, so the
   * whole paper stays in the accessibility tree; typing in it then costs Chromium about 6 ms per
   * 1,000 clauses per key press. Without it, off-screen blocks of such papers skip rendering.
   */
  renderAll = false;

  private readonly internals: ElementInternals;
  private readonly linter = new Linter();
  private readonly uid = `re${++instances}`;
  private editorState: EditorState;
  private view: EditorView | null = null;
  /** The document restored by a form reset: the last one given through `value` or `text`. */
  private defaultDoc: Node;
  private version = 0;
  private formTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the pending form value update is due (see scheduleFormValue). */
  private formDue = 0;
  /** A compilation's form value waits for a reason to be brought up to date (scheduleFormValue). */
  private formStale = false;
  /** The canonical text last given to the form, to find it in a form's entries. */
  private formText = "";
  /** The form this element belongs to, listened to for `formdata`. */
  private formOwner: HTMLFormElement | null = null;
  private formDisabled = false;
  private lastDiagnosticsKey = "";
  private chromeKey = "";
  /** Which toolbar actions applied at the last refresh, one "1"/"0" per toolbar action. */
  private chromeEnabled: string | null = null;
  private renderedHeading: Node | null = null;
  /** The toolbar button that takes the toolbar's tab stop. */
  private toolbarFocus = "";
  /**
   * The text of the heading field being typed in, as typed. Each keystroke commits the field (so
   * a host saving on `resolution-change` never misses it), but the committed value is normalized
   * ("France, " is the list ["France"]); showing that back mid-typing would eat the comma. The
   * field shows its own text until it loses focus or a new document is loaded.
   */
  private headingDraft: { id: string; text: string } | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A blank paper starts in the preamble, as a resolution does: Enter on its empty last clause
    // then leads to the first operative clause. (With no preambular clause, a delegate typing
    // "Recalling …" went straight into operative clause 1.)
    this.defaultDoc = createDocument({ heading: { committee: this.committee }, preamble: [""] });
    this.editorState = this.createState(this.defaultDoc);
    this.adoptEarlyProperties();
  }

  /**
   * A page may set `value` or `text` on the element before the script defining it has loaded; the
   * value then sits on the instance and would hide the accessors. Take it over through them.
   */
  private adoptEarlyProperties(): void {
    for (const key of ["value", "text"] as const) {
      if (!Object.prototype.hasOwnProperty.call(this, key)) continue;
      const early = (this as Record<string, unknown>)[key];
      delete (this as Record<string, unknown>)[key];
      try {
        (this as Record<string, unknown>)[key] = early;
      } catch (error) {
        console.error(`<resolution-editor>: the ${key} set before the element was defined was refused:`, error);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Public API

  /** The document as JSON (ProseMirror's `doc.toJSON()` form). Validated when set: throws DocumentError and keeps the current document on bad input. */
  get value(): unknown {
    return withoutBlocks(this.currentState.doc).toJSON();
  }
  set value(json: unknown) {
    const doc = parseDocumentJSON(json);
    this.load(withKnownCommittee(doc));
  }

  /** The canonical plain text of the paper; setting it imports text with the tolerant importer. */
  get text(): string {
    return exportText(this.currentState.doc);
  }
  set text(text: string) {
    if (typeof text !== "string") throw new TypeError("text must be a string");
    const { doc } = importText(text, { committee: this.currentCommittee });
    this.load(doc);
  }

  /** The current findings (read-only), in the same shape as the CLI's JSON diagnostics. */
  get diagnostics(): readonly Diagnostic[] {
    if (this.lint === "off") return [];
    if (this.view) return this.inPaperPositions(getDiagnostics(this.view.state));
    // Before the view exists the state's lint plugin has already linted the document (a value
    // just set): read its findings rather than lint the paper a second time.
    const linted = lintPluginKey.getState(this.editorState);
    if (linted?.enabled && !linted.documentStale) return this.inPaperPositions(getDiagnostics(this.editorState));
    return this.inPaperPositions(this.linter.lint(this.editorState.doc));
  }

  /** Reviewers' comments in document order. */
  get comments(): EditorComment[] {
    const doc = this.currentState.doc;
    const toFlat = flatPositions(doc);
    const list = listComments(doc);
    return toFlat ? list.map((c) => ({ ...c, from: toFlat(c.from), to: toFlat(c.to) })) : list;
  }

  /**
   * Findings with positions in the paper as `value` gives it: a long paper is held in blocks
   * inside the editor (schema blocks.ts), which shift its internal positions.
   */
  private inPaperPositions(list: readonly Diagnostic[]): readonly Diagnostic[] {
    const toFlat = flatPositions(this.currentState.doc);
    if (!toFlat) return list;
    return list.map((d) => ({
      ...d,
      from: toFlat(d.from),
      to: toFlat(d.to),
      fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, from: toFlat(e.from), to: toFlat(e.to) })) })),
    }));
  }

  /** The ProseMirror view, for advanced hosts (null while the element is not connected). */
  get editorView(): EditorView | null {
    return this.view;
  }

  /** Focuses the paper's text (a read-only or review paper's too, which ProseMirror's focus() leaves alone). */
  override focus(options?: FocusOptions): void {
    if (this.view) focusView(this.view);
    else super.focus(options);
  }

  /** Runs any pending lint work now and returns every finding. */
  lintNow(): readonly Diagnostic[] {
    if (this.lint === "off") return [];
    if (!this.view) return this.inPaperPositions(this.linter.lint(this.editorState.doc));
    const found = this.inPaperPositions(flushLint(this.view));
    this.reportDiagnostics(found);
    return found;
  }

  /**
   * Applies the first fix of every format and style finding in one undoable step (mandate fixes
   * change what a clause asks for and stay one at a time), in passes re-linted between them.
   * Returns how many findings were fixed and how many are still fixable after the last pass.
   * Does nothing when read-only.
   */
  fixAll(): { applied: number; left: number } {
    if (this.lint === "off" || !this.view) return { applied: 0, left: 0 };
    const result = applyAllFixes(this.view);
    if (result.applied > 0) this.lintNow();
    return result;
  }

  /**
   * Selects a finding (one of `diagnostics`, or of a `diagnostics-change` event's), scrolls it into
   * view, focuses the text and opens the finding's card with its fixes: for hosts that list the
   * findings themselves. False when the finding is no longer in the paper (or linting is off).
   */
  revealFinding(diagnostic: Diagnostic): boolean {
    return this.lint !== "off" && !!this.view && revealDiagnostic(this.view, diagnostic);
  }

  /**
   * Adds a comment on the selection (or, with `clauseId`, on that clause's text; with a bare cursor,
   * on the text of the clause it is in). Works in review mode. Returns the comment's id.
   */
  addComment(input: CommentInput): string {
    const { tr, id } = addCommentTransaction(this.currentState, input);
    this.dispatch(tr);
    return id;
  }

  /** Removes a comment; returns false when there is none with that id. */
  removeComment(id: string): boolean {
    const tr = removeCommentTransaction(this.currentState, id);
    if (tr) this.dispatch(tr);
    return tr !== null;
  }

  // Form association -------------------------------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  // A reset (a button, form.reset()) and the browser's restore change the paper without the host
  // asking: they fire resolution-change, so that a host saving on it keeps what is shown.
  formResetCallback(): void {
    this.replaceState(this.defaultDoc, true);
  }
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== "string") return;
    try {
      // As `value` loads a document (a long paper held in blocks, a known committee), keeping the reset copy.
      this.replaceState(withBlocks(withKnownCommittee(parseDocumentJSON(state))), true);
    } catch {
      // A restored state that no longer validates is ignored: the current document stays.
    }
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.view?.setProps({});
    this.requestUpdate(); // toolbar and heading inputs follow
  }

  // -------------------------------------------------------------------------------------------
  // State

  private get currentState(): EditorState {
    return this.view?.state ?? this.editorState;
  }

  private get heading(): HeadingAttrs {
    return this.currentState.doc.firstChild!.attrs as HeadingAttrs;
  }

  private get currentCommittee(): string {
    return this.heading.committee;
  }

  private get editable(): boolean {
    return !this.readonly && this.mode !== "review" && !this.formDisabled;
  }

  private plugins(): Plugin[] {
    return editorPlugins({
      committee: () => this.currentCommittee,
      lint: {
        source: this.linter,
        enabled: this.lint !== "off",
        onDiagnostics: (diagnostics) => this.reportDiagnostics(this.inPaperPositions(diagnostics)),
      },
    });
  }

  private createState(doc: Node): EditorState {
    return EditorState.create({ doc, plugins: this.plugins() });
  }

  /** A document given through `value` or `text`: it becomes the reset value too. */
  private load(doc: Node): void {
    // A long paper is held in blocks (schema blocks.ts); `value` gives it back flat.
    const held = withBlocks(doc);
    this.defaultDoc = held;
    this.headingDraft = null;
    this.replaceState(held);
  }

  /** Loads a document (value, text, form reset, state restore); `notify` for those the host did not ask for. */
  private replaceState(doc: Node, notify = false): void {
    const state = this.createState(doc);
    if (this.view) {
      this.view.updateState(state);
      // A new state brings new plugin instances, so ProseMirror rebuilds the plugin views and the
      // panel's subscription to the old lint view is gone: hand it the view again.
      // (Note for src/lint: subscribeDiagnostics could survive plugin-view rebuilds.)
      this.attachPanel();
    } else this.editorState = state;
    this.afterDocumentChange(notify);
    this.updateFormValue();
    this.refreshChrome();
  }

  private dispatch = (tr: Transaction): void => {
    if (!this.view) {
      this.editorState = this.editorState.apply(tr);
      if (tr.docChanged) this.afterDocumentChange(true);
      return;
    }
    const before = this.view.state;
    this.view.updateState(before.apply(tr));
    if (tr.docChanged) this.afterDocumentChange(true);
    // Typing inside the textblock the cursor was already in cannot change which structural
    // commands apply (they depend on the clause tree, not its text): skip evaluating them.
    if (typedInPlace(before, tr, this.view.state)) this.refreshChrome(true, true);
    else this.refreshChrome();
  };

  private afterDocumentChange(notify: boolean): void {
    this.version++;
    const heading = this.currentState.doc.firstChild!;
    if (heading !== this.renderedHeading) {
      // The heading fields and the organ line show it: re-render (not on every keystroke).
      this.renderedHeading = heading;
      if (this.currentCommittee !== this.committee) this.committee = this.currentCommittee;
      this.requestUpdate();
    }
    this.scheduleFormValue();
    if (notify) {
      this.dispatchEvent(
        new CustomEvent<ResolutionChangeDetail>("resolution-change", { bubbles: true, composed: true, detail: { version: this.version } }),
      );
    }
  }

  /** Re-renders the toolbar, heading and suggestions only when something they show changed. */
  private refreshChrome(render = true, sameStructure = false): void {
    const state = this.currentState;
    const ac = autocompleteKey.getState(state);
    const previous = this.chromeEnabled;
    const enabled = toolbarActions
      .map((a, i) => (sameStructure && previous && !historyActions.has(a.id) ? previous[i] : a.command(state) ? "1" : "0"))
      .join("");
    this.chromeEnabled = enabled;
    const key = `${enabled}|${undoDepth(state)> 0}|${redoDepth(state) > 0}|${ac?.items.join("/")}|${ac?.index}|${ac?.from}`;
    if (key !== this.chromeKey) {
      this.chromeKey = key;
      if (render) this.requestUpdate();
    }
  }

  private reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
    const key = diagnostics.map((d) => `${d.ruleId}@${d.from}-${d.to}:${d.severity}`).join("|");
    this.updateValidity(diagnostics);
    if (key === this.lastDiagnosticsKey) return;
    this.lastDiagnosticsKey = key;
    this.dispatchEvent(
      new CustomEvent<DiagnosticsChangeDetail>("diagnostics-change", {
        bubbles: true,
        composed: true,
        detail: { diagnostics, counts: countDiagnostics(diagnostics) },
      }),
    );
    this.requestUpdate();
  }

  // Form value and validity -------------------------------------------------------------------

  /**
   * The form value follows FORM_VALUE_DELAY ms after the last change. A keystroke only pushes the
   * deadline; the timer, when it fires early, waits out the rest. Clearing and setting a timer on
   * every keystroke cost ~0.03 ms of each keystroke in Chromium.
   */
  private scheduleFormValue(): void {
    // Serialising a compilation takes tens of milliseconds (~50 ms at 5,000 clauses), which would
    // hold up a key pressed just after a pause in typing: its value is brought up to date when
    // the editor loses focus, when its form collects its entries (formdata), and before the page
    // is hidden (for the browser's state restore) instead.
    if (isCompilation(this.currentState)) {
      this.formStale = true;
      return;
    }
    this.formDue = performance.now() + FORM_VALUE_DELAY;
    if (this.formTimer === null) this.formTimer = setTimeout(this.formTimerFired, FORM_VALUE_DELAY);
  }

  private formTimerFired = (): void => {
    const wait = this.formDue - performance.now();
    if (wait > 0) this.formTimer = setTimeout(this.formTimerFired, wait);
    else this.updateFormValue();
  };

  /** Brings the form value up to date now (after a delay while typing, and on blur). */
  private updateFormValue(): void {
    if (this.formTimer !== null) clearTimeout(this.formTimer);
    this.formTimer = null;
    this.formStale = false;
    const doc = this.currentState.doc;
    this.formText = exportText(doc);
    this.internals.setFormValue(this.formText, JSON.stringify(withoutBlocks(doc).toJSON()));
    this.updateValidity(this.lint === "off" ? [] : this.diagnostics);
  }

  /** The form's entries were collected with the value as it stood: put the current text in. */
  private onFormData = (event: FormDataEvent): void => {
    const pending = this.formStale || this.formTimer !== null;
    if (!pending || !this.name || this.formDisabled) return;
    const stale = this.formText;
    this.updateFormValue();
    const entries = event.formData.getAll(this.name);
    const mine = entries.indexOf(stale);
    if (mine < 0) return;
    entries[mine] = this.formText;
    event.formData.delete(this.name);
    for (const entry of entries) event.formData.append(this.name, entry);
  };

  private onPageHide = (): void => {
    if (this.formStale) this.updateFormValue();
  };

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.formOwner?.removeEventListener("formdata", this.onFormData);
    this.formOwner = form;
    form?.addEventListener("formdata", this.onFormData);
  }

  private updateValidity(diagnostics: readonly Diagnostic[]): void {
    const anchor = (this.view?.dom as HTMLElement | undefined) ?? undefined;
    if (!this.required) return this.internals.setValidity({});
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (errors > 0) {
      const message = `${countOf(errors, "error finding")} must be resolved before submitting.`;
      return this.internals.setValidity({ customError: true }, message, anchor);
    }
    if (this.currentState.doc.child(1).textContent === "" && this.currentState.doc.child(2).textContent === "") {
      return this.internals.setValidity({ valueMissing: true }, "The working paper has no clauses yet.", anchor);
    }
    this.internals.setValidity({});
  }

  private onFocusOut = (): void => {
    if (this.lint !== "off" && this.view) this.lintNow();
    this.updateFormValue();
  };

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("focusout", this.onFocusOut);
    window.addEventListener("pagehide", this.onPageHide);
    if (this.hasUpdated && !this.view) this.createView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("focusout", this.onFocusOut);
    window.removeEventListener("pagehide", this.onPageHide);
    if (this.view) {
      this.editorState = this.view.state;
      this.view.destroy();
      this.view = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("committee") && this.committee !== this.currentCommittee) this.applyCommitteeAttribute();
    if (changed.has("lint") && this.view && changed.get("lint") !== undefined) {
      setLintEnabled(this.view, this.lint !== "off");
      if (this.lint === "off") this.reportDiagnostics([]);
    }
    if ((changed.has("readonly") || changed.has("mode")) && this.view) this.view.setProps({});
    if (changed.has("required")) this.updateValidity(this.lint === "off" ? [] : this.diagnostics);
  }

  protected override firstUpdated(): void {
    this.createView();
    this.updateFormValue();
  }

  private createView(): void {
    const old = this.renderRoot.querySelector(".mount")!;
    const mount = document.createElement("div");
    mount.className = "mount";
    mount.setAttribute("part", "text");
    old.replaceWith(mount);
    this.view = new EditorView(
      { mount },
      {
        state: this.editorState,
        dispatchTransaction: this.dispatch,
        editable: () => this.editable,
        attributes: (state) => this.textboxAttributes(state),
        markViews: { comment: commentView },
      },
    );
    if (this.lint === "off") setLintEnabled(this.view, false);
    // The first render already showed this state's toolbar; the panel gets the view directly.
    this.refreshChrome(false);
    this.attachPanel();
  }

  private attachPanel(): void {
    const panel = this.renderRoot.querySelector("cw-findings-panel");
    if (!panel) return;
    panel.view = null;
    panel.view = this.view;
  }

  private textboxAttributes(state: EditorState): Record<string, string> {
    const ac = autocompleteKey.getState(state);
    const open = !!ac && ac.items.length > 0;
    const attrs: Record<string, string> = {
      role: "textbox",
      "aria-multiline": "true",
      "aria-label": this.getAttribute("aria-label") || "Working paper text",
      "aria-description": this.editable ? TAB_ESCAPE_HINT : "",
      "aria-readonly": String(!this.editable),
      "aria-autocomplete": "list",
      "aria-expanded": String(open),
      "aria-controls": `${this.uid}-suggestions`,
      spellcheck: "true",
    };
    if (open) attrs["aria-activedescendant"] = `${this.uid}-suggestion-${ac.index}`;
    // A read-only paper (readonly, review mode) stays one tab stop, so a keyboard user can reach
    // its text and step through its findings with F8.
    if (!this.editable) attrs.tabindex = "0";
    return attrs;
  }

  /** The `committee` attribute or property was set from outside: change the heading. */
  private applyCommitteeAttribute(): void {
    const profile = findCommittee(this.committee);
    if (!profile) {
      console.error(
        `<resolution-editor>: unknown committee "${this.committee}"; known: ${committees.map((c) => c.id).join(", ")}. The committee stays "${this.currentCommittee}".`,
      );
      this.committee = this.currentCommittee;
      return;
    }
    if (profile.id !== this.committee) this.committee = profile.id;
    if (profile.id === this.currentCommittee) return;
    const tr = this.currentState.tr.setNodeMarkup(0, undefined, { ...this.heading, committee: profile.id });
    if (!this.view) {
      // Configuration before the element first renders: part of the starting document.
      const starting = this.defaultDoc === this.editorState.doc;
      this.editorState = this.editorState.apply(tr);
      if (starting) this.defaultDoc = this.editorState.doc;
      this.renderedHeading = this.editorState.doc.firstChild;
      return;
    }
    // Configuring the element is not an edit the delegate should undo.
    this.dispatch(tr.setMeta("addToHistory", false));
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  /** Commits heading values; `newUndoStep` keeps them out of the undo step of the typing before. */
  private setHeading(patch: Partial<HeadingAttrs>, newUndoStep = false): void {
    const next = clampHeading({ ...this.heading, ...patch });
    if (JSON.stringify(next) === JSON.stringify(this.heading)) return;
    const tr = this.currentState.tr.setNodeMarkup(0, undefined, next);
    this.dispatch(newUndoStep ? closeHistory(tr) : tr);
  }

  /** A heading field typed in: committed at once (one undo step with the typing around it). */
  private typeInHeading(id: string, text: string): void {
    // Typing in another field (or after the paper) starts an undo step of its own: four fields
    // filled in quick succession are undone one field at a time, as clauses are.
    const sameField = this.headingDraft?.id === id;
    this.headingDraft = { id, text };
    this.setHeading(headingFieldPatch(id, text)!, !sameField);
  }

  /** The field shows its committed, normalized value again. */
  private leaveHeadingField(id: string): void {
    if (this.headingDraft?.id !== id) return;
    this.headingDraft = null;
    this.requestUpdate();
  }

  private runAction(id: string): void {
    const action = editorActions.find((a) => a.id === id);
    if (!action || !this.view) return;
    action.command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
  }

  /**
   * The toolbar is one tab stop (the ARIA toolbar pattern): the arrow keys, Home and End move
   * between its enabled buttons.
   */
  private onToolbarKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button:not(:disabled)')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to =
      event.key === "ArrowRight" ? (at + 1) % buttons.length
      : event.key === "ArrowLeft" ? (at - 1 + buttons.length) % buttons.length
      : event.key === "Home" ? 0
      : event.key === "End" ? buttons.length - 1
      : -1;
    if (to < 0) return;
    event.preventDefault();
    this.toolbarFocus = buttons[to]!.dataset.action ?? "";
    for (const b of buttons) b.tabIndex = b === buttons[to] ? 0 : -1;
    buttons[to]!.focus();
  };

  private renderToolbar(): TemplateResult {
    const state = this.currentState;
    const actions = editorActions.filter((a) => a.toolbar).map((a) => ({ a, enabled: this.editable && a.command(state) }));
    const focusable = actions.find((x) => x.enabled && x.a.id === this.toolbarFocus) ?? actions.find((x) => x.enabled);
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label="Clause structure" @keydown=${this.onToolbarKeydown}>
      ${actions.map(
        ({ a, enabled }) => html`<button
          type="button"
          data-action=${a.id}
          aria-label=${a.label}
          title=${`${a.label} (${a.keys.map((k) => describeKeys(k, isMac)).join(" or ")})`}
          tabindex=${focusable?.a === a ? "0" : "-1"}
          ?disabled=${!enabled}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => this.runAction(a.id)}
        >
          ${a.short}
        </button>`,
      )}
    </div>`;
  }

  private renderHeading(): TemplateResult {
    const h = this.heading;
    const disabled = !this.editable;
    const namesLength = HEADING_LIMITS.names * (HEADING_LIMITS.name + 2);
    // Lists hold several names, so their input may be as long as all of them together.
    const field = (id: string, label: string, value: string, maxLength: number) =>
      html`<label for=${id}>${label}</label
        ><input
          id=${id}
          maxlength=${maxLength}
          .value=${live(this.headingDraft?.id === id ? this.headingDraft.text : value)}
          ?disabled=${disabled}
          @input=${(e: Event) => this.typeInHeading(id, (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => {
            this.setHeading(headingFieldPatch(id, (e.target as HTMLInputElement).value)!);
            this.leaveHeadingField(id);
          }}
          @blur=${() => this.leaveHeadingField(id)}
        />`;
    return html`<div class="heading" part="heading">
      ${field("code", "Code", h.code, HEADING_LIMITS.code)}
      <label for="committee">Committee</label>
      <select id="committee" ?disabled=${disabled} @change=${(e: Event) => this.setHeading({ committee: (e.target as HTMLSelectElement).value })}>
        ${committees.map((c) => html`<option value=${c.id} ?selected=${c.id === h.committee}>${c.name}</option>`)}
      </select>
      ${field("topic", "Topic", h.topic, HEADING_LIMITS.topic)}
      ${field("sponsors", "Sponsors", h.sponsors.join(", "), namesLength)}
      ${field("signatories", "Signatories", h.signatories.join(", "), namesLength)}
    </div>`;
  }

  private renderSuggestions(): TemplateResult | typeof nothing {
    const ac = autocompleteKey.getState(this.currentState);
    const id = `${this.uid}-suggestions`;
    if (!ac || ac.items.length === 0 || !this.view) return html`<ul id=${id} role="listbox" hidden aria-label="Opening phrases"></ul>`;
    return html`<ul id=${id} class="autocomplete" part="suggestions" role="listbox" aria-label="Opening phrases">
      ${ac.items.map(
        (item, i) =>
          html`<li
            id=${`${this.uid}-suggestion-${i}`}
            role="option"
            aria-selected=${i === ac.index ? "true" : "false"}
            @mousedown=${(e: Event) => {
              e.preventDefault();
              if (this.view) acceptSuggestion(this.view.state, this.view.dispatch, i);
            }}
          >
            ${item}
          </li>`,
      )}
    </ul>`;
  }

  /**
   * Places the suggestion list under the typed phrase. Set through the CSSOM (not a style
   * attribute) so that a strict Content-Security-Policy without 'unsafe-inline' allows it.
   */
  protected override updated(): void {
    const list = this.renderRoot.querySelector<HTMLElement>(".autocomplete");
    const paper = this.renderRoot.querySelector(".paper");
    const ac = autocompleteKey.getState(this.currentState);
    if (!list || !paper || !this.view || !ac?.items.length) return;
    const at = this.view.coordsAtPos(ac.from);
    const box = paper.getBoundingClientRect();
    list.style.left = `${at.left - box.left}px`;
    list.style.top = `${at.bottom - box.top + 4}px`;
  }

  protected override render(): TemplateResult {
    const review = this.mode === "review";
    return html`${review ? nothing : this.renderToolbar()} ${this.renderHeading()}
      <div class="paper" part="paper">
        <p class="organ-line" part="organ-line">${organLineFor(this.currentCommittee)}</p>
        <div class="mount"></div>
        ${this.renderSuggestions()}
      </div>
      <cw-findings-panel
        class="panel"
        part="panel"
        exportparts="counts: panel-counts, severity-counts: panel-severity-counts, fix-all: panel-fix-all, list: panel-list, show-more: panel-show-more, announcer: panel-announcer"
        ?hidden=${this.lint === "off"}
      ></cw-findings-panel>`;
  }
}

/** The findings panel's class (`<cw-findings-panel>`), for hosts that place their own panel. */
export const findingsPanelElement: typeof FindingsPanel = FindingsPanel;
