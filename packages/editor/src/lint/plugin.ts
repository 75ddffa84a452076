/**
 * `lintPlugin`: incremental linting of a working paper in a ProseMirror editor. The state part
 * (state.ts) re-lints touched clauses inside each transaction; this file adds the view part: the
 * debounced document rules, the notifications of settled findings, and the finding card.
 */
import { Plugin, type EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Diagnostic } from "@clausewise/lint";
import type { LintSource } from "./source.ts";
import { applyTransaction, documentLintTransaction, initialState, lintPluginKey, type LintPluginState } from "./state.ts";
import { getDiagnostics } from "./read.ts";
import { FindingCardController, type CardOptions } from "./card-controller.ts";
import { fastDecorations } from "./fast-decorations.ts";

export interface LintPluginOptions {
  source: LintSource;
  /**
   * Called with every finding whenever the findings have settled: in the task after the debounced
   * document lint (so that lint and its listeners are two shorter tasks, not one long one), at
   * once after lintNow, a relint or a change of enablement, and once when the view is created.
   * Not called per keystroke.
   */
  onDiagnostics?: (diagnostics: readonly Diagnostic[], view: EditorView) => void;
  /** Quiet time after the last edit before document rules run; default 300 ms. */
  delay?: number;
  /** Start with linting off (the element's lint="off"). */
  enabled?: boolean;
  /** The finding card; `false` turns it off. */
  card?: CardOptions | false;
}

type Listener = (diagnostics: readonly Diagnostic[], view: EditorView) => void;

/** The view side of the plugin: one per EditorView. */
export class LintView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Set while the debounced document lint dispatches: its listeners are told in a task of their own. */
  private deferNotify = false;
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private deadline = 0;
  private notifiedVersion = -1;
  private notifiedEnabled = true;
  readonly listeners = new Set<Listener>();
  readonly card: FindingCardController | null;

  constructor(
    readonly view: EditorView,
    private readonly options: LintPluginOptions,
  ) {
    if (options.onDiagnostics) this.listeners.add(options.onDiagnostics);
    this.card = options.card === false ? null : new FindingCardController(view, options.card ?? {});
    views.set(view, this);
    this.notify();
  }

  update(view: EditorView, prev: EditorState): void {
    const value = lintPluginKey.getState(view.state)!;
    if (value.documentStale && (view.state.doc !== prev.doc || this.timer === null)) this.schedule();
    if (!value.documentStale) this.cancel();
    this.card?.update(view, prev);
    this.notify();
  }

  destroy(): void {
    this.cancel();
    if (this.notifyTimer !== null) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.card?.destroy();
    views.delete(this.view);
  }

  /** Runs the document rules now if they are due; returns the settled findings. */
  flush(): readonly Diagnostic[] {
    this.cancel();
    if (lintPluginKey.getState(this.view.state)?.documentStale) this.view.dispatch(documentLintTransaction(this.view.state));
    return getDiagnostics(this.view.state);
  }

  // A trailing debounce that pushes a deadline instead of clearing the timer on every keystroke
  // (the scheduling of CodeMirror's lint).
  private schedule(): void {
    const delay = this.options.delay ?? 300;
    this.deadline = Date.now() + delay;
    if (this.timer === null) this.timer = setTimeout(() => this.fire(), delay);
  }

  private fire(): void {
    this.timer = null;
    const wait = this.deadline - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.fire(), wait);
      return;
    }
    if (!lintPluginKey.getState(this.view.state)?.documentStale) return;
    // The document rules and their decorations in this task, the listeners (a panel, the
    // element's diagnostics-change, a host re-rendering its own list) in the next: at 5,000
    // clauses the two together were one 50-60 ms task, which a key pressed meanwhile waited for.
    this.deferNotify = true;
    try {
      this.view.dispatch(documentLintTransaction(this.view.state));
    } finally {
      this.deferNotify = false;
    }
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private notify(): void {
    if (this.deferNotify) {
      this.notifyTimer ??= setTimeout(() => {
        this.notifyTimer = null;
        this.notify();
      }, 0);
      return;
    }
    const value = lintPluginKey.getState(this.view.state)!;
    if (value.documentStale) return;
    if (value.version === this.notifiedVersion && value.enabled === this.notifiedEnabled) return;
    this.notifiedVersion = value.version;
    this.notifiedEnabled = value.enabled;
    const diagnostics = getDiagnostics(this.view.state);
    for (const listener of this.listeners) listener(diagnostics, this.view);
  }
}

const views = new WeakMap<EditorView, LintView>();

/** The lint plugin's view part for an EditorView, when the plugin is installed. */
export function lintViewOf(view: EditorView): LintView | undefined {
  return views.get(view);
}

/**
 * Listens to settled findings (see LintPluginOptions.onDiagnostics); returns the unsubscribe
 * function. The findings panel uses it.
 */
export function subscribeDiagnostics(view: EditorView, listener: Listener): () => void {
  const lv = views.get(view);
  if (!lv) throw new Error("subscribeDiagnostics: the view has no lintPlugin");
  lv.listeners.add(listener);
  return () => lv.listeners.delete(listener);
}

/** The incremental lint plugin (state: LintPluginState under lintPluginKey). */
export function lintPlugin(options: LintPluginOptions): Plugin<LintPluginState> {
  return new Plugin<LintPluginState>({
    key: lintPluginKey,
    state: {
      init: (_config, state) => initialState(state.doc, options.source, options.enabled ?? true),
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations: (state) => {
        const value = lintPluginKey.getState(state);
        return value ? fastDecorations(value.decorations) : null;
      },
      handleDOMEvents: {
        mouseover: (view, event) => {
          views.get(view)?.card?.hover(event);
          return false;
        },
        mouseout: (view, event) => {
          views.get(view)?.card?.unhover(event);
          return false;
        },
      },
    },
    view: (view) => new LintView(view, options),
  });
}
