import { afterEach, describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { BLOCKS_ABOVE, isOperativeBlock } from "@clausewise/schema";
import { printedPaper, squash } from "./printed-paper.ts";
import { mount, view, cleanup, placeCursor, clauses } from "./test-helpers.ts";

declare module "vitest/browser" {
  interface BrowserCommands {
    renderedText(label: string): Promise<string[]>;
  }
}

afterEach(cleanup);

/** Four levels of sub-clauses, continuations, and a last clause ending in a sub-clause. */
const deep = {
  preamble: ["Recalling its resolution 5/1", "Noting with concern the report"],
  operative: [
    "Calls upon States to protect migrants",
    {
      text: "Requests the Office",
      sub: [
        "to prepare a report",
        {
          text: "to consult",
          sub: [{ text: "States", sub: [{ text: "of origin", sub: ["in particular", "and in general"] }, "of transit"] }, "civil society"],
          continuation: "before the next session",
        },
      ],
      continuation: "and to present it to the Council",
    },
    { text: "Decides to remain seized", sub: ["first", { text: "second", sub: ["one", "two"] }] },
  ],
};

describe("numbers, labels and punctuation drawn from structure", () => {
  it("render exactly clauseModel's labels and end punctuation, in document order", async () => {
    const el = await mount(deep, { "aria-label": "Paper under test" });
    // Each textblock as printed: label, text, end punctuation; continuations where they stand.
    const rendered = squash((await commands.renderedText("Paper under test")).join(""));
    expect(rendered).toBe(printedPaper(view(el).state.doc));
    // Spot checks of what a reader sees.
    expect(rendered).toContain("2.RequeststheOffice:(a)topreparea");
    expect(rendered).toContain("(i)States:a.oforigin:i.inparticular;ii.andingeneral;b.oftransit;");
    expect(rendered).toContain("(b)second:(i)one;(ii)two.");
  });

  it("number a long paper held in blocks straight through, and give it back flat", async () => {
    const many = Array.from({ length: BLOCKS_ABOVE + 70 }, (_, i) => `Calls upon States ${i + 1}`);
    const el = await mount({ ...deep, operative: [...many, ...deep.operative] }, { "aria-label": "Paper under test" });
    const doc = view(el).state.doc;
    expect(isOperativeBlock(doc.child(2).child(0))).toBe(true);
    const rendered = squash((await commands.renderedText("Paper under test")).join(""));
    expect(rendered).toBe(printedPaper(doc));
    expect(rendered).toContain(`${BLOCKS_ABOVE + 70}.CalluponStates${BLOCKS_ABOVE + 70};`.replace("Callupon", "Callsupon"));
    expect(rendered).toContain("(b)second:(i)one;(ii)two.");
    expect(JSON.stringify(el.value)).not.toContain("operative_block");
  });

  it("print end punctuation typed out of habit once: Enter drops the typed one", async () => {
    const el = await mount({ preamble: ["Recalling its resolution 5/1"], operative: ["Calls upon States"] }, { "aria-label": "Paper under test" });
    placeCursor(el, "p1", "end");
    await userEvent.keyboard(",{Enter}Noting the report");
    placeCursor(el, "1", "end");
    await userEvent.keyboard(" to protect migrants;{Enter}Requests the Office:{Enter}{Tab}to report");
    expect(clauses(el)).toEqual([
      ["p1", "Recalling its resolution 5/1"],
      ["p2", "Noting the report"],
      ["1", "Calls upon States to protect migrants"],
      ["2", "Requests the Office"],
      ["2(a)", "to report"],
    ]);
    const rendered = squash((await commands.renderedText("Paper under test")).join(""));
    expect(rendered).toContain("Recallingitsresolution5/1,Notingthereport,1.CallsuponStatestoprotectmigrants;2.RequeststheOffice:(a)toreport.");
  });

  it("renumbers when a clause is inserted at the top, with nothing to recompute in JavaScript", async () => {
    const el = await mount(deep, { "aria-label": "Paper under test" });
    const v = view(el);
    const operativeStart = v.state.doc.child(0).nodeSize + v.state.doc.child(1).nodeSize + 1;
    const first = v.state.doc.child(2).firstChild!;
    v.dispatch(v.state.tr.insert(operativeStart, first.type.create(null, v.state.schema.nodes.clause_text!.create(null, v.state.schema.text("Welcomes")))));
    const rendered = (await commands.renderedText("Paper under test")).join("").replace(/\s+/g, "");
    expect(rendered).toContain("1.Welcomes;2.CallsuponStates");
    expect(rendered).toContain("4.Decidestoremainseized:");
  });

  it("shows the organ line of the committee outside the editable text", async () => {
    const el = document.createElement("resolution-editor");
    el.setAttribute("committee", "sc");
    document.body.append(el);
    await el.updateComplete;
    expect((el.value as { content: { attrs?: { committee?: string } }[] }).content[0]!.attrs!.committee).toBe("sc");
    const organ = el.shadowRoot!.querySelector('[part="organ-line"]')!;
    expect(organ.textContent).toBe("The Security Council,");
    expect(el.shadowRoot!.querySelector(".ProseMirror")!.contains(organ)).toBe(false);
  });
});
