/**
 * The open draft's findings, as the findings panel lists them: taken from the editor, which lints
 * what it shows, or from the lint worker when the editor does not (not defined); how many clause
 * groups are listed; and "Fix N format and style findings".
 */
import type { Diagnostic } from "@clausewise/lint";
import { ListEndWatcher, type ResolutionEditor } from "@clausewise/editor";
import { FIRST_LISTED_FINDINGS, FIRST_LISTED_GROUPS, LISTED_GROUPS_PAGE } from "./listing.ts";
import { plural } from "./words.ts";
import type { CwStudio } from "./studio.ts";

export class DraftFindings {
  diagnostics: Diagnostic[] = [];
  notice: string | null = null;
  /** False from opening a paper until its first findings arrive: the panel then says it is checking, not "no findings". */
  checked = false;
  /** Set once the editor has reported findings for the open draft: from then on its list is the truth. */
  private editorReported = false;
  /** Counts changes to the open draft, so a lint result for an older version is dropped. */
  private draftVersion = 0;
  private lintTimer = 0;

  /**
   * Clause groups the findings panel lists: a page, raised by a page as the list's end scrolls
   * near or "Show more" is pressed; the first report on a paper just opened lists fewer, so a
   * long paper's first findings are painted before the rest of the page is built.
   */
  groupLimit = LISTED_GROUPS_PAGE;

  /** Lists the next page of the findings panel's clause groups. */
  readonly showMore = (): void => {
    this.groupLimit += LISTED_GROUPS_PAGE;
    this.host.requestUpdate();
  };

  /** Watches the end of a partial findings list, to list the next page before it shows. */
  readonly listEnd: ListEndWatcher;

  constructor(private readonly host: CwStudio) {
    this.listEnd = new ListEndWatcher(host, this.showMore);
  }

  /** True when the editor element is defined and reports its own diagnostics. */
  get editorLints(): boolean {
    return customElements.get("resolution-editor") !== undefined;
  }

  /** Another paper is opened: nothing is known of its findings yet. */
  clear(): void {
    this.diagnostics = [];
    this.checked = false;
    this.notice = null;
    this.editorReported = false;
    this.groupLimit = LISTED_GROUPS_PAGE;
  }

  /**
   * The paper just opened is checked once: the editor lints the paper it is given and reports its
   * findings; the worker would lint the same paper a second time, competing with it for the processor.
   */
  checkOpenedPaper(id: string): void {
    if (!this.editorLints) this.scheduleDraftLint(0);
    else void this.takeFirstFindings(id);
  }

  /** The open draft changed: a lint result for the version before is dropped. */
  paperChanged(): void {
    this.draftVersion++;
  }

  /** After an edit: the worker checks the draft again when typing pauses (when the editor does not check it). */
  lintAfterEdit(): void {
    if (!this.editorLints) this.scheduleDraftLint(300);
  }

  onEditorDiagnostics(diagnostics: Diagnostic[]): void {
    const first = !this.editorReported;
    this.editorReported = true;
    this.checked = true;
    this.diagnostics = diagnostics;
    this.notice = null;
    if (first && diagnostics.length > FIRST_LISTED_FINDINGS) {
      this.groupLimit = FIRST_LISTED_GROUPS;
      // After the frame that paints the first groups: the rest of the list.
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.groupLimit = Math.max(this.groupLimit, LISTED_GROUPS_PAGE);
          this.host.requestUpdate();
        }, 0),
      );
    }
    this.host.requestUpdate();
  }

  /** "Fix N format and style findings": the editor applies them in one undoable step. */
  readonly fixAll = (): void => {
    const editor = this.host.querySelector("resolution-editor") as ResolutionEditor | null;
    if (!editor) return;
    const { applied, left } = editor.fixAll();
    // The button goes once nothing is left to fix: the paper keeps the focus, not the page.
    editor.focus();
    if (applied === 0) return this.host.messages.note("info", "Nothing to fix.");
    const rest = left > 0 ? " More remain: press Fix again." : "";
    this.host.messages.note("info", `Fixed ${plural(applied, "format and style finding")} (Ctrl+Z undoes it).${rest}`, "fix");
  };

  /**
   * The editor reports findings when they change, so a paper without any reports nothing: once
   * the editor for a just-opened paper has rendered, its findings (none, or what it found before
   * the studio listened) are taken from it.
   */
  private async takeFirstFindings(id: string): Promise<void> {
    await this.host.updateComplete;
    const editor = this.host.querySelector("resolution-editor") as ResolutionEditor | null;
    if (!editor) return;
    await editor.updateComplete;
    if (this.host.drafting.draft?.id === id && !this.editorReported) this.onEditorDiagnostics([...editor.diagnostics]);
  }

  /** Lints the draft in the worker when the editor does not (not defined yet, or lint off). */
  private scheduleDraftLint(delay: number): void {
    clearTimeout(this.lintTimer);
    this.lintTimer = window.setTimeout(async () => {
      const draft = this.host.drafting.draft;
      const version = this.draftVersion;
      if (!draft) return;
      try {
        const result = await this.host.lintClient.lint(draft.doc.toJSON());
        // Drop a result for another paper, an older version, or one the editor already covered.
        if (this.host.drafting.draft?.id !== draft.id || this.draftVersion !== version || this.editorReported) return;
        this.diagnostics = result.diagnostics;
        this.checked = true;
        this.notice = result.notice;
        this.host.requestUpdate();
      } catch (error) {
        this.host.messages.note("error", `Checking the paper failed: ${(error as Error).message}`);
      }
    }, delay);
  }
}
