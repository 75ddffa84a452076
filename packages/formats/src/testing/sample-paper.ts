/** A small paper with every kind of clause (sub-clauses two levels deep, a continuation), for tests. */
import { createDocument } from "@clausewise/schema";

export const samplePaper = () =>
  createDocument({
    heading: { code: "HRC/52/L.7", committee: "hrc", topic: "Rights of the child", sponsors: ["Norway", "Brazil"], signatories: ["Chile"] },
    preamble: ["Recalling its resolution 7/29 of 28 March 2008", "Deeply concerned by the situation of children in armed conflict"],
    operative: [
      { text: "Requests the Office of the High Commissioner", sub: ["to prepare a report", { text: "to consult", sub: ["States", "civil society"] }], continuation: "and to present it at the fifty-fifth session" },
      "Decides to remain seized of the matter",
    ],
  });
