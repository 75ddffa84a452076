/**
 * `<cw-findings-panel>`: the findings of an editor grouped by clause, with counts per category
 * and severity, keyboard navigation (a listbox: arrows, Page Up/Down, Home, End, Enter), a click
 * (or Enter) that selects the finding in the editor, focuses it and opens the finding's card (a
 * click on a clause's label selects the clause's text), and a polite live region
 * announcing new findings once they settle (after the debounce, never per keystroke). A "Fix"
 * button applies every format and style fix at once (one undo step); mandate fixes stay one by one.
 *
 * A long paper's list is built a page of clause groups at a time: the counts and the listbox's
 * name always cover every finding, the options say their place among all of them
 * (aria-posinset / aria-setsize), and the next page is listed when the end of the list scrolls
 * near, the keyboard moves past it, or "Show more" is pressed. Listing all ~2,800 findings of a
 * 5,000-clause paper made every settled lint re-render them all, ~17 ms of script and their
 * style and layout, whenever typing paused (bench/RESULTS.md).
 */
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import type { EditorView } from "prosemirror-view";
import { countDiagnostics, type Diagnostic } from "@clausewise/lint";
import { getDiagnostics } from "./read.ts";
import { subscribeDiagnostics } from "./plugin.ts";
import { fixableInBulk } from "@clausewise/lint";
import { applyAllFixes, lintNow, revealDiagnostic, selectInView } from "./commands.ts";
import { modelOf } from "./model-cache.ts";
import { ListEndWatcher } from "./list-end.ts";
import { categories, categoryLabel, clauseName, countOf, defineOnce, severities, severityLabel } from "./labels.ts";

// Kept per diagnostic: the findings compared last time as `next` come back as `prev`, and a
// 5,000-clause paper has ~2,800 of them, compared at every pause in typing.
const keys = new WeakMap<Diagnostic, string>();
function findingKey(d: Diagnostic): string {
  let k = keys.get(d);
  if (k === undefined) keys.set(d, (k = `${d.ruleId}\u0000${d.clause.id}\u0000${d.part}\u0000${d.message}`));
  return k;
}

/**
 * The sentence announcing findings in `next` that were not in `prev` ("2 new findings: …"), or
 * null when there is nothing new. Findings are matched by rule, clause and message, so findings
 * that only moved are not new.
 */
export function describeNewFindings(prev: readonly Diagnostic[], next: readonly Diagnostic[]): string | null {
  const seen = new Map<string, number>();
  for (const d of prev) {
    const k = findingKey(d);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const fresh: Diagnostic[] = [];
  for (const d of next) {
    const k = findingKey(d);
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else fresh.push(d);
  }
  if (fresh.length === 0) return prev.length > 0 && next.length === 0 ? "All findings resolved." : null;
  const shown = fresh.slice(0, 3).map((d) => `${severityLabel[d.severity]} in ${clauseName(d.clause.path)}: ${d.message}`);
  const more = fresh.length > 3 ? `; and ${fresh.length - 3} more` : "";
  return `${countOf(fresh.length, "new finding")}: ${shown.join("; ")}${more}.`;
}

interface ClauseGroup {
  id: string;
  path: string;
  items: { d: Diagnostic; index: number }[];
}

/** Clause groups listed at first, and added per page. */
export const PANEL_PAGE_GROUPS = 100;

let panelIds = 0;

export class FindingsPanel extends LitElement {
  static override properties = {
    view: { attribute: false },
    diagnostics: { attribute: false },
    label: { type: String },
    active: { state: true },
    announcement: { state: true },
    listedGroups: { state: true },
  };

  /** The editor whose findings are shown; the panel follows its settled findings. */
  declare view: EditorView | null;
  /** The findings shown (set by the panel itself when `view` is set). */
  declare diagnostics: readonly Diagnostic[];
  /** Accessible name of the list; default "Findings". */
  declare label: string;
  declare active: number;
  declare announcement: string;
  /** How many clause groups are listed (the rest are a "Show more" away). */
  declare listedGroups: number;

  private unsubscribe: (() => void) | null = null;
  /**
   * Watches the end of the list inside its scroller, to list the next page while the end is still
   * 300 px below the visible part (most of the list's default height).
   */
  private readonly listEnd = new ListEndWatcher(this, () => this.showMore(), 300);
  private groupsCache: { of: readonly Diagnostic[]; groups: ClauseGroup[] } | null = null;
  private readonly uid = `cw-findings-${++panelIds}`;
  private announcedOnce = false;

  static override styles = css`
    :host {
      display: block;
      font: var(--cw-panel-font, 0.875rem/1.4 var(--resolution-editor-ui-font, system-ui, sans-serif));
      color: var(--cw-panel-color, inherit);
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
    }
    .counts li[data-zero] {
      opacity: 0.55;
    }
    .fix-all {
      margin: 0 0 0.5rem;
      font: inherit;
      padding: 0.15rem 0.6rem;
      border: 1px solid var(--cw-panel-border, #c8c8cc);
      border-radius: 4px;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .fix-all:focus-visible {
      outline: 2px solid var(--cw-accent, #1565c0);
      outline-offset: 1px;
    }
    [role="listbox"] {
      max-height: var(--cw-panel-max-height, 24rem);
      overflow: auto;
      /* Paint containment (no visible change: the list already clips its content as a scroller;
         its own focus ring is not clipped). When a new clause or line moves the panel down the
         page, Chromium then updates the list's position alone instead of walking every listed
         finding before painting: Enter in a 5,000-clause paper with 3,000 findings took ~45 ms,
         ~25 ms with it (bench/RESULTS.md). */
      contain: paint;
      outline: none;
      border: 1px solid var(--cw-panel-border, #c8c8cc);
      border-radius: 4px;
    }
    [role="listbox"]:focus-visible {
      outline: 2px solid var(--cw-accent, #1565c0);
      outline-offset: 1px;
    }
    .clause {
      padding: 0.3rem 0.5rem 0.1rem;
      font-weight: 600;
      cursor: pointer;
    }
    [role="option"] {
      display: flex;
      gap: 0.4rem;
      padding: 0.2rem 0.5rem 0.2rem 1rem;
      cursor: pointer;
    }
    [role="option"][aria-selected="true"] {
      background: var(--cw-panel-active, #e3eefc);
    }
    .sev {
      flex: none;
      width: 0.6rem;
      height: 0.6rem;
      margin-top: 0.4em;
      border-radius: 50%;
    }
    .sev--error { background: var(--cw-error, #c62828); }
    .sev--warning { background: var(--cw-warning, #b26a00); }
    .sev--info { background: var(--cw-info, #1565c0); }
    .sev--hint { background: var(--cw-hint, #5f6368); }
    .empty,
    .more {
      padding: 0.5rem;
    }
    .empty,
    .more > span {
      opacity: 0.7;
    }
    .more button {
      font: inherit;
      margin-left: 0.4rem;
    }
    /* Read to screen readers, not shown: a 1px box that clips its text, with the text
       transparent. No clip-path or opacity (each gives every finding its own paint layer, and
       Chromium's hover hit test walks them all: 8 ms a keystroke at 3,000 findings) and no
       overflow: hidden (a scroll container each, which layout then visits). */
    .sr-text {
      display: inline-block;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: clip;
      color: transparent;
      white-space: nowrap;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  constructor() {
    super();
    this.view = null;
    this.diagnostics = [];
    this.label = "Findings";
    this.active = 0;
    this.announcement = "";
    this.listedGroups = PANEL_PAGE_GROUPS;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    this.listEnd.ref(undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view && !this.unsubscribe) this.attach(this.view);
    // Reconnected (moved in the page): no update follows, so the list's end is watched again here.
    if (this.hasUpdated) this.watchListEnd();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("view")) {
      this.detach();
      if (this.view && this.isConnected) this.attach(this.view);
    }
    if (changed.has("diagnostics") && this.active >= this.diagnostics.length) this.active = Math.max(0, this.diagnostics.length - 1);
    // The active option is always listed (aria-activedescendant must name an element).
    const groups = this.groups();
    if (this.listedGroups < groups.length && this.active >= this.listedFindings(groups)) {
      let g = this.listedGroups;
      while (g < groups.length && groups[g]!.items[0]!.index <= this.active) g++;
      this.listedGroups = g + PANEL_PAGE_GROUPS;
    }
  }

  protected override updated(): void {
    this.watchListEnd();
  }

  // Not Lit's ref directive, which would add its machinery to the embed's bundle.
  private watchListEnd(): void {
    this.listEnd.ref(this.renderRoot.querySelector(".more") ?? undefined);
  }

  /** Lists the next page of clause groups. */
  showMore(): void {
    if (this.listedGroups < this.groups().length) this.listedGroups += PANEL_PAGE_GROUPS;
  }

  /** Findings in the first listedGroups groups. */
  private listedFindings(groups: ClauseGroup[]): number {
    const next = groups[this.listedGroups];
    return next ? next.items[0]!.index : this.diagnostics.length;
  }

  private attach(view: EditorView): void {
    this.diagnostics = getDiagnostics(view.state);
    this.announcedOnce = true; // what is there already is not news
    this.unsubscribe = subscribeDiagnostics(view, (list) => this.receive(list));
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private receive(list: readonly Diagnostic[]): void {
    if (this.announcedOnce) {
      const text = describeNewFindings(this.diagnostics, list);
      if (text) this.announcement = text;
    }
    this.announcedOnce = true;
    this.diagnostics = list;
  }

  private groups(): ClauseGroup[] {
    if (this.groupsCache?.of === this.diagnostics) return this.groupsCache.groups;
    const groups: ClauseGroup[] = [];
    const byId = new Map<string, ClauseGroup>();
    this.diagnostics.forEach((d, index) => {
      let g = byId.get(d.clause.id);
      if (!g || groups[groups.length - 1] !== g) {
        g = { id: d.clause.id, path: d.clause.path, items: [] };
        byId.set(d.clause.id, g);
        groups.push(g);
      }
      g.items.push({ d, index });
    });
    this.groupsCache = { of: this.diagnostics, groups };
    return groups;
  }

  /** Applies every format and style fix in one undoable step, and says what it did. */
  fixAll(): void {
    if (!this.view) return;
    const hadFocus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute("part") === "fix-all";
    const { applied, left } = applyAllFixes(this.view);
    // The fixed clauses' findings settle now, not after the debounce: the button and counts follow.
    if (applied > 0) lintNow(this.view);
    // With nothing left to fix the button goes: keyboard users keep their place in the list.
    if (hadFocus) {
      void this.updateComplete.then(() => {
        if (!this.renderRoot.querySelector('[part="fix-all"]')) (this.renderRoot.querySelector('[role="listbox"]') as HTMLElement | null)?.focus();
      });
    }
    this.announcement = applied === 0 ? "Nothing to fix." : `Fixed ${countOf(applied, "finding")}${left > 0 ? "; more remain: press Fix again" : ""}. Undo reverts it.`;
  }

  /**
   * Selects a finding's range in the editor, scrolls to it, focuses the editor (a read-only one
   * too) and opens the finding's card, so its fixes are a click or Mod-. away.
   */
  goTo(d: Diagnostic): boolean {
    return !!this.view && revealDiagnostic(this.view, d, true);
  }

  /** Selects the text of the clause a finding is on (its text or its continuation), scrolls to it and focuses the editor. */
  selectClause(d: Diagnostic): boolean {
    const view = this.view;
    if (!view) return false;
    const clause = modelOf(view.state.doc).clauses.find((c) => c.id === d.clause.id);
    if (!clause) return false;
    const range = d.part === "continuation" && clause.continuation ? clause.continuation : { from: clause.textFrom, to: clause.textTo };
    selectInView(view, range.from, range.to);
    return true;
  }

  private onKeydown(event: KeyboardEvent): void {
    const n = this.diagnostics.length;
    if (n === 0) return;
    let next = this.active;
    switch (event.key) {
      case "ArrowDown":
        next = Math.min(n - 1, this.active + 1);
        break;
      case "ArrowUp":
        next = Math.max(0, this.active - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = n - 1;
        break;
      case "PageDown":
        next = Math.min(n - 1, this.active + 10);
        break;
      case "PageUp":
        next = Math.max(0, this.active - 10);
        break;
      case "Enter":
      case " ":
        event.preventDefault();
        this.goTo(this.diagnostics[this.active]!);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector(`#${this.uid}-f${next}`)?.scrollIntoView({ block: "nearest" });
    });
  }

  protected override render() {
    const counts = countDiagnostics(this.diagnostics);
    const groups = this.groups();
    const listed = groups.length > this.listedGroups ? groups.slice(0, this.listedGroups) : groups;
    const notListed = this.diagnostics.length - this.listedFindings(groups);
    const total = this.diagnostics.length;
    const activeId = this.diagnostics.length ? `${this.uid}-f${this.active}` : nothing;
    const fixable = this.diagnostics.filter((d) => fixableInBulk(d)).length;
    const editable = this.view?.editable ?? false;
    return html`
      <ul class="counts" part="counts" aria-label="Counts by category">
        ${categories.map(
          (c) => html`<li data-category=${c} ?data-zero=${counts.byCategory[c] === 0}>${categoryLabel[c]}: ${counts.byCategory[c]}</li>`,
        )}
      </ul>
      <ul class="counts" part="severity-counts" aria-label="Counts by severity">
        ${severities.map(
          (s) => html`<li data-severity=${s} ?data-zero=${counts.bySeverity[s] === 0}>${countOf(counts.bySeverity[s], s)}</li>`,
        )}
      </ul>
      ${fixable > 0 && editable
        ? html`<button type="button" class="fix-all" part="fix-all" @click=${() => this.fixAll()}>
            Fix ${countOf(fixable, "format and style finding")}
          </button>`
        : nothing}
      <div
        role="listbox"
        part="list"
        tabindex="0"
        aria-label=${`${this.label} (${counts.total})`}
        aria-activedescendant=${activeId}
        @keydown=${this.onKeydown}
      >
        ${groups.length === 0 ? html`<div class="empty" role="presentation">No findings.</div>` : nothing}
        ${listed.map(
          (g, gi) => html`<div role="group" aria-labelledby=${`${this.uid}-g${gi}`}>
            <div
              class="clause"
              id=${`${this.uid}-g${gi}`}
              role="presentation"
              data-path=${g.path}
              title="Select the clause's text"
              @click=${() => this.selectClause(g.items[0]!.d)}
            >${clauseName(g.path)}</div>
            ${g.items.map(
              ({ d, index }) => html`<div
                role="option"
                id=${`${this.uid}-f${index}`}
                aria-selected=${index === this.active ? "true" : "false"}
                aria-posinset=${index + 1}
                aria-setsize=${total}
                data-rule=${d.ruleId}
                @click=${() => {
                  this.active = index;
                  this.goTo(d);
                }}
              >
                <span class="sev sev--${d.severity}" aria-hidden="true"></span>
                <span><span class="sr-text">${severityLabel[d.severity]}: </span>${d.message}</span>
              </div>`,
            )}
          </div>`,
        )}
        ${notListed > 0
          ? html`<div class="more" aria-hidden="true">
              <span>${countOf(notListed, "more finding")} in later clauses.</span>
              <button type="button" part="show-more" tabindex="-1" @click=${() => this.showMore()}>Show more</button>
            </div>`
          : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" part="announcer">${this.announcement}</div>
    `;
  }
}

defineOnce("cw-findings-panel", FindingsPanel);

declare global {
  interface HTMLElementTagNameMap {
    "cw-findings-panel": FindingsPanel;
  }
}
