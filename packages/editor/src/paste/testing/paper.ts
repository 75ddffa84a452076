/**
 * The paper the paste tests place, cut and paste in: two preambular clauses and three operative
 * clauses, one with sub-clauses two levels deep and continuing text, so every kind of boundary a
 * paste can split is there.
 */
import type { DocumentInput } from "@clausewise/schema";

export const PAPER: DocumentInput = {
  heading: { committee: "hrc" },
  preamble: ["Recalling its resolution 5/1", "Noting with concern the report"],
  operative: [
    "Calls upon States to protect migrant workers",
    { text: "Requests the Secretary-General to", sub: ["prepare a report", { text: "consult States", sub: ["in the region", "beyond it"] }], continuation: "and to report back" },
    "Decides to remain seized of the matter",
  ],
};
