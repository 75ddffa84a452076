/** The review desk: the table of papers, and one paper under review. */
import { html, nothing } from "lit";
import { guard } from "lit/directives/guard.js";
import { keyed } from "lit/directives/keyed.js";
import { repeat } from "lit/directives/repeat.js";
import { clauseModel } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";
import type { Category } from "@clausewise/lint";
import type { CwStudio } from "./studio.ts";
import type { DeskPaper } from "./desk.ts";
import { importAccept } from "./files.ts";
import { renderFindings, renderCounts } from "./findings-panel.ts";
import { renderPaper } from "./paper-view.ts";
import { paperTitle, headingOf, type Verdict } from "./paper.ts";
import { listComments } from "./comments.ts";
import { checkMarks, checkStatusText, reviewChecklist, suggestedVerdict } from "./checklist.ts";
import { adjacentRows, deskCommittees, deskSummary, filterRows, nextSort, rowCounts, sortRows, type DeskRow, type SortKey } from "./review-table.ts";
import { caretPlace, partElement, selectionTarget } from "./selection.ts";
import { findingsAtPlace } from "./review.ts";
import { caretAtStart, keyMove, placeCaret, prepareMove, selectionIn, snapAfterMove } from "./keyboard-selection.ts";
import { categories, categoryShort, severityLabels } from "./labels.ts";
import { separateMandateQuote } from "./finding-text.ts";
import { formatDateTime } from "./dates.ts";
import { plural } from "./words.ts";

const verdictLabels: Record<Verdict, string> = {
  undecided: "Undecided",
  accept: "Accept as draft resolution",
  return: "Return with feedback",
};

// DeskPaper objects are replaced on every change, so a row computed once per object stays right;
// without this the table re-derived every paper's clause model on every render.
const rowCache = new WeakMap<DeskPaper, DeskRow>();

function rowOf(p: DeskPaper): DeskRow {
  const cached = rowCache.get(p);
  if (cached) return cached;
  const row = computeRow(p);
  rowCache.set(p, row);
  return row;
}

function computeRow(p: DeskPaper): DeskRow {
  const h = headingOf(p.doc);
  return {
    id: p.record.id,
    title: paperTitle(p.doc),
    fileName: p.record.review?.fileName ?? "",
    committee: getCommittee(h.committee)?.shortName ?? h.committee,
    ...rowCounts(p.diagnostics),
    comments: listComments(p.doc).length,
    verdict: p.record.review?.verdict ?? "undecided",
    pending: p.pending,
  };
}

function pickFiles(host: CwStudio, files: FileList | null | undefined): void {
  if (files && files.length) void host.desk.openFiles(files);
}

/** A sortable column's header; `short`, when given, is shown instead of the label on narrow screens (the label is still read). */
function header(host: CwStudio, key: SortKey, label: string, numeric = true, extraClass = "", short = "") {
  const active = host.desk.sort.key === key;
  const sort = active ? (host.desk.sort.descending ? "descending" : "ascending") : "none";
  return html`<th scope="col" aria-sort=${sort} class="${numeric ? "num" : ""} ${extraClass}">
    <button type="button" class="sort" data-sort=${key} title=${short ? label : nothing} @click=${() => host.desk.setSort(nextSort(host.desk.sort, key))}>
      ${short ? html`<span class="col-label has-short">${label}</span><span class="col-short" aria-hidden="true">${short}</span>` : label}<span class="sort-mark" aria-hidden="true">${active ? (host.desk.sort.descending ? "▼" : "▲") : ""}</span>
    </button>
  </th>`;
}

/**
 * The papers before and after the one under review, in the table's order (its sort and filter; the
 * whole desk, sorted, when the filter hides the paper), and its place among them.
 */
export function reviewNeighbours(host: CwStudio, id: string) {
  const all = [...host.desk.papers.values()].map(rowOf);
  const shown = sortRows(filterRows(all, host.desk.filter), host.desk.sort);
  const rows = shown.some((r) => r.id === id) ? shown : sortRows(all, host.desk.sort);
  return { ...adjacentRows(rows, id), count: rows.length };
}

/** One line on how the desk stands, so the director sees the day's work before reading the table. */
function renderDeskSummary(all: readonly DeskRow[]) {
  const s = deskSummary(all);
  return html`<p class="desk-summary" id="desk-summary">
    <span class="sev-error">${plural(s.errors, "paper")} with errors</span> ·
    <span class="sev-warning">${s.warningsOnly.toLocaleString("en-US")} with warnings only</span> ·
    <span>${s.clean.toLocaleString("en-US")} clean</span>${s.checking ? html` · <span>${s.checking.toLocaleString("en-US")} being checked</span>` : nothing}
  </p>`;
}

/**
 * One download for the feedback of every paper the table shows (all of them, or those the filter
 * leaves), in its order: a .zip of one report per paper, for handing each back to its sponsors.
 */
// aria-disabled rather than disabled while the .zip is made: a disabled button would drop the focus.
function renderExportReports(host: CwStudio, rows: readonly DeskRow[], total: number) {
  if (!rows.length) return nothing;
  const which = rows.length === total ? (total === 1 ? "the feedback report" : `all ${total.toLocaleString("en-US")} feedback reports`) : rows.length === 1 ? "the feedback report shown" : `the ${plural(rows.length, "feedback report")} shown`;
  return html`<button type="button" id="export-reports" class="export-reports" aria-describedby="export-reports-help"
      aria-disabled=${host.deskExport.exportingReports ? "true" : "false"} @click=${() => host.deskExport.exportingReports || void host.deskExport.exportReports(rows.map((r) => r.id))}>${host.deskExport.exportingReports ? "Preparing the .zip…" : `Download ${which} (.zip)`}</button>
    <span class="visually-hidden" id="export-reports-help">One HTML file per paper, named after its code, in the table's order.</span>`;
}

/** Whether the caret (a bare one) is in underlined words of the paper. */
function findingAtCaret(root: HTMLElement): boolean {
  const selection = document.getSelection();
  if (!selection?.isCollapsed || !selection.focusNode || !root.contains(selection.focusNode)) return false;
  const el = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement;
  return !!el?.closest(".finding");
}

/**
 * The findings on the underlined words last clicked in the paper (or where the arrow keys left the caret), at the top of the panel: each
 * with its explanation and the mandate it rests on, open (the full list is further down).
 */
function renderFindingsAt(host: CwStudio, paper: DeskPaper) {
  const at = host.review.findingsAt;
  const here = !at || paper.pending ? [] : findingsAtPlace(paper.diagnostics, at);
  if (!here.length) {
    if (paper.pending || !paper.diagnostics.length) return nothing;
    // Until words are clicked: where the findings are, since the full list is below the fold.
    return html`<p class="findings-pointer">Click underlined words for their findings here, or
      <button type="button" class="link" id="go-to-findings" @click=${() => {
        const heading = host.querySelector<HTMLElement>("#findings-heading");
        heading?.scrollIntoView({ block: "start" });
        heading?.focus();
      }}>see all ${plural(paper.diagnostics.length, "finding")}</button>.</p>`;
  }
  const path = here[0]!.clause.path;
  return html`<section class="panel-block findings-at" aria-labelledby="findings-at-heading">
    <h2 id="findings-at-heading">${path.startsWith("p") ? `Preamble ${path.slice(1)}` : `Clause ${path}`}: ${here.length === 1 ? "the finding on these words" : `${here.length} findings on these words`}
      <button type="button" class="link close-findings-at" aria-label="Close the findings on these words" @click=${() => host.review.closeFindingsAt()}>Close</button></h2>
    <ul>
      ${here.map((d) => html`<li class="finding-item sev-${d.severity}" data-rule=${d.ruleId}>
        <span class="sev-badge sev-${d.severity}">${severityLabels[d.severity]}</span>
        <strong class="finding-message">${d.message}</strong>
        <p>${d.explanation}</p>
        ${separateMandateQuote(d) ? html`<blockquote>“${d.mandate!.quote}” <cite>${d.mandate!.source}</cite></blockquote>` : nothing}
      </li>`)}
    </ul>
  </section>`;
}

/**
 * A comment's words open for changing, in its place in the list: Save (or Ctrl+Enter) keeps them,
 * Cancel (or Esc) leaves the comment as it was.
 */
function renderCommentEdit(host: CwStudio, comment: { id: string; body: string }) {
  const problem = host.commentForm.editing?.problem ?? null;
  const save = (form: HTMLFormElement) => host.commentForm.saveEdit(form.querySelector("textarea")!.value);
  return html`<form class="comment-edit" @submit=${(e: Event) => { e.preventDefault(); save(e.target as HTMLFormElement); }}>
    <label class="visually-hidden" for=${`edit-${comment.id}`}>Comment</label>
    <textarea id=${`edit-${comment.id}`} rows="3" .value=${comment.body} aria-invalid=${problem ? "true" : "false"} aria-describedby=${`edit-error-${comment.id}`}
      @input=${(e: Event) => host.commentForm.editTyped((e.target as HTMLTextAreaElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save((e.target as HTMLElement).closest("form")!); }
        else if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); host.commentForm.cancelEdit(); }
      }}></textarea>
    <p class="field-error" id=${`edit-error-${comment.id}`} role="alert">${problem ?? ""}</p>
    <button type="submit" class="primary">Save</button>
    <button type="button" @click=${() => host.commentForm.cancelEdit()}>Cancel</button>
  </form>`;
}

export function renderDesk(host: CwStudio) {
  const all = [...host.desk.papers.values()].map(rowOf);
  const rows = sortRows(filterRows(all, host.desk.filter), host.desk.sort);
  // Files are taken wherever on the desk they are dropped (the table, the filters, the empty
  // space), not only on the box that says so; the box lights up while they are over the desk.
  const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes("Files");
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add("dragging");
  };
  const onDragLeave = (e: DragEvent) => {
    const desk = e.currentTarget as HTMLElement;
    if (!(e.relatedTarget instanceof Node && desk.contains(e.relatedTarget))) desk.classList.remove("dragging");
  };
  const onDrop = (e: DragEvent) => {
    (e.currentTarget as HTMLElement).classList.remove("dragging");
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.stopPropagation(); // taken here: the page-wide handler (stray-drops.ts) must not open them again
    pickFiles(host, e.dataTransfer?.files);
  };
  return html`<div class="desk" @dragover=${onDragOver} @dragleave=${onDragLeave} @drop=${onDrop}>
    <div class="drop-zone">
      <div>
        <h1 id="desk-title" tabindex="-1">Review desk</h1>
        <p>Open the committee's working papers (.docx, .txt or .json), as many as you like: each is checked against its committee's mandate and the format rules.</p>
      </div>
      <input id="desk-file-input" class="visually-hidden" type="file" multiple accept=${importAccept}
        @change=${(e: Event) => { const input = e.target as HTMLInputElement; pickFiles(host, input.files); input.value = ""; }}
      /><label class="button primary" for="desk-file-input">Open papers…</label>
      <span class="drop-hint">or drop files here</span>
    </div>
    ${all.length === 0
      ? html`<p class="empty">No papers on the desk yet.</p>`
      : html`<div class="desk-filters" role="search">
            <input type="search" id="desk-search" placeholder="Filter by title, file or committee" aria-label="Filter papers"
              .value=${host.desk.filter.text} @input=${(e: Event) => host.desk.setFilter({ text: (e.target as HTMLInputElement).value })} />
            <label>Problems in
              <select id="desk-category" @change=${(e: Event) => host.desk.setFilter({ category: (e.target as HTMLSelectElement).value as Category | "" })}>
                <option value="" ?selected=${host.desk.filter.category === ""}>any category</option>
                ${categories.map((c) => html`<option value=${c} ?selected=${host.desk.filter.category === c}>${categoryShort[c]}</option>`)}
              </select>
            </label>
            <label>Committee
              <select id="desk-committee" @change=${(e: Event) => host.desk.setFilter({ committee: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!host.desk.filter.committee}>any</option>
                ${deskCommittees(all).map((c) => html`<option value=${c} ?selected=${host.desk.filter.committee === c}>${c}</option>`)}
              </select>
            </label>
            <label class="check"><input type="checkbox" id="desk-only-problems" .checked=${host.desk.filter.onlyProblems}
              @change=${(e: Event) => host.desk.setFilter({ onlyProblems: (e.target as HTMLInputElement).checked })} /> Only papers with errors or warnings</label>
            <span class="desk-count">${rows.length} of ${plural(all.length, "paper")}</span>
          </div>
          <div class="desk-summary-row">${renderDeskSummary(all)} ${renderExportReports(host, rows, all.length)}</div>
          <div class="table-wrap">
            <table class="desk-table">
              <thead>
                <tr>
                  ${header(host, "title", "Paper", false)} ${header(host, "committee", "Committee", false, "col-committee")}
                  ${header(host, "errors", "Errors")} ${header(host, "warnings", "Warnings", true, "", "Warn.")}
                  ${header(host, "binding", "Binding")} ${header(host, "new-body", "New body")}
                  ${header(host, "operational", "Operational", true, "", "Oper.")} ${header(host, "format", "Format")} ${header(host, "style", "Style")}
                  ${header(host, "comments", "Comments", true, "col-comments")} ${header(host, "verdict", "Verdict", false)}
                  <th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) => html`<tr data-paper-id=${r.id} class=${[r.pending ? "pending" : "", host.desk.highlightedIds.has(r.id) ? "highlight" : ""].join(" ").trim()}>
                    <th scope="row"><button type="button" class="link paper-link" @click=${() => host.review.open(r.id)}>${r.title}</button>
                      <span class="file-name">${r.fileName}<span class="narrow-only"> · ${r.committee}</span></span></th>
                    <td class="col-committee">${r.committee}</td>
                    <td class="num errors ${r.errors ? "sev-error" : ""}" data-col="errors">${r.pending ? "…" : r.errors}</td>
                    <td class="num warnings ${r.warnings ? "sev-warning" : ""}" data-col="warnings">${r.pending ? "…" : r.warnings}</td>
                    ${categories.map(
                      (c) => html`<td class="num" data-col=${c}>${r.pending ? "…" : r.problems[c] || html`<span class="zero">0</span>`}</td>`,
                    )}
                    <td class="num col-comments" data-col="comments">${r.comments}</td>
                    <td><span class="verdict-pill ${r.verdict}">${verdictLabels[r.verdict as Verdict]}</span></td>
                    <td class="actions">
                      <button type="button" class="review-button" aria-label="Review ${r.title}" @click=${() => host.review.open(r.id)}>Review</button>
                      <button type="button" class="icon subtle" aria-label="Remove ${r.title} from the desk" title="Remove" @click=${() => host.desk.remove(r.id)}>×</button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
  </div>`;
}

const modifierKeys = ["Shift", "Control", "Alt", "Meta"];

/** A press of the mouse in the review's paper is under way: the click places the caret, not the focus handler. */
let pointerDown = false;

function captureSelection(host: CwStudio, root: HTMLElement | null): void {
  if (!root) return;
  const target = selectionTarget(root);
  if (target) host.commentForm.setTarget(target);
  else {
    // Words selected that are no clause's text (the heading): never the place chosen before.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount && root.contains(selection.getRangeAt(0).commonAncestorContainer) && host.commentForm.target)
      host.commentForm.setTarget(null);
  }
}

function targetDescription(host: CwStudio, paper: DeskPaper): string {
  const t = host.commentForm.target;
  if (!t) return "Nothing chosen: select words in the paper, or choose a clause.";
  const clause = clauseModel(paper.doc).clauses.find((c) => c.id === t.clauseId);
  if (!clause) return "That clause is no longer in the paper.";
  const where = clause.section === "preamble" ? `preambular clause ${clause.index}` : `operative clause ${clause.path}`;
  if (t.start === undefined) return `The whole of ${where}.`;
  const source = t.part === "continuation" ? clause.continuation?.text ?? "" : clause.text;
  return `“${source.slice(t.start, t.end)}” in ${where}.`;
}

export function renderReview(host: CwStudio, paper: DeskPaper) {
  const id = paper.record.id;
  const review = paper.record.review!;
  const comments = listComments(paper.doc);
  const checklist = reviewChecklist(paper.doc, paper.diagnostics);
  const suggested = suggestedVerdict(checklist);
  const clauses = clauseModel(paper.doc).clauses;
  // The clause the "Attach to" list shows chosen: a whole clause only (words selected choose none).
  const wholeClauseTarget = host.commentForm.target?.start === undefined ? host.commentForm.target?.clauseId ?? null : null;
  // Read from the form at submit time (the draft kept for the paper follows every keystroke too).
  const submit = (form: HTMLFormElement) => {
    const textarea = form.querySelector<HTMLTextAreaElement>("#comment-body")!;
    if (host.commentForm.add(textarea.value)) textarea.value = "";
  };
  const problem = host.commentForm.problem();
  const paperRoot = () => host.querySelector<HTMLElement>(".review-paper");
  const { previous, next, index, count } = reviewNeighbours(host, id);
  return html`<div class="review-layout">
    <div class="review-bar">
      <button type="button" id="back-to-desk" @click=${() => host.review.open(null)}>← All papers</button>
      <span class="review-nav" role="group" aria-label="Papers on the desk">
        <button type="button" id="previous-paper" ?disabled=${!previous} title="Alt+Page Up"
          aria-label=${previous ? `Previous paper: ${previous.title}` : "Previous paper (this is the first)"} @click=${() => previous && host.review.open(previous.id)}>‹ Previous</button>
        <span class="review-position">${index + 1} of ${count}</span>
        <button type="button" id="next-paper" ?disabled=${!next} title="Alt+Page Down"
          aria-label=${next ? `Next paper: ${next.title}` : "Next paper (this is the last)"} @click=${() => next && host.review.open(next.id)}>Next ›</button>
      </span>
      <div class="review-title">
        <h1 id="review-title" tabindex="-1" title=${paperTitle(paper.doc)}>${paperTitle(paper.doc)}</h1>
        <span class="file-name">${review.fileName}</span>
      </div>
      <button type="button" class="link" id="review-mandate-button" @click=${() => host.dialogs.open("mandate")}>What may ${getCommittee(headingOf(paper.doc).committee)?.shortName ?? "this committee"} do?</button>
      <span class="spacer"></span>
      <button type="button" id="export-paper-docx" title="The paper in Word, your comments in the margin as Word comments"
        @click=${() => host.deskExport.exportPaper(id, "docx")}>Paper (Word)</button>
      <button type="button" id="export-paper-json" title="The paper with the comments in it: delegates can open it in the studio"
        @click=${() => host.deskExport.exportPaper(id, "json")}>Paper (.json)</button>
      <button type="button" class="primary" id="export-report" @click=${() => void host.deskExport.exportReport(id)}>Export feedback report</button>
    </div>
    <p class="visually-hidden" id="review-paper-keys">Read-only: typing changes nothing. Arrow keys move in the text; Shift with the arrow keys selects words; F8 and Shift+F8 go to the next and previous comment; Control+Alt+M comments on the selection.</p>
    <!-- The comment the caret reaches in the paper (F8, or the arrow keys), said: its highlight alone says nothing (comment-steps.ts). -->
    <p class="visually-hidden" id="review-paper-announcement" role="status" aria-live="polite">${host.commentSteps.announcement}</p>
    <!-- A text field that refuses every edit: the browser moves the caret and selects with Shift and
      the arrow keys, and screen readers follow the caret as in any text field (keyboard-selection.ts).
      inputmode="none": a phone shows no keyboard for it. -->
    <section class="review-paper" contenteditable="true" role="textbox" aria-multiline="true" aria-readonly="true" aria-label="Paper (read-only)"
      aria-describedby="review-paper-keys" aria-keyshortcuts="F8 Shift+F8" spellcheck="false" autocorrect="off" autocapitalize="off" inputmode="none" translate="no"
      @beforeinput=${(e: InputEvent) => e.preventDefault()}
      @paste=${(e: Event) => e.preventDefault()}
      @drop=${(e: Event) => e.preventDefault()}
      @input=${(e: InputEvent) => e.isComposing || host.review.restorePaper(e.currentTarget as HTMLElement)}
      @compositionstart=${(e: Event) => host.review.compositionStarted(e.currentTarget as HTMLElement)}
      @compositionend=${(e: Event) => host.review.compositionEnded(e.currentTarget as HTMLElement)}
      @mousedown=${() => {
        pointerDown = true;
        addEventListener("mouseup", () => (pointerDown = false), { once: true, capture: true });
      }}
      @mouseup=${() => captureSelection(host, paperRoot())}
      @keydown=${(e: KeyboardEvent) => {
        const root = e.currentTarget as HTMLElement;
        if (e.key !== "F8" || e.ctrlKey || e.altKey || e.metaKey) return prepareMove(root, e);
        e.preventDefault();
        host.commentSteps.step(root, !e.shiftKey);
      }}
      @keyup=${(e: KeyboardEvent) => {
        // F8 selected a comment's words to show it, not as a new place for a comment (whose live
        // region would talk over the comment), nor does the Shift of Shift+F8 let go; Ctrl+Alt+M still takes them.
        if (e.key === "F8" || modifierKeys.includes(e.key)) return;
        const root = e.currentTarget as HTMLElement;
        snapAfterMove(root, e);
        captureSelection(host, root);
        host.commentSteps.caretMoved(root, e);
        // The caret come to rest in underlined words, by the arrow keys: their findings too.
        if (keyMove(e, /mac/i.test(navigator.platform))) host.review.showFindingsAt(findingAtCaret(root) ? caretPlace(root) : null);
      }}
      @focus=${(e: FocusEvent) => {
        // Tabbed into: the caret starts at the clause being commented on (else the first clause),
        // not before the paper's code, unless it was left somewhere in the paper before.
        const root = e.currentTarget as HTMLElement;
        if (!pointerDown && (!selectionIn(root) || caretAtStart(root))) placeCaret(root, host.commentForm.activeClauseId);
      }}
      @click=${(e: MouseEvent) => {
        if (!document.getSelection()?.isCollapsed) return;
        // A click on a clause's number or end punctuation chooses the clause, as one on its words.
        const el = partElement(e.target as Element);
        if (el) host.commentForm.setTarget({ clauseId: el.dataset.clauseId! });
        const commented = (e.target as Element).closest<HTMLElement>("[data-comment-ids]");
        if (commented) host.commentForm.showComment(commented.dataset.commentIds!.split(" ")[0]!);
        // Underlined words: their findings open at the top of the panel.
        host.review.showFindingsAt((e.target as Element).closest(".finding") ? caretPlace(e.currentTarget as HTMLElement) : null, { reveal: true });
      }}>${paper.pending ? html`<p class="notice" contenteditable="false">Checking…</p>` : nothing}${keyed(
        host.review.paperRevision,
        // Drawn again only when what it shows changes: each Shift+arrow changes the comment's place
        // (the side panel) but not the paper, which at 2,000 clauses took ~40-80 ms to draw.
        // (The revision is a dependency too: the guard outlives keyed's reset of the part.)
        guard(host.review.paperDependencies([host.review.paperRevision, paper.doc, paper.diagnostics, host.commentForm.activeClauseId, host.commentForm.activeCommentId]), () =>
          renderPaper(paper.doc, { diagnostics: paper.diagnostics, showComments: true, activeClauseId: host.commentForm.activeClauseId, activeCommentId: host.commentForm.activeCommentId }),
        ),
      )}</section>
    <aside class="review-panel" aria-label="Review">
      ${renderFindingsAt(host, paper)}
      <section class="panel-block">
        <h2 id="comments-heading" tabindex="-1">Comments <span class="badge">${comments.length}</span></h2>
        <p class="visually-hidden" id="comment-list-status" role="status" aria-live="polite">${host.commentForm.status}</p>
        <form class="comment-form" @submit=${(e: Event) => { e.preventDefault(); submit(e.target as HTMLFormElement); }}>
          <!-- A press keeps the paper's selection (mousedown would move it), so the words stay chosen. -->
          <button type="button" id="comment-on-selection" aria-keyshortcuts="Control+Alt+M" title="Ctrl+Alt+M"
            @mousedown=${(e: MouseEvent) => e.preventDefault()} @click=${() => host.commentForm.commentOnSelection()}>Comment on selected words</button>
          <p class="hint">Select the words in the paper (with the mouse, or Shift and the arrow keys), then press this or <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>M</kbd>.</p>
          <label for="comment-clause">Attach to</label>
          <select id="comment-clause" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            host.commentForm.setTarget(v ? { clauseId: v } : null);
          }}>
            <option value="" ?selected=${!host.commentForm.target}>Choose a clause…</option>
            ${guard([paper.doc, wholeClauseTarget], () =>
              clauses.map((c) => html`<option value=${c.id} ?selected=${wholeClauseTarget === c.id}>
              ${c.section === "preamble" ? `Preamble ${c.index}` : `Clause ${c.path}`}: ${c.text.slice(0, 50)}${c.text.length > 50 ? "…" : ""}</option>`),
            )}
          </select>
          <p class="target" id="comment-target">${targetDescription(host, paper)}</p>
          <p class="visually-hidden" id="comment-target-announcement" aria-live="polite">${host.commentForm.targetSettled ? targetDescription(host, paper) : ""}</p>
          <label for="reviewer-name">Your name</label>
          <input id="reviewer-name" type="text" autocomplete="name" .value=${host.review.reviewer}
            @input=${(e: Event) => host.review.setReviewer((e.target as HTMLInputElement).value)} @change=${() => host.saving.fields.flush("reviewer")} />
          <label for="comment-body">Comment</label>
          <textarea id="comment-body" rows="3" .value=${host.commentForm.drafts.get(id) ?? ""} aria-describedby="comment-target comment-error" aria-invalid=${problem ? "true" : "false"}
            @input=${(e: Event) => host.commentForm.setDraft(id, (e.target as HTMLTextAreaElement).value)}
            @change=${() => host.saving.fields.flush(`comment:${id}`)}
            @keydown=${(e: KeyboardEvent) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit((e.target as HTMLElement).closest("form")!); } }}></textarea>
          <p class="field-error" id="comment-error" role="alert">${problem ?? ""}</p>
          <button type="submit" class="primary" id="add-comment">Add comment</button>
        </form>
        <ol class="comment-list">
          ${repeat(
            comments,
            (m) => m.id,
            (m) => html`<li class="comment-item ${host.commentForm.activeCommentId === m.id ? "active" : ""}" data-comment-id=${m.id}>
              <button type="button" class="link comment-where" @click=${() => host.commentForm.showComment(m.id, m.clauseId)}>
                ${m.path.startsWith("p") ? `Preamble ${m.path.slice(1)}` : `Clause ${m.path}`}</button>
              <q>${m.quote}</q>
              ${host.commentForm.editing?.id === m.id ? renderCommentEdit(host, m) : html`<p class="comment-body">${m.body}</p>`}
              <small>${m.author || "Director"} · ${formatDateTime(m.created)}</small>
              ${host.commentForm.editing?.id === m.id
                ? nothing
                : html`<button type="button" class="link edit" aria-label=${`Edit the comment on ${m.path.startsWith("p") ? `preamble ${m.path.slice(1)}` : `clause ${m.path}`}`}
                    @click=${() => host.commentForm.startEdit(m.id)}>Edit</button>`}
              <button type="button" class="link danger" aria-label=${`Delete the comment on ${m.path.startsWith("p") ? `preamble ${m.path.slice(1)}` : `clause ${m.path}`}`}
                @click=${() => host.commentForm.delete(m.id)}>Delete</button>
            </li>`,
          )}
        </ol>
      </section>
      <section class="panel-block">
        <h2>Checklist</h2>
        ${paper.pending ? html`<p class="notice" id="checklist-pending">Checking the paper… the checklist and the suggested verdict follow when it is done.</p>` : nothing}
        <ul class="checklist" ?hidden=${paper.pending}>
          ${checklist.map((i) => html`<li class=${i.status} data-check=${i.id} data-status=${i.status}>
            <span class="check-mark" aria-hidden="true">${checkMarks[i.status]}</span>
            <span><strong>${i.label}</strong> <span class="visually-hidden">(${checkStatusText[i.status].toLowerCase()})</span><br /><small>${i.detail}</small></span></li>`)}
        </ul>
        <fieldset class="verdict">
          <legend>Verdict ${paper.pending ? nothing : html`<small>(the checklist suggests: ${verdictLabels[suggested].toLowerCase()})</small>`}</legend>
          ${(["accept", "return", "undecided"] as const).map(
            (v) => html`<label><input type="radio" name="verdict" value=${v} .checked=${review.verdict === v} @change=${() => host.review.setVerdict(id, v)} /> ${verdictLabels[v]}</label>`,
          )}
        </fieldset>
        <label class="block" for="review-note">Note to the sponsors</label>
        <textarea id="review-note" rows="3" .value=${review.note}
          @input=${(e: Event) => host.review.editNote(id, (e.target as HTMLTextAreaElement).value)} @change=${() => host.saving.fields.flush(`note:${id}`)}></textarea>
      </section>
      <section class="panel-block">
        <h2 id="findings-heading" tabindex="-1">Findings</h2>
        ${paper.pending ? renderCounts([]) : renderFindings(paper.diagnostics, {
          notice: paper.notice,
          groupLimit: host.review.findingsGroupLimit,
          onShowMore: host.review.showMoreFindings,
          onListEnd: host.review.findingsListEnd.ref,
          onSelect: (d) => {
            host.commentForm.setTarget({ clauseId: d.clause.id });
            host.querySelector(`.review-paper [data-clause-id="${CSS.escape(d.clause.id)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
          },
        })}
      </section>
    </aside>
  </div>`;
}
