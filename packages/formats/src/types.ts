import type { Node } from "prosemirror-model";

/** Something the importer noticed and could not take as written. `line` is 1-based (0: the file as a whole). */
export interface ImportWarning {
  line: number;
  message: string;
}

/** Where a clause starts in the imported text, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ImportResult {
  doc: Node;
  warnings: ImportWarning[];
  /** The committee profile id found for the paper, or null when none could be found. */
  committee: string | null;
  /** Clause id → where the clause (its label, or its text when unlabelled) starts in the input. */
  sources: Map<string, SourcePosition>;
}
