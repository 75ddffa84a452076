import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { BLOCKS_ABOVE, clauseModel, isOperativeBlock } from "@clausewise/schema";
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

  it("indents each level of sub-clauses one step further than its parent, the label where the parent's text starts", async () => {
    const el = await mount(deep);
    const doc = view(el).state.doc;
    // 2. Requests the Office: / (b) to consult: / (i) States: / a. of origin: / i. in particular;
    const model = clauseModel(doc).clauses;
    const chain = ["Requests the Office", "to consult", "States", "of origin", "in particular"].map((text, depth) => {
      const clause = model.find((c) => c.text === text)!;
      expect(clause.depth).toBe(depth);
      const textblock = view(el).nodeDOM(clause.textFrom - 1) as HTMLElement;
      expect(textblock.classList.contains("cw-text")).toBe(true);
      // Where the text's first character is drawn, and where the label hanging before it starts.
      const walker = document.createTreeWalker(textblock, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, 1);
      const start = range.getBoundingClientRect().left;
      const label = textblock.getBoundingClientRect().left + parseFloat(getComputedStyle(textblock, "::before").marginLeft);
      return { path: clause.path, text: start, label };
    });
    const step = parseFloat(getComputedStyle(view(el).dom).fontSize) * 2.5;
    for (let i = 1; i < chain.length; i++) {
      const [parent, child] = [chain[i - 1]!, chain[i]!];
      expect(child.text - parent.text, child.path).toBeCloseTo(step, 0);
      expect(child.label, child.path).toBeCloseTo(parent.text, 0);
    }
  });

  it("shows an empty clause's label, a placeholder and its end punctuation on one line, the placeholder not read as text", async () => {
    // Wide enough for the placeholder to fit on the line (on a phone it wraps, as text does).
    const initial = { width: innerWidth, height: innerHeight };
    await page.viewport(1000, 700);
    onTestFinished(() => page.viewport(initial.width, initial.height));
    const el = await mount({ preamble: [""], operative: ["Calls upon States", ""] }, { "aria-label": "Paper under test" });
    const [preambular, operative, empty] = [...view(el).dom.querySelectorAll<HTMLElement>(".cw-text")];
    const oneLine = operative!.getBoundingClientRect().height;
    expect(empty!.getBoundingClientRect().height).toBeCloseTo(oneLine, 0);
    expect(preambular!.getBoundingClientRect().height).toBeCloseTo(oneLine, 0);
    expect(getComputedStyle(empty!, "::after").content).toBe('"Operative clause: start with a verb such as Requests." / "."');
    expect(getComputedStyle(preambular!, "::after").content).toBe('"Preambular clause: start with a phrase such as Recalling," / ","');
    // A screen reader reads the label and the punctuation, not the placeholder.
    const rendered = squash((await commands.renderedText("Paper under test")).join(""));
    expect(rendered).toBe(",1.CallsuponStates;2..");
    // Typing replaces the placeholder; the clause is laid out as any other.
    placeCursor(el, "2", 0);
    await userEvent.keyboard("Requests the Office");
    expect(clauses(el)[2]).toEqual(["2", "Requests the Office"]);
    const typed = view(el).dom.querySelectorAll<HTMLElement>(".cw-text")[2]!;
    expect(typed.classList.contains("cw-empty")).toBe(false);
    expect(getComputedStyle(typed, "::after").content).toBe('"."');
    expect(squash((await commands.renderedText("Paper under test")).join(""))).toBe(",1.CallsuponStates;2.RequeststheOffice.");
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
