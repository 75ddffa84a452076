/**
 * What the review desk hands back: a paper's feedback report (one HTML file), the reports of the
 * papers the table shows (one .zip), and a paper itself with the comments in it.
 */
import { feedbackReport } from "./report.ts";
import { reportsZip, reportsZipName } from "./report-bundle.ts";
import { download, exportPaper, exportTypes, fileNameFor, type ExportFormat } from "./files.ts";
import { headingOf, paperTitle } from "./paper.ts";
import { plural } from "./words.ts";
import type { DeskPaper } from "./desk.ts";
import type { CwStudio } from "./studio.ts";

export class DeskExport {
  /** The .zip of reports is being made (the button says so). */
  exportingReports = false;

  constructor(private readonly host: CwStudio) {}

  /** A paper's feedback report, and the name its file is given after (its code, else its title). */
  private reportOf(paper: DeskPaper): { base: string; html: string } {
    const reviewer = this.host.review.reviewer;
    const html = feedbackReport({
      doc: paper.doc,
      diagnostics: paper.diagnostics,
      review: paper.record.review!,
      ...(reviewer.trim() ? { reviewer: reviewer.trim() } : {}),
    });
    return { base: headingOf(paper.doc).code.trim() || paperTitle(paper.doc), html };
  }

  /**
   * A paper's feedback report, once its check is done: a report made while the paper is still
   * being checked would list no finding and call the paper within the mandate.
   */
  async exportReport(id: string): Promise<void> {
    const { host } = this;
    host.saving.flushEdits(); // a note typed a moment ago belongs in the report
    try {
      await host.desk.checked([id]);
    } catch {
      // A check that failed leaves the paper with its notice; the report says what is known.
    }
    const paper = host.desk.papers.get(id);
    if (!paper) return;
    const { base, html } = this.reportOf(paper);
    download(fileNameFor(base, "html", "-feedback"), html, "text/html;charset=utf-8");
  }

  /**
   * The feedback reports of these papers (the rows the table shows, in its order) as one .zip,
   * one HTML file per paper; papers still being checked are waited for.
   */
  async exportReports(ids: readonly string[]): Promise<void> {
    const { host } = this;
    if (!ids.length) return;
    host.saving.flushEdits(); // a verdict note typed a moment ago belongs in its report
    this.exportingReports = true;
    host.requestUpdate();
    try {
      await host.desk.checked(ids);
      const papers = ids.map((id) => host.desk.papers.get(id)).filter((p): p is DeskPaper => !!p);
      const zip = await reportsZip(papers.map((p) => this.reportOf(p)));
      download(reportsZipName(), zip, "application/zip");
      host.messages.note("info", `Downloaded ${plural(papers.length, "feedback report")} in one .zip, one file per paper.`, "reports");
    } catch (error) {
      host.messages.note("error", `The reports could not be exported: ${(error as Error).message}`, "reports");
    } finally {
      this.exportingReports = false;
      host.requestUpdate();
    }
  }

  /**
   * The paper itself with the comments in it: its .json for the studio, or Word's .docx with each
   * comment as a Word comment on its words.
   */
  async exportPaper(id: string, format: ExportFormat): Promise<void> {
    const paper = this.host.desk.papers.get(id);
    if (!paper) return;
    try {
      const base = headingOf(paper.doc).code.trim() || paperTitle(paper.doc);
      download(fileNameFor(base, format), await exportPaper(paper.doc, format), exportTypes[format]);
    } catch (error) {
      this.host.messages.note("error", `Export failed: ${(error as Error).message}`);
    }
  }
}
