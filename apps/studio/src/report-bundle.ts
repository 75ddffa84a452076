/**
 * Every feedback report of the desk (or of the papers the table shows) in one .zip: a director
 * hands each delegation its own report, so the archive holds one self-contained HTML file per
 * paper, named after its code (or title), rather than one document of everyone's feedback.
 */
import { fileNameFor } from "./files.ts";

export interface ReportFile {
  /** The paper's code, else its title: what the file is named after. */
  base: string;
  html: string;
}

/**
 * File names for the reports, in order: "HRC-WP.1-feedback.html", and "-2", "-3" … for papers
 * whose names would be the same (two papers without a code and with the same title), compared
 * without case since Windows and macOS do.
 */
export function reportFileNames(bases: readonly string[]): string[] {
  const taken = new Set<string>();
  return bases.map((base) => {
    let name = fileNameFor(base, "html", "-feedback");
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = fileNameFor(base, "html", `-feedback-${n}`);
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The .zip of the reports (JSZip, loaded on first use like the Word libraries). */
export async function reportsZip(reports: readonly ReportFile[], date = new Date()): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  const names = reportFileNames(reports.map((r) => r.base));
  reports.forEach((r, i) => zip.file(names[i]!, r.html, { date }));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** "feedback-reports-2026-12-07.zip". */
export function reportsZipName(date = new Date()): string {
  return `feedback-reports-${date.toISOString().slice(0, 10)}.zip`;
}
