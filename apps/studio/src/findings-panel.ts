/** The findings panel: counts per category and severity, then the findings grouped by clause. */
import { html, nothing, type TemplateResult } from "lit";
import { ref } from "lit/directives/ref.js";
import { countDiagnostics, type Diagnostic } from "@clausewise/lint";
import { categories, categoryShort, severities, severityLabels } from "./labels.ts";
import { plural } from "./words.ts";
import { separateMandateQuote } from "./finding-text.ts";

export interface FindingsPanelOptions {
  onSelect?: (d: Diagnostic) => void;
  notice?: string | null;
  /**
   * List only this many clause groups (the counts always cover every finding); the list ends with
   * how many more there are and a "Show more" button calling onShowMore.
   */
  groupLimit?: number;
  onShowMore?: () => void;
  /** Given the element ending a partial list (undefined when it goes), to list more before it shows. */
  onListEnd?: (el: Element | undefined) => void;
  /** The paper is still being checked: no counts yet, and no "no findings". */
  checking?: boolean;
  /** How many findings "Fix all" would fix, and what it calls (absent: no button, e.g. read-only). */
  fixable?: number;
  onFixAll?: () => void;
}

function clauseName(d: Diagnostic): string {
  return d.clause.section === "preamble" ? `Preamble ${d.clause.index}` : `Clause ${d.clause.path}`;
}

export function renderCounts(diagnostics: readonly Diagnostic[]): TemplateResult {
  const counts = countDiagnostics(diagnostics);
  return html`<div class="counts" role="group" aria-label="Findings per category">
      ${categories.map(
        (c) => html`<span class="count-chip ${counts.problemsByCategory[c] ? "has" : ""}" data-category=${c}
          title="${plural(counts.byCategory[c], "finding")}, ${plural(counts.problemsByCategory[c], "error or warning", "errors or warnings")}"
          ><span class="count-n">${counts.byCategory[c]}</span> ${categoryShort[c]}</span
        >`,
      )}
    </div>
    <div class="severity-line">
      ${severities.map(
        (s) => html`<span class="sev-count sev-${s}" data-severity=${s}><span class="dot"></span>${plural(counts.bySeverity[s], severityLabels[s].toLowerCase(), s === "info" ? "info" : undefined)}</span>`,
      )}
    </div>`;
}

export function renderFindings(diagnostics: readonly Diagnostic[], options: FindingsPanelOptions = {}): TemplateResult {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.clause.id || d.clause.path;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (options.checking) return html`<section class="findings" aria-label="Findings"><p class="checking" role="status">Checking the paper…</p></section>`;
  const allGroups = [...groups.values()];
  const shownGroups = options.groupLimit !== undefined && options.groupLimit < allGroups.length ? allGroups.slice(0, options.groupLimit) : allGroups;
  const notListed = allGroups.slice(shownGroups.length).reduce((n, list) => n + list.length, 0);
  return html`<section class="findings" aria-label="Findings">
    ${renderCounts(diagnostics)}
    ${options.onFixAll && options.fixable
      ? html`<button type="button" class="fix-all" @click=${() => options.onFixAll!()}>
          Fix ${plural(options.fixable, "format and style finding")}
        </button>`
      : nothing}
    ${options.notice ? html`<p class="notice">${options.notice}</p>` : nothing}
    ${diagnostics.length === 0
      ? html`<p class="empty">No findings. The paper reads as within the committee's mandate and in format.</p>`
      : html`<ol class="finding-groups">
          ${shownGroups.map(
            (list) => html`<li class="finding-group">
              <div class="finding-clause">${clauseName(list[0]!)}</div>
              <ul>
                ${list.map(
                  (d) => html`<li class="finding-item sev-${d.severity}" data-rule=${d.ruleId}>
                    <button type="button" class="finding-button" @click=${() => options.onSelect?.(d)}>
                      <span class="sev-badge sev-${d.severity}">${severityLabels[d.severity]}</span>
                      <span class="finding-message">${d.message}</span>
                    </button>
                    <details>
                      <summary>Why</summary>
                      <p>${d.explanation}</p>
                      ${separateMandateQuote(d) ? html`<blockquote>“${d.mandate!.quote}” <cite>${d.mandate!.source}</cite></blockquote>` : nothing}
                    </details>
                  </li>`,
                )}
              </ul>
            </li>`,
          )}
          ${notListed > 0
            ? html`<li class="finding-more" ${options.onListEnd ? ref(options.onListEnd) : nothing}>
                ${plural(notListed, "more finding")} in later clauses.
                <button type="button" class="show-more" @click=${() => options.onShowMore?.()}>Show more</button>
              </li>`
            : nothing}
        </ol>`}
  </section>`;
}
