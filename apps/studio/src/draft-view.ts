/** The drafting mode: papers list, the editor, the findings panel, and the print rendering. */
import { html, nothing } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { guard } from "lit/directives/guard.js";
import { Directive, directive, PartType, type ElementPart, type PartInfo } from "lit/directive.js";
import { getCommittee } from "@clausewise/rulebook";
import type { Diagnostic } from "@clausewise/lint";
import { COMPILATION_ABOVE, defineResolutionEditor, fixableInBulk, type ResolutionEditor } from "@clausewise/editor";
import { operativeClauseCount } from "@clausewise/schema";
import type { Node } from "prosemirror-model";
import type { CwStudio } from "./studio.ts";
import { committeeTemplates } from "./templates.ts";
import { importAccept } from "./files.ts";
import { renderFindings } from "./findings-panel.ts";
import { renderPaper } from "./paper-view.ts";
import { headingOf, paperTitle } from "./paper.ts";
import { formatDateTime } from "./dates.ts";

function renderPaperList(host: CwStudio) {
  const drafts = host.draftList.records();
  const damaged = host.draftList.papers.filter((p) => !p.ok);
  return html`<section class="paper-list" aria-labelledby="papers-title">
    <h2 id="papers-title">Your papers</h2>
    ${drafts.length === 0 && damaged.length === 0 ? html`<p class="empty">No papers yet.</p>` : nothing}
    <ul>
      ${drafts.map(({ record, doc }) => {
        const h = headingOf(doc);
        return html`<li class="paper-item ${host.drafting.draft?.id === record.id ? "active" : ""}" data-paper-id=${record.id}>
          <button type="button" class="paper-open" aria-current=${host.drafting.draft?.id === record.id ? "true" : "false"} @click=${() => host.drafting.open(record.id, "start")}>
            <span class="paper-title">${paperTitle(doc)}</span>
            <span class="paper-meta">${getCommittee(h.committee)?.shortName ?? h.committee}${h.code ? ` · ${h.code}` : ""} · ${formatDateTime(record.updated)}</span>
          </button>
          <button type="button" class="icon subtle" aria-label="Delete ${paperTitle(doc)}" title="Delete" @click=${() => host.draftList.delete(record.id)}>×</button>
        </li>`;
      })}
      ${damaged.map((p) =>
        p.ok
          ? nothing
          : html`<li class="paper-item damaged" data-paper-id=${p.id}>
              <div class="paper-open">
                <span class="paper-title">Damaged paper</span>
                <span class="paper-meta" title=${p.problem}>Cannot be opened: ${p.problem}</span>
                <span class="damaged-actions">
                  <button type="button" class="link" @click=${() => host.draftList.downloadDamaged(p.id)}>Download its data</button>
                  <button type="button" class="link" @click=${() => host.draftList.delete(p.id)}>Delete</button>
                </span>
              </div>
            </li>`,
      )}
    </ul>
  </section>`;
}

/** The file picker styled as a button: the input comes first, so the label shows its focus ring (CSS). */
function filePicker(id: string, label: string, onFiles: (input: HTMLInputElement) => void) {
  return html`<input id=${id} class="visually-hidden" type="file" multiple accept=${importAccept}
      @change=${(e: Event) => onFiles(e.target as HTMLInputElement)} /><label class="button" for=${id}>${label}</label>`;
}

const importInto = (host: CwStudio) => (input: HTMLInputElement) => {
  if (input.files) void host.imports.importFiles(input.files).then(() => (input.value = ""));
};

/** The papers list: a column on wide screens, a drawer (Esc, its × or a tap beside it closes it) on narrow ones. */
function renderSidebar(host: CwStudio) {
  return html`${host.drawer.isOpen ? html`<div class="drawer-backdrop" @click=${() => host.drawer.toggle(false)}></div>` : nothing}
  <aside class="papers-panel ${host.drawer.isOpen ? "open" : ""}" aria-label="Papers" id="papers-panel">
    <div class="drawer-head">
      <span>Papers</span>
      <button type="button" class="icon drawer-close" aria-label="Close the papers list" @click=${() => host.drawer.toggle(false)}>×</button>
    </div>
    <section class="new-paper">
      <h2>New paper</h2>
      <label for="new-committee">Committee</label>
      <select id="new-committee" .value=${host.drafting.newCommittee} @change=${(e: Event) => host.drafting.setNewCommittee((e.target as HTMLSelectElement).value)}>
          ${committeeTemplates().map((c) => html`<option value=${c.id} ?selected=${c.id === host.drafting.newCommittee}>${c.name}</option>`)}
      </select>
      <button type="button" class="primary" id="new-paper" @click=${() => host.drafting.newFromTemplate(host.drafting.newCommittee)}>Create from template</button>
      <div class="row">
        ${filePicker("draft-file-input", "Import file…", importInto(host))}
        <button type="button" id="paste-button" @click=${() => host.dialogs.open("paste")}>Paste…</button>
      </div>
    </section>
    ${renderPaperList(host)}
  </aside>`;
}

function renderWelcome(host: CwStudio) {
  return html`<div class="welcome">
    <h1 id="draft-title" tabindex="-1">Start a working paper</h1>
    <p>Choose your committee. The paper opens with its organ line and a first clause, and is saved in this browser as you type.</p>
    <ul class="template-grid">
      ${committeeTemplates().map(
        (c) => html`<li>
          <button type="button" class="template-card" data-committee=${c.id} @click=${() => host.drafting.newFromTemplate(c.id)}>
            <span class="template-short">${c.shortName}</span>
            <span class="template-name">${c.name}</span>
            <em class="template-organ">${c.organLine}</em>
          </button>
        </li>`,
      )}
    </ul>
    <div class="welcome-actions">
      <span>Or bring a paper you have:</span>
      ${filePicker("welcome-file-input", "Import .docx, .txt or .json…", importInto(host))}
      <button type="button" @click=${() => host.dialogs.open("paste")}>Paste text…</button>
      ${host.draftList.records().length
        ? html`<button type="button" class="sidebar-toggle" aria-expanded=${host.drawer.isOpen} aria-controls="papers-panel"
            @click=${() => host.drawer.toggle(!host.drawer.isOpen)}>Your papers (${host.draftList.records().length})</button>`
        : nothing}
    </div>
  </div>`;
}

/** A paper the editor shows only partly to screen readers unless told otherwise (render-all). */
const isCompilation = (doc: Node) => operativeClauseCount(doc.child(2)) > COMPILATION_ABOVE;

// Defined here explicitly: a bare side-effect import of a "sideEffects": false package can be
// dropped by the bundler.
defineResolutionEditor();

/** Scrolls the editor to a finding's clause (the editor's own panel also offers this). */
/**
 * Takes the delegate from a finding in the column to its words: selected, in view, with its card
 * open (so a mandate fix is one click away). A finding the editor no longer has (the text changed
 * since the list was drawn) still brings its clause into view.
 */
function revealInEditor(host: CwStudio, d: Diagnostic): void {
  const editor = host.querySelector("resolution-editor") as ResolutionEditor | null;
  if (editor?.revealFinding(d)) return;
  const target = editor?.shadowRoot?.querySelector(`[data-clause-id="${CSS.escape(d.clause.id)}"]`);
  target?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/**
 * Hands the editor its document (only when another paper is opened, so typing is never
 * overwritten), catching what the editor throws for a paper it cannot take: a Lit property binding
 * would throw out of the whole studio's render, leaving every paper unreachable.
 */
class EditorValue extends Directive {
  private seed: unknown = undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error("editorValue goes on the <resolution-editor> element");
  }

  render(_seed: unknown, _onError: (error: unknown) => void) {
    return nothing;
  }

  override update(part: ElementPart, [seed, onError]: [unknown, (error: unknown) => void]) {
    if (seed !== this.seed) {
      this.seed = seed;
      try {
        (part.element as ResolutionEditor).value = seed;
      } catch (error) {
        // Reported after this render: the report re-renders the paper's place with the error.
        queueMicrotask(() => onError(error));
      }
    }
    return nothing;
  }
}
const editorValue = directive(EditorValue);

function renderEditor(host: CwStudio) {
  const draft = host.drafting.draft!;
  if (host.drafting.error?.id === draft.id) {
    return html`<div class="editor-error notice error" role="alert">
      <p>This paper cannot be opened in the editor: ${host.drafting.error.message}.</p>
      <p>Your other papers are in the list. Export this one as JSON to keep its text, or delete it.</p>
      <button type="button" @click=${() => host.drafting.export("json")}>Download as JSON</button>
      <button type="button" @click=${() => host.draftList.delete(draft.id)}>Delete this paper</button>
    </div>`;
  }
  if (!customElements.get("resolution-editor")) {
    return html`<div class="editor-missing">
      <p class="notice">The editor component is not available in this build; the paper is shown read-only.</p>
      ${renderPaper(draft.doc, { diagnostics: host.findings.diagnostics })}
    </div>`;
  }
  // Lit re-sets object-valued properties on every render; `editorValue` hands the editor its
  // document only when another paper is opened, so typing is never overwritten.
  return keyed(
    draft.id,
    html`<resolution-editor
      mode="draft"
      lint="on"
      ?render-all=${host.drafting.wholePaperForScreenReaders}
      ${editorValue(host.drafting.editorSeed, (error) => host.drafting.onRenderError(draft.id, error))}
      @resolution-change=${(e: Event) => host.drafting.onEditorChange(e.currentTarget as ResolutionEditor)}
      @diagnostics-change=${(e: CustomEvent<{ diagnostics: Diagnostic[] }>) => host.findings.onEditorDiagnostics(e.detail.diagnostics)}
    ></resolution-editor>`,
  );
}

export function renderDraft(host: CwStudio) {
  const draft = host.drafting.draft;
  const committee = draft ? getCommittee(headingOf(draft.doc).committee) : undefined;
  // Files dropped anywhere on the drafting page are imported (text dropped into the editor is the editor's).
  const onDrop = (e: DragEvent) => {
    if (e.defaultPrevented || !e.dataTransfer?.files.length) return;
    e.preventDefault();
    e.stopPropagation(); // taken here: the page-wide handler (stray-drops.ts) must not import them again
    void host.imports.importFiles(e.dataTransfer.files);
  };
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  };
  return html`<div class="draft-layout" @drop=${onDrop} @dragover=${onDragOver}>
      ${renderSidebar(host)}
      <section class="workspace" aria-label="Paper">
        ${draft
          ? html`<div class="paper-toolbar" role="toolbar" aria-label="Paper actions">
                <button type="button" class="sidebar-toggle" aria-expanded=${host.drawer.isOpen} aria-controls="papers-panel"
                  @click=${() => host.drawer.toggle(!host.drawer.isOpen)}>Papers</button>
                <span class="committee-name" title=${committee?.name ?? ""}>${committee?.name ?? headingOf(draft.doc).committee}</span>
                <button type="button" id="mandate-button" class="link" @click=${() => host.dialogs.open("mandate")}>What may ${committee?.shortName ?? "it"} do?</button>
                ${isCompilation(draft.doc)
                  ? html`<label class="whole-paper" title="A paper of over ${COMPILATION_ABOVE.toLocaleString("en-US")} operative clauses shows only the clauses near the screen to screen readers, so that typing stays fast. Tick to keep the whole paper available to them; typing is then slower (about 6 ms a key press per 1,000 clauses).">
                      <input type="checkbox" id="whole-paper" .checked=${host.drafting.wholePaperForScreenReaders}
                        @change=${(e: Event) => host.drafting.setWholePaperForScreenReaders((e.target as HTMLInputElement).checked)} />
                      Whole paper for screen readers</label>`
                  : nothing}
                <span class="spacer"></span>
                <span class="export-group" role="group" aria-label="Export">
                  <span class="label">Export</span>
                  <button type="button" data-export="docx" @click=${() => host.drafting.export("docx")}>Word</button>
                  <button type="button" data-export="txt" @click=${() => host.drafting.export("txt")}>Text</button>
                  <button type="button" data-export="json" @click=${() => host.drafting.export("json")}>JSON</button>
                  <button type="button" data-export="print" @click=${() => host.drafting.print()}>Print / PDF</button>
                </span>
              </div>
              <div class="editor-frame">${renderEditor(host)}</div>`
          : renderWelcome(host)}
      </section>
      <aside class="findings-panel" aria-label="Findings">
        <h2>Findings</h2>
        ${draft
          ? // The studio re-renders on every keystroke; the list (thousands of findings in a long
            // paper) only when what it shows changes.
            guard([host.findings.diagnostics, host.findings.notice, host.findings.groupLimit, host.findings.checked], () =>
              renderFindings(host.findings.diagnostics, {
                notice: host.findings.notice,
                groupLimit: host.findings.groupLimit,
                checking: !host.findings.checked,
                onSelect: (d) => revealInEditor(host, d),
                onShowMore: host.findings.showMore,
                onListEnd: host.findings.listEnd.ref,
                fixable: host.findings.diagnostics.filter((d) => fixableInBulk(d)).length,
                onFixAll: host.findings.fixAll,
              }),
            )
          : html`<p class="empty">Open or create a paper to see its findings.</p>`}
      </aside>
    </div>
    ${draft && host.printView.doc ? html`<div class="print-only">${guard([host.printView.doc], () => renderPaper(host.printView.doc!))}</div>` : nothing}`;
}
