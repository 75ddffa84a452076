/**
 * `clausewise lint --fix`: applies the first fix of every format and style finding (the findings
 * the editor's "Fix all" takes) and gives back the file to write, in passes linted again between
 * them: overlapping fixes, and findings a document rule reports one at a time, come in later
 * passes. Plain text files are edited only where a fix is, so the rest stays as the delegate typed
 * it; a fix whose text cannot be found exactly where the finding says is left out, never guessed.
 * JSON files are written again from the fixed document. A .docx is never rewritten.
 */
import { Transform } from "prosemirror-transform";
import type { Node } from "prosemirror-model";
import { bulkFixPass, MAX_FIX_PASSES, type Diagnostic, type FixEdit, type Linter } from "@clausewise/lint";
import type { CommitteeProfile } from "@clausewise/rulebook";
import { lintPaper, type LintedPaper } from "./lint.ts";
import { isUtf8, paperFromBytes, type LoadedPaper } from "./load.ts";

export interface FixResult {
  /** The paper as fixed (the one given when nothing was fixed). */
  paper: LoadedPaper;
  /** How many findings were fixed. */
  applied: number;
  /** The file's new bytes, or null when it stays as it is. */
  bytes: Uint8Array | null;
  /** Why the file cannot be fixed in place (a .docx, text that is not UTF-8), or null. */
  refused: string | null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Fixes `loaded` as `--fix` does. Pure apart from the linter's committee; writing is the caller's. */
export async function fixPaper(loaded: LoadedPaper, committee: CommitteeProfile, linter: Linter): Promise<FixResult> {
  const unchanged = (refused: string | null): FixResult => ({ paper: loaded, applied: 0, bytes: null, refused });
  if (loaded.source === null) return unchanged("--fix does not rewrite .docx files: fix them in the studio (Fix all), or lint the paper as .txt");
  if (/\.json$/i.test(loaded.path)) return fixJson(loaded, committee, linter);
  if (!isUtf8(loaded.bytes)) return unchanged("--fix rewrites only UTF-8 text files; save the file as UTF-8 to fix it");
  return fixText(loaded, committee, linter);
}

async function fixText(loaded: LoadedPaper, committee: CommitteeProfile, linter: Linter): Promise<FixResult> {
  const bom = UTF8_BOM.every((b, i) => loaded.bytes[i] === b) ? "\uFEFF" : "";
  let paper = loaded;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const linted = lintPaper(paper, committee, linter);
    const replacements: Replacement[] = [];
    let taken = 0;
    for (const d of bulkFixPass(linted.diagnostics)) {
      const found = fileReplacements(paper, linted, d);
      if (!found) continue;
      replacements.push(...found);
      taken++;
    }
    if (taken === 0) break;
    const text = withReplacements(paper.source!.text, replacements);
    paper = await paperFromBytes(paper.path, new TextEncoder().encode(bom + text));
    applied += taken;
  }
  return { paper, applied, bytes: applied ? paper.bytes : null, refused: null };
}

interface Replacement {
  start: number;
  end: number;
  insert: string;
}

/** Text compared with white space left out: the importer joins wrapped lines and collapses runs. */
const solid = (s: string) => s.replace(/\s+/g, "");
/** How much text on each side of an edit must match the file too. */
const CONTEXT = 12;

/**
 * The file ranges the finding's first fix replaces, or null when any of them cannot be found
 * exactly: the file's text there (and a little on either side) must be the document's.
 */
function fileReplacements(paper: LoadedPaper, linted: LintedPaper, d: Diagnostic): Replacement[] | null {
  const source = paper.source!;
  const placed = linted.placed[linted.diagnostics.indexOf(d)];
  const edits = d.fixes[0]!.edits;
  if (!placed || placed.fixes[0]?.replacements.length !== edits.length) return null;
  const doc = paper.result.doc;
  const out: Replacement[] = [];
  for (const [i, r] of placed.fixes[0]!.replacements.entries()) {
    const e: FixEdit = edits[i]!;
    const start = source.indexOf(r.start);
    const end = source.indexOf(r.end);
    if (end < start) return null;
    const $from = doc.resolve(e.from);
    const $to = doc.resolve(e.to);
    const before = doc.textBetween(Math.max($from.start(), e.from - CONTEXT), e.from);
    const after = doc.textBetween(e.to, Math.min($to.end(), e.to + CONTEXT));
    const file = source.text;
    const matches =
      solid(file.slice(start, end)) === solid(doc.textBetween(e.from, e.to)) &&
      solid(file.slice(Math.max(0, start - 4 * CONTEXT), start)).endsWith(solid(before)) &&
      solid(file.slice(end, end + 4 * CONTEXT)).startsWith(solid(after));
    if (!matches) return null;
    out.push({ start, end, insert: e.insert });
  }
  return out;
}

/** `text` with the replacements made, from the last to the first so each one's offsets still hold. */
function withReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, r.start) + r.insert + out.slice(r.end);
  }
  return out;
}

async function fixJson(loaded: LoadedPaper, committee: CommitteeProfile, linter: Linter): Promise<FixResult> {
  linter.setCommittee(committee.id);
  let doc = loaded.result.doc;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = bulkFixPass(linter.lint(doc));
    if (chosen.length === 0) break;
    doc = withEdits(doc, chosen.flatMap((d) => d.fixes[0]!.edits));
    applied += chosen.length;
  }
  if (applied === 0) return { paper: loaded, applied, bytes: null, refused: null };
  // The form the studio downloads (files.ts): two-space indentation and a final newline.
  const bytes = new TextEncoder().encode(JSON.stringify(doc.toJSON(), null, 2) + "\n");
  return { paper: await paperFromBytes(loaded.path, bytes), applied, bytes, refused: null };
}

/**
 * The document with non-overlapping edits made, from the last to the first; inserted text takes
 * the marks of the text it replaces (or of the text before it), as typing would.
 */
function withEdits(doc: Node, edits: readonly FixEdit[]): Node {
  const tr = new Transform(doc);
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (e.insert) {
      const $from = tr.doc.resolve(e.from);
      const marks = e.to === e.from ? $from.marks() : $from.marksAcross(tr.doc.resolve(e.to));
      tr.replaceWith(e.from, e.to, doc.type.schema.text(e.insert, marks));
    } else if (e.to > e.from) tr.delete(e.from, e.to);
  }
  return tr.doc;
}
