/**
 * Bringing papers into Draft: files (picked, or dropped on the page) and text pasted in the Paste
 * dialog. A file already among the drafts opens that paper rather than making a copy; one message
 * says what was imported, with the importer's notes, and what could not be.
 */
import type { Node } from "prosemirror-model";
import type { ImportWarning } from "@clausewise/formats";
import { fingerprint, importPaperFile, importPastedText } from "./files.ts";
import { listComments } from "./comments.ts";
import { fallbackCommittee } from "./committee.ts";
import { paperFromSameFile, paperWithSameText } from "./same-file.ts";
import { focusEditorText } from "./focus.ts";
import { plural } from "./words.ts";
import type { Message } from "./messages.ts";
import type { CwStudio } from "./studio.ts";

/**
 * A paper handed back from the review desk (its .json or Word file) carries the director's
 * comments, and a Word file its own comments; they show only as highlighted words until the
 * delegate puts the caret in them, so the import says so.
 */
function commentNote(doc: Node, fileName: string): ImportWarning[] {
  const n = listComments(doc).length;
  if (n === 0) return [];
  const what = /\.docx$/iu.test(fileName) ? plural(n, "Word comment") : `${plural(n, "comment")} from the review desk`;
  return [{ line: 0, message: `${what}, on the highlighted words: click them (or put the caret in them) to read ${n === 1 ? "it" : "each"}` }];
}

export class DraftImport {
  /** Why the pasted text could not be imported, shown in the Paste dialog until the text changes. */
  pasteError: string | null = null;
  /** The Paste dialog's text, kept if the dialog is closed without importing it. */
  pasteText = "";

  constructor(private readonly host: CwStudio) {}

  /**
   * Imports files as new drafts; the last one opens with the caret in its text. One message says
   * how it went. A file imported before (same name and bytes), or whose paper is already among the
   * drafts word for word, opens that paper instead of making a copy; the message offers the copy.
   */
  async importFiles(files: FileList | File[], options: { copies?: boolean } = {}): Promise<void> {
    const { host } = this;
    const imported: { name: string; warnings: readonly ImportWarning[] }[] = [];
    const failed: string[] = [];
    const already: { file: File; id: string }[] = [];
    for (const file of Array.from(files)) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const fileHash = fingerprint(bytes);
        const drafts = host.draftList.records();
        const same = options.copies ? undefined : paperFromSameFile(drafts, (p) => p.record.source, file.name, fileHash);
        if (same) {
          already.push({ file, id: same.record.id });
          continue;
        }
        const { doc, warnings } = await importPaperFile(file.name, bytes, fallbackCommittee(host.drafting.newCommittee));
        const twin = options.copies ? undefined : paperWithSameText(drafts, (p) => p.doc, doc);
        if (twin) {
          already.push({ file, id: twin.record.id });
          continue;
        }
        host.drafting.add(doc, undefined, { fileName: file.name, fileHash });
        imported.push({ name: file.name, warnings: [...warnings, ...commentNote(doc, file.name)] });
      } catch (error) {
        failed.push((error as Error).message);
      }
    }
    // The paper the file already is opens when nothing new was imported (a new one opens otherwise).
    const last = already.at(-1);
    if (last && !imported.length && host.drafting.draft?.id !== last.id) host.drafting.open(last.id);
    this.noteImport(imported, failed, already.map((a) => ({ name: a.file.name, title: host.draftList.title(a.id) })),
      already.length ? { label: already.length === 1 ? "Import a copy anyway" : "Import copies anyway", run: () => void this.importFiles(already.map((a) => a.file), { copies: true }) } : undefined);
    if (imported.length || already.length) void focusEditorText(host, "start");
  }

  /** Imports pasted text; a problem is shown in the Paste dialog, which stays open. */
  importPaste(text: string): boolean {
    try {
      const { doc, warnings } = importPastedText(text, fallbackCommittee(this.host.drafting.newCommittee));
      this.pasteText = "";
      this.host.dialogs.close(false);
      this.host.drafting.add(doc, "start");
      this.noteImport([{ name: "the pasted text", warnings }], []);
      return true;
    } catch (error) {
      this.pasteError = (error as Error).message;
      this.host.requestUpdate();
      return false;
    }
  }

  setPasteText(text: string): void {
    this.pasteText = text;
    if (this.pasteError === null) return;
    this.pasteError = null;
    this.host.requestUpdate();
  }

  /** The Paste dialog opened or closed: its last problem is not shown again. */
  clearPasteError(): void {
    this.pasteError = null;
  }

  /**
   * Says what was imported, with the importer's notes (e.g. a dropped "; or") so nothing changes
   * silently, and what could not be: one message, replacing the previous import's.
   */
  private noteImport(
    imported: readonly { name: string; warnings: readonly ImportWarning[] }[],
    failed: readonly string[],
    already: readonly { name: string; title: string }[] = [],
    action?: Message["action"],
  ): void {
    const parts: string[] = [];
    if (failed.length) parts.push(`${failed.map((m) => m.replace(/\.$/, "")).join("; ")}.`);
    if (already.length) {
      const which = already.map((a) => `${a.name} (“${a.title}”)`).join(", ");
      parts.push(already.length === 1 ? `${which} is already among your papers: it is open, with any changes you made.` : `${which} are already among your papers; the last is open.`);
    }
    const warnings = imported.flatMap((i) => i.warnings);
    const all = imported.flatMap((i) =>
      i.warnings.map((w) => `${imported.length > 1 ? `${i.name}, ` : ""}${w.line ? `line ${w.line}: ` : ""}${w.message}`),
    );
    if (imported.length) {
      const what = imported.map((i) => i.name).join(", ");
      // The message shows the first three; all of them are under "Show all N notes" (renderMessages).
      const first = all.slice(0, 3);
      const more = all.length > 3 ? ` (and ${(all.length - 3).toLocaleString("en-US")} more)` : "";
      parts.push(warnings.length ? `Imported ${what}, with ${plural(all.length, "note")}: ${first.join("; ")}${more}.` : `Imported ${what}.`);
    }
    if (parts.length === 0) return;
    // A paper found already imported is a warning (with the copy offered), so it stays until read.
    const kind = failed.length ? "error" : warnings.length || already.length ? "warning" : "info";
    this.host.messages.note(kind, parts.join(" "), "import", all.length > 3 ? all : undefined, action);
  }
}
