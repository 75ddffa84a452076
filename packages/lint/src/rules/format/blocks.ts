/** The textblocks of a clause model in reading order, for document rules that read the whole text. */
import type { ClauseInfo, ClauseModel } from "@clausewise/schema";

export interface Textblock {
  clause: ClauseInfo;
  part: "text" | "continuation";
  text: string;
}

/**
 * Each clause's text, then its sub-clauses, then its continuation: a continuation is read after
 * the sub-clauses it follows, although the model lists it with its clause.
 */
export function textblocksInOrder(model: ClauseModel): Textblock[] {
  const out: Textblock[] = [];
  const open: ClauseInfo[] = [];
  const close = (depth: number) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) {
      const c = open.pop()!;
      if (c.continuation) out.push({ clause: c, part: "continuation", text: c.continuation.text });
    }
  };
  for (const clause of model.clauses) {
    close(clause.section === "operative" ? clause.depth : 0);
    out.push({ clause, part: "text", text: clause.text });
    open.push(clause);
  }
  close(0);
  return out;
}
