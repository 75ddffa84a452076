/**
 * The tolerant reader of working papers given as text: pasted, saved from Word, copied out of a
 * PDF. It never throws; whatever it cannot place exactly goes somewhere visible, with a warning.
 *
 * Lines are cleaned (normalise.ts), page furniture removed (noise.ts), then read top to bottom by
 * a small state machine: heading → preamble → operative. Labels typed in the text only decide
 * structure; the document's own numbers, labels and end punctuation are derived by the schema.
 */
import { createDocument, openingPhrase, MAX_SUBCLAUSE_DEPTH, type ClauseInput, type HeadingAttrs } from "@clausewise/schema";
import { newClauseId, toRoman, toLetter } from "@clausewise/schema";
import { findCommittee, getCommittee, type CommitteeProfile } from "@clausewise/rulebook";
import { splitLines, columnOf, collapseSpaces, type QuoteStyle, type SourceLine } from "./normalise.ts";
import { removeNoise, type CleanLine } from "./noise.ts";
import { readLeadingLabel, type LabelReading, type LabelStyle, type LabelType } from "./labels.ts";
import {
  readHeadingField, readOrganLine, splitNames, isDocumentSymbol, isMasthead, committeeFromSymbol, readTitleLine, lookupCommittee,
  type HeadingField,
} from "./heading-lines.ts";
import { lazyHyphenatedWords, joinInto, Paragraph } from "./join.ts";
import type { ImportResult, ImportWarning, SourcePosition } from "./types.ts";

export interface ImportTextOptions {
  /** Committee (profile id or name) to use when the text names none. */
  committee?: string;
  /** "keep" (default) leaves quotation marks as typed; "straight" turns ‘’“” into ' and ". */
  quotes?: QuoteStyle;
}

/** A clause being read: text accumulates line by line. */
interface Draft {
  id: string;
  text: Paragraph;
  sub: Draft[];
  continuation: Paragraph | null;
  /** Indentation of the line the clause starts on. */
  indent: number;
  /** Line the clause starts on, for warnings. */
  line: number;
}

/** An open level of sub-clauses under the current operative clause; level k is depth k + 1. */
interface Level {
  draft: Draft;
  style: LabelStyle;
  type: LabelType;
  ordinal: number;
  glyph?: string;
}

type Sink = { draft: Draft; field: "text" | "continuation" };

const ENDS_CLAUSE = /[,;:.!?]["'”’)\]]*$/;
const STRONG_END = /[;:.!?]["'”’)\]]*$/;

class TextReader {
  readonly warnings: ImportWarning[] = [];
  readonly sources = new Map<string, SourcePosition>();
  readonly heading: Omit<HeadingAttrs, "committee"> = { code: "", topic: "", sponsors: [], signatories: [] };
  readonly preamble: Draft[] = [];
  readonly operative: Draft[] = [];

  private phase: "heading" | "preamble" | "operative" = "heading";
  private stack: Level[] = [];
  private sink: Sink | null = null;
  /** Indentation of the line the current sink started on. */
  private sinkIndent = 0;
  private lastSoftHyphen = false;
  private blankBefore = false;
  /** The previous content line did not end with punctuation: the paragraph may go on. */
  private prevOpen = false;
  private prevEnded = false;
  /** The previous content line ended with ";", ":", "." (not a comma). */
  private prevStrong = false;
  /** A page footer, page number or other noise was dropped since the last content line. */
  private noiseBefore = false;
  private pendingField: HeadingField | null = null;
  private sawOrganLine = false;
  /** Index of the organ line when there is one near the top: everything above it is heading. */
  private organAt = -1;
  private index = 0;
  private lines: readonly CleanLine[] = [];
  /** Heading lines that are no field: used as the topic when there is neither a Topic line nor a title. */
  readonly unknownHeading: { line: number; text: string }[] = [];
  title: { line: number; text: string } | null = null;
  /** The heading line just read, which a wrapped next line continues. */
  private lastHeading: "title" | "topic" | "sponsors" | "signatories" | "masthead" | null = null;
  private lastHeadingLine = 0;

  committeeLine: { profile: CommitteeProfile | undefined; value: string; line: number } | null = null;
  organ: { profile: CommitteeProfile | undefined; name: string; line: number } | null = null;
  mastheadCommittee: CommitteeProfile | undefined;

  constructor(private readonly known: { has(word: string): boolean }) {}

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  read(lines: CleanLine[]): void {
    this.organAt = findOrganLine(lines);
    this.lines = lines;
    for (const [index, line] of lines.entries()) {
      if (line.dropped) {
        this.noiseBefore = true;
        continue;
      }
      this.index = index;
      if (line.text === "") {
        this.blankBefore = true;
        continue;
      }
      if (this.phase !== "heading" && this.blankBefore && isSectionHeading(lines, index)) {
        this.warn(line.line, `dropped the section heading "${line.text}": working papers have no headings between clauses`);
        continue;
      }
      this.readLine(line);
      this.blankBefore = false;
      this.noiseBefore = false;
      this.prevEnded = ENDS_CLAUSE.test(line.text);
      this.prevStrong = STRONG_END.test(line.text);
      this.prevOpen = !this.prevEnded;
      this.lastSoftHyphen = line.softHyphen;
    }
  }

  private readLine(line: SourceLine): void {
    if (this.phase === "heading" && this.readHeadingLine(line)) return;
    if (this.phase === "preamble" && !this.organ && this.operative.length === 0) {
      // The organ line after "Whereas" clauses, as in resolutions of the 1940s.
      const organ = readOrganLine(line.text);
      if (organ?.profile) {
        this.organ = { ...organ, line: line.line };
        this.sink = null;
        return;
      }
    }
    const label = readLeadingLabel(line.text);
    if (label && label.kind !== "bullet" && /^\[?(?:…|\.\.\.)\]?$/.test(label.rest)) {
      // "155. […]": a paragraph an excerpt leaves out.
      this.warn(line.line, `dropped "${line.text}": a paragraph left out of an excerpt`);
      return;
    }
    // "2." or "(b)" alone on a line: its text follows.
    if (!label && this.sink && this.sinkText() === "") return this.append(line.text);
    // A label starts a clause after a blank line, after a finished line, after a label alone on
    // its line; a bullet always does.
    const boundary = this.blankBefore || this.prevEnded || this.sink === null || this.sinkText() === "" || label?.kind === "bullet";
    if (label?.kind === "operative") {
      const expected = this.operative.length + 1;
      if (label.number === expected || (boundary && label.number < 1000)) return this.startOperative(line, label.number, label.rest);
    } else if (label?.kind === "sub" || label?.kind === "bullet") {
      if (this.phase !== "operative") {
        if (boundary) return this.labelInPreamble(line, label.kind === "sub" ? label.text : label.glyph, label.rest, label.kind === "bullet");
      } else if (label.kind === "sub" && this.continuesInlineList(label.style, label.readings)) {
        // "… in particular: (i) …; (ii) …;" wrapped so that "(iii)" opens a line: still text.
        return this.append(line.text);
      } else if (boundary || (label.kind === "sub" && this.isExpectedSibling(label.style, label.readings))) {
        return this.startSub(line, label.kind === "sub"
          ? { style: label.style, readings: label.readings, text: label.text }
          : { style: "bullet", readings: [{ type: "bullet", ordinal: 0 }], text: label.glyph, glyph: label.glyph }, label.rest);
      }
    }
    this.readUnlabelled(line);
  }

  /** Heading lines; returns false when the line starts the body of the paper. */
  private readHeadingLine(line: SourceLine): boolean {
    const text = line.text;
    const field = readHeadingField(text);
    const previous = this.lastHeading;
    this.lastHeading = null;
    if (field) {
      this.setField(field.field, field.value, line);
      this.pendingField = field.value === "" ? field.field : null;
      if (field.value && (field.field === "topic" || field.field === "sponsors" || field.field === "signatories")) {
        this.lastHeading = field.field;
        this.lastHeadingLine = line.line;
      }
      return true;
    }
    // The organ line of a committee we have no profile for, named by the Committee line above.
    const named = this.committeeLine && !this.committeeLine.profile && /^the\s+(.+?),$/i.exec(text);
    const organ = readOrganLine(text) ?? (named && named[1]!.toLowerCase() === this.committeeLine!.value.toLowerCase() ? { profile: undefined, name: named[1]! } : null);
    if (organ) {
      this.organ = { ...organ, line: line.line };
      this.sawOrganLine = true;
      this.pendingField = null;
      this.phase = "preamble";
      if (!organ.profile) this.warn(line.line, `the organ line "${text}" names no committee we know`);
      return true;
    }
    if (this.pendingField && !readLeadingLabel(text) && !this.looksLikeClause(text)) {
      this.setField(this.pendingField, text, line);
      return true;
    }
    if (isDocumentSymbol(text)) {
      if (!this.heading.code) this.heading.code = text;
      else if (text !== this.heading.code) this.warn(line.line, `dropped the document symbol "${text}": the code is already "${this.heading.code}"`);
      return true;
    }
    const masthead = findCommittee(text);
    if (masthead && !/,$/.test(text)) {
      // "Security Council" or "Human Rights Council" as the title of a published resolution.
      this.mastheadCommittee ??= masthead;
      return true;
    }
    if (isMasthead(text)) {
      this.warn(line.line, `dropped "${text}": part of the masthead of a published resolution, not of the paper`);
      this.lastHeading = "masthead";
      this.lastHeadingLine = line.line;
      return true;
    }
    const aboveOrgan = this.index < this.organAt;
    this.lastHeading = previous;
    // Above an organ line only a clause ending like one starts the text (old resolutions put
    // "Whereas …," clauses before "The Security Council,"); titles and agenda lines do not.
    const strongClause = () => ENDS_CLAUSE.test(text) && (/^Whereas\b/i.test(text) || openingPhrase(text, "preamble")?.known === true);
    if (aboveOrgan ? strongClause() : readLeadingLabel(text) || this.looksLikeClause(text)) {
      this.phase = "preamble";
      return false;
    }
    // A title, topic or list of sponsors wrapped onto the next line goes on.
    const last = this.lastHeading;
    if (last && !this.blankBefore && this.lastHeadingLine === line.line - 1) {
      if (last === "masthead") this.warn(line.line, `dropped "${text}": it continues the masthead line above`);
      else if (last === "title") this.title!.text += ` ${text}`;
      else if (last === "topic") this.heading.topic += ` ${text}`;
      else this.heading[last].push(...splitNames(text));
      this.lastHeadingLine = line.line;
      return true;
    }
    const title = readTitleLine(text);
    if (title && !this.title) {
      this.title = { line: line.line, text: title };
      this.lastHeading = "title";
      this.lastHeadingLine = line.line;
    } else this.unknownHeading.push({ line: line.line, text });
    return true;
  }

  /** In the heading, only a known opening phrase, or a participle line ending like a clause, starts the text. */
  private looksLikeClause(text: string): boolean {
    const pre = openingPhrase(text, "preamble");
    if (pre?.known || (pre !== null && ENDS_CLAUSE.test(text)) || openingPhrase(text, "operative")?.known) return true;
    // "Whereas …" (United States style) and long sentences ending like a clause are no heading.
    return /^Whereas\b/i.test(text) || (text.split(" ").length >= 12 && /(?:[,;]|\band|\bor)["'”’]?$/.test(text));
  }

  /** The topic: a Topic line, else the title of a published resolution, else the unknown heading lines. */
  finishTopic(): void {
    const unknown = this.unknownHeading;
    if (!this.heading.topic && this.title) {
      this.heading.topic = this.title.text;
      this.warn(this.title.line, `the title "${this.title.text}" read as the topic`);
    } else if (!this.heading.topic && unknown.length) {
      this.heading.topic = unknown.map((u) => u.text).join(" ");
      for (const u of unknown) this.warn(u.line, `"${u.text}" is not a heading field: read as the topic`);
      return;
    } else if (this.title) {
      this.warn(this.title.line, `dropped the title "${this.title.text}": the topic line gives the topic`);
    }
    for (const u of unknown) this.warn(u.line, `dropped "${u.text}": a heading line that is no field (the topic is "${this.heading.topic}")`);
  }

  private setField(field: HeadingField, value: string, line: SourceLine): void {
    if (field === "sponsors" || field === "signatories") {
      this.heading[field].push(...splitNames(value));
    } else if (field === "committee") {
      if (!value) return;
      const profile = lookupCommittee(value);
      if (!profile) this.warn(line.line, `"${value}" is not a committee we know`);
      if (!this.committeeLine || (!this.committeeLine.profile && profile)) this.committeeLine = { profile, value, line: line.line };
    } else if (value) {
      if (this.heading[field]) this.warn(line.line, `a second ${field} line: "${value}" added to the ${field}`);
      this.heading[field] = this.heading[field] ? `${this.heading[field]} ${value}` : value;
    }
  }

  private newDraft(line: SourceLine, text: string): Draft {
    const draft: Draft = { id: newClauseId(), text: new Paragraph(text), sub: [], continuation: null, indent: line.indent, line: line.line };
    this.sinkIndent = line.indent;
    this.sources.set(draft.id, { line: line.line, column: columnOf(line, 0) });
    return draft;
  }

  private append(text: string): void {
    const sink = this.sink!;
    const paragraph = sink.field === "text" ? sink.draft.text : (sink.draft.continuation ??= new Paragraph());
    joinInto(paragraph, text, this.lastSoftHyphen, this.known);
  }

  private startPreambular(line: SourceLine, text: string): void {
    if (!this.sawOrganLine && this.preamble.length === 0 && this.operative.length === 0) {
      this.warn(line.line, "no organ line (such as \"The Human Rights Council,\") before the first clause");
      this.sawOrganLine = true;
    }
    const draft = this.newDraft(line, text);
    this.preamble.push(draft);
    this.sink = { draft, field: "text" };
    this.phase = "preamble";
  }

  private startOperative(line: SourceLine, number: number | null, text: string): void {
    if (!this.sawOrganLine && this.preamble.length === 0 && this.operative.length === 0) {
      this.warn(line.line, "no organ line (such as \"The Human Rights Council,\") before the first clause");
      this.sawOrganLine = true;
    }
    const expected = this.operative.length + 1;
    if (number !== null && number !== expected) {
      this.warn(line.line, `clause numbered ${number} is operative clause ${expected}: numbers are derived from position`);
    }
    const draft = this.newDraft(line, text);
    this.operative.push(draft);
    this.stack = [];
    this.sink = { draft, field: "text" };
    this.phase = "operative";
  }

  private labelInPreamble(line: SourceLine, label: string, rest: string, bullet: boolean): void {
    if (bullet) return this.startPreambular(line, rest);
    const current = this.preamble.at(-1);
    if (!current) return this.startPreambular(line, `${label} ${rest}`.trim());
    this.warn(line.line, `preambular clauses have no sub-clauses: "${label}" kept as text of the clause above`);
    this.sink = { draft: current, field: "text" };
    const added = `${label} ${rest}`.trim();
    current.text.push(current.text.empty ? added : ` ${added}`);
  }

  /** A label whose predecessor was written inside the text of the current clause, not as a label. */
  private continuesInlineList(style: LabelStyle, readings: LabelReading[]): boolean {
    if (!this.sink || this.sink.field !== "text") return false;
    // The inline list is near the end of the clause; a bounded look keeps long clauses linear.
    const text = this.sink.draft.text.tail(4000);
    return readings.some((r) => {
      if (r.ordinal < 2 || r.type === "bullet") return false;
      if (this.stack.some((l) => l.style === style && l.type === r.type && l.ordinal === r.ordinal - 1)) return false;
      const key = r.type === "roman" ? toRoman(r.ordinal - 1) : toLetter(r.ordinal - 1);
      const previous = style === "paren" ? `(${key})` : style === "rparen" ? `${key})` : `${key}.`;
      return new RegExp(`(?:^|\\s)${previous.replace(/[().]/g, "\\$&")}\\s`).test(text);
    });
  }

  private isExpectedSibling(style: LabelStyle, readings: LabelReading[]): boolean {
    return this.stack.some((l) => l.style === style && readings.some((r) => r.type === l.type && r.ordinal === l.ordinal + 1))
      || readings.some((r) => r.ordinal === 1 && r.type !== "bullet");
  }

  /** Decides the depth of a sub-clause from its label and the open levels (see README). */
  private resolveLevel(style: LabelStyle, readings: LabelReading[], glyph: string | undefined, line: SourceLine): { depth: number; reading: LabelReading } {
    const stack = this.stack;
    const innermost = stack.at(-1)?.draft ?? this.operative.at(-1)!;
    const first = readings.find((r) => r.ordinal === 1);
    if (style === "bullet") {
      const sameGlyph = [...stack.keys()].reverse().find((k) => stack[k]!.style === "bullet" && stack[k]!.glyph === glyph);
      if (sameGlyph !== undefined) return { depth: sameGlyph + 1, reading: { type: "bullet", ordinal: stack[sameGlyph]!.ordinal + 1 } };
      // A first bullet goes under a clause that announces a list (":"), else beside the last sub-clause.
      const depth = stack.length === 0 || innermost.text.tail().trimEnd().endsWith(":") ? stack.length + 1 : stack.length;
      return { depth, reading: { type: "bullet", ordinal: 1 } };
    }
    // A chapeau ending in ":" announces a new level: "(h) … :" then "(i)" is roman one.
    if (first && innermost.text.tail().trimEnd().endsWith(":")) return { depth: stack.length + 1, reading: first };
    for (let k = stack.length - 1; k >= 0; k--) {
      const level = stack[k]!;
      if (level.style !== style) continue;
      const next = readings.find((r) => r.type === level.type && r.ordinal === level.ordinal + 1);
      if (next) return { depth: k + 1, reading: next };
    }
    const sameKind = [...stack.keys()].reverse().find((k) => stack[k]!.style === style && readings.some((r) => r.type === stack[k]!.type));
    if (first) {
      if (sameKind !== undefined) this.warn(line.line, `label "${labelText(style, first)}" starts again: read as a new level of sub-clauses`);
      return { depth: stack.length + 1, reading: first };
    }
    if (sameKind !== undefined) {
      const level = stack[sameKind]!;
      const reading = readings.find((r) => r.type === level.type)!;
      this.warn(line.line, `sub-clause labels out of sequence at line ${line.line}: labels are derived from position`);
      return { depth: sameKind + 1, reading };
    }
    this.warn(line.line, `sub-clause label does not follow from the labels above: read as a new level`);
    return { depth: stack.length + 1, reading: readings[0]! };
  }

  private startSub(line: SourceLine, label: { style: LabelStyle; readings: LabelReading[]; text: string; glyph?: string }, rest: string): void {
    const op = this.operative.at(-1)!;
    let { depth, reading } = this.resolveLevel(label.style, label.readings, label.glyph, line);
    if (depth > MAX_SUBCLAUSE_DEPTH) {
      this.warn(line.line, `sub-clauses go ${MAX_SUBCLAUSE_DEPTH} levels deep at most: "${label.text}" kept at level ${MAX_SUBCLAUSE_DEPTH}`);
      depth = MAX_SUBCLAUSE_DEPTH;
    }
    const parent = depth === 1 ? op : this.stack[depth - 2]!.draft;
    if (parent.continuation !== null) {
      // The schema puts a continuation after all sub-clauses; a sub-clause after it stays as text.
      this.warn(line.line, `sub-clause "${label.text}" comes after text that continues the clause: kept in that text`);
      joinInto(parent.continuation, `${label.text} ${rest}`.trim(), false, this.known);
      this.sink = { draft: parent, field: "continuation" };
      return;
    }
    if (label.style === "bullet" && !this.stack.some((l) => l.style === "bullet")) {
      this.warn(line.line, `bullet read as a sub-clause of operative clause ${this.operative.length}`);
    }
    const draft = this.newDraft(line, rest);
    parent.sub.push(draft);
    this.stack.length = depth - 1;
    const level: Level = { draft, style: label.style, type: reading.type, ordinal: reading.ordinal };
    if (label.glyph !== undefined) level.glyph = label.glyph;
    this.stack.push(level);
    this.sink = { draft, field: "text" };
  }

  private readUnlabelled(line: SourceLine): void {
    const text = line.text;
    const startsLower = /^[\p{Ll}\p{N}(]/u.test(text);
    let newParagraph: boolean;
    if (this.sink === null) newParagraph = true;
    else if (this.blankBefore) {
      // A blank line inside a sentence goes on with the paragraph: after a line without end
      // punctuation ("of the" / "" / "United Nations …"), or across a page break ("proposals," /
      // "Page 2 of 5" / "including …"). Otherwise a blank line starts a paragraph, whatever its
      // first letter, as in the canonical text.
      const opens = openingPhrase(text, "preamble") !== null || openingPhrase(text, "operative") !== null;
      newParagraph = !((startsLower && !this.prevStrong && this.noiseBefore) || (this.prevOpen && !opens));
    } else newParagraph = this.prevEnded && this.startsClause(text, line.indent);
    if (!newParagraph) return this.append(text);

    if (this.phase !== "operative") {
      // "Encourages all agencies …;" without a number is an operative clause (student papers);
      // one ending with a comma is a preambular clause that opens with the wrong verb.
      const operativeStart =
        openingPhrase(text, "operative")?.known && !openingPhrase(text, "preamble") && !/,["'”’)]?$/.test(this.paragraphEnd());
      if (operativeStart && this.preamble.length > 0) {
        this.warn(line.line, `unnumbered paragraph opening with "${openingPhrase(text, "operative")!.text}" read as operative clause ${this.operative.length + 1}`);
        return this.startOperative(line, null, text);
      }
      return this.startPreambular(line, text);
    }

    const op = this.operative.at(-1)!;
    if (this.stack.length > 0) return this.startContinuation(line, text, op);
    if (openingPhrase(text, "operative")?.known && /^\p{Lu}/u.test(text)) {
      this.warn(line.line, `unnumbered paragraph read as operative clause ${this.operative.length + 1}`);
      return this.startOperative(line, null, text);
    }
    const field = op.continuation !== null ? "continuation" : "text";
    if (this.blankBefore) this.warn(line.line, `unnumbered paragraph joined to operative clause ${this.operative.length}`);
    this.sink = { draft: op, field };
    this.append(text);
  }

  /** The last line of the paragraph starting at the current line (up to a blank or labelled line). */
  private paragraphEnd(): string {
    let last = this.lines[this.index]!.text;
    for (let j = this.index + 1; j < this.lines.length && j < this.index + 200; j++) {
      const l = this.lines[j]!;
      if (l.dropped) continue;
      if (l.text === "" || readLeadingLabel(l.text)) break;
      last = l.text;
    }
    return last;
  }

  /** Whether an unlabelled line after a finished line starts a new paragraph. */
  private startsClause(text: string, indent: number): boolean {
    if (this.phase === "operative") {
      if (!STRONG_END.test(this.sinkText().slice(-20))) return false;
      // Under sub-clauses only a line set further left continues the parent ("…; such a mechanism"
      // wrapped in a PDF stays in its sub-clause); a blank line also starts a continuation.
      if (this.stack.length > 0) return indent < this.sinkIndent;
      return /^\p{Lu}/u.test(text);
    }
    if (/^\p{Lu}/u.test(text)) return openingPhrase(text, "preamble") !== null || openingPhrase(text, "operative")?.known === true;
    // A paper typed with its openings in lower case ("concerned that …," / "recalling …,"): a
    // listed opening after a comma starts the next clause when the clause above also opened in
    // lower case. In a wrapped PDF a participle after a comma goes on with the clause
    // ("…in Parliament," / "commending the Somali authorities …"), and that clause opened with a capital.
    return (
      /^\p{Ll}/u.test(text) &&
      openingPhrase(text, "preamble")?.known === true &&
      /,\s*$/u.test(this.sinkText()) &&
      this.sink !== null &&
      /^\s*\p{Ll}/u.test(this.sink.draft.text.head())
    );
  }

  private sinkText(): string {
    if (!this.sink) return "";
    return (this.sink.field === "text" ? this.sink.draft.text : this.sink.draft.continuation)?.tail() ?? "";
  }

  /**
   * Text after sub-clauses continues one of the open parents: the deepest whose label sits at or
   * left of the text while its sub-clauses sit further right; with no indentation to go by, the
   * operative clause itself.
   */
  private startContinuation(line: SourceLine, text: string, op: Draft): void {
    const parents: { draft: Draft; depth: number }[] = [{ draft: op, depth: 0 }];
    this.stack.slice(0, -1).forEach((l, k) => parents.push({ draft: l.draft, depth: k + 1 }));
    let chosen = parents[0]!;
    for (const p of parents) {
      const childIndent = p.draft.sub[0]?.indent ?? Infinity;
      if (p.draft.indent <= line.indent && line.indent < childIndent) chosen = p;
    }
    const { draft } = chosen;
    if (draft.continuation !== null) {
      this.warn(line.line, `a second paragraph after the sub-clauses: joined to the text that continues the clause`);
      draft.continuation.push(` ${text}`);
    } else {
      draft.continuation = new Paragraph(text);
    }
    this.stack.length = chosen.depth;
    this.sink = { draft, field: "continuation" };
    this.sinkIndent = line.indent;
  }
}

/**
 * A heading inside the text of a published resolution ("I", "Political situation and electoral
 * process"): a short line without end punctuation, alone between blank lines, before a numbered
 * operative clause.
 */
function isSectionHeading(lines: readonly CleanLine[], index: number): boolean {
  const text = lines[index]!.text;
  if (ENDS_CLAUSE.test(text) || text.split(" ").length > 12 || readLeadingLabel(text)?.kind === "operative") return false;
  // A last preambular clause that lacks its comma is text, not a heading ("Armed Groups" is one).
  if (openingPhrase(text, "preamble")?.known || openingPhrase(text, "operative")?.known) return false;
  let j = index + 1;
  while (j < lines.length && lines[j]!.dropped) j++;
  if (j >= lines.length || lines[j]!.text !== "") return false;
  while (j < lines.length && (lines[j]!.dropped || lines[j]!.text === "")) j++;
  return j < lines.length && readLeadingLabel(lines[j]!.text)?.kind === "operative";
}

/** Index of the organ line among the first lines, before any numbered clause; -1 when there is none. */
function findOrganLine(lines: readonly CleanLine[]): number {
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (line.dropped || line.text === "") continue;
    if (++seen > 60 || readLeadingLabel(line.text)?.kind === "operative") return -1;
    if (readOrganLine(line.text)) return index;
  }
  return -1;
}

function labelText(style: LabelStyle, r: LabelReading): string {
  const key = r.type === "roman" ? "i" : "a";
  return style === "paren" ? `(${key})` : style === "rparen" ? `${key})` : `${key}.`;
}

/**
 * The text of a clause as stored: spaces collapsed, and the end punctuation its position derives
 * removed — one trailing "," ";" ":" or ".", and a trailing "; and" / "; or" (", and" / ", or")
 * that joins list items.
 */
export function clauseTextOf(raw: string, onGlue?: (word: string) => void): string {
  let s = collapseSpaces(raw);
  s = s.replace(/\s*[,;:.]$/, "");
  const glue = /\s*[;,]\s*(and|or)$/i.exec(s);
  if (glue) {
    onGlue?.(glue[1]!.toLowerCase());
    s = s.slice(0, glue.index).replace(/\s*[,;:.]$/, "");
  }
  return s;
}

/** Reads a working paper from text. Never throws. */
export function importText(text: string, options: ImportTextOptions = {}): ImportResult {
  const input = typeof text === "string" ? text : String(text ?? "");
  const warnings: ImportWarning[] = [];
  const lines = removeNoise(splitLines(input, options.quotes ?? "keep"), warnings);
  const reader = new TextReader(lazyHyphenatedWords(input));
  reader.read(lines);
  reader.finishTopic();
  warnings.push(...reader.warnings);

  const toInput = (d: Draft, depth: number): ClauseInput => {
    const text = clauseTextOf(d.text.toString(), (word) => {
      if (word === "or") warnings.push({ line: d.line, message: `"; or" at the end of the clause dropped: the end punctuation is derived; if the items are alternatives, say so in the clause above` });
    });
    if (depth > 0 && d.sub.length === 0) return { id: d.id, text };
    const out: ClauseInput = { id: d.id, text };
    if (d.sub.length > 0) {
      out.sub = d.sub.map((s) => toInput(s, depth + 1));
      if (d.continuation !== null) out.continuation = clauseTextOf(d.continuation.toString());
    }
    return out;
  };

  if (reader.operative.length === 0) {
    warnings.push({ line: 0, message: "no operative clauses: the paper has only a preamble so far" });
  }
  for (const d of reader.operative) {
    if (collapseSpaces(d.text.toString()) === "" && d.sub.length === 0) warnings.push({ line: d.line, message: "an operative clause without text" });
  }

  const committee = resolveCommittee(reader, options, warnings);
  const heading: HeadingAttrs = { ...reader.heading, committee: committee ?? "" };
  const doc = createDocument({
    heading,
    preamble: reader.preamble.map((d) => ({ id: d.id, text: clauseTextOf(d.text.toString()) })),
    operative: reader.operative.map((d) => toInput(d, 0)),
  });
  warnings.sort((a, b) => a.line - b.line);
  return { doc, warnings, committee, sources: reader.sources };
}

/** Committee line, else organ line, else document symbol or masthead title, else the option. */
function resolveCommittee(reader: TextReader, options: ImportTextOptions, warnings: ImportWarning[]): string | null {
  const fromLine = reader.committeeLine?.profile;
  const fromOrgan = reader.organ?.profile;
  if (fromLine && fromOrgan && fromLine.organLine !== fromOrgan.organLine) {
    warnings.push({
      line: reader.organ!.line,
      message: `the organ line names the ${fromOrgan.name}, but the committee line says ${fromLine.name} (whose organ line is "${fromLine.organLine}")`,
    });
  }
  const found =
    fromLine ??
    fromOrgan ??
    committeeFromSymbol(reader.heading.code) ??
    reader.mastheadCommittee ??
    (options.committee ? getCommittee(options.committee) ?? lookupCommittee(options.committee) : undefined);
  if (!found) {
    if (options.committee) warnings.push({ line: 0, message: `"${options.committee}" is not a committee we know` });
    warnings.push({ line: 0, message: "no committee found: add a \"Committee:\" line or an organ line such as \"The Human Rights Council,\"" });
    return null;
  }
  return found.id;
}
