import { describe, expect, it } from "vitest";
import { locate, SourceText } from "./locate.ts";

const at = (file: string, clauseStart: { line: number; column: number }, text: string, needle: string) =>
  locate(new SourceText(file), clauseStart, text, text.indexOf(needle));

describe("locate", () => {
  it("skips a label before the clause text", () => {
    const file = "The Human Rights Council,\n\n1. Calls upon all States to act;\n";
    expect(at(file, { line: 3, column: 1 }, "Calls upon all States to act", "States")).toEqual({ line: 3, column: 19 });
  });

  it("follows text wrapped over lines, whatever the indentation", () => {
    const file = "2. Requests the High Commissioner\n      to report to the Council\n   at its sixtieth session;\n";
    const text = "Requests the High Commissioner to report to the Council at its sixtieth session";
    expect(at(file, { line: 1, column: 1 }, text, "report")).toEqual({ line: 2, column: 10 });
    expect(at(file, { line: 1, column: 1 }, text, "sixtieth")).toEqual({ line: 3, column: 11 });
  });

  it("steps over escapes in a JSON string", () => {
    const file = '{\n  "text": "Notes the \\"best practices\\" of States"\n}\n';
    expect(at(file, { line: 1, column: 1 }, 'Notes the "best practices" of States', "States")).toEqual({ line: 2, column: 44 });
  });

  it("falls back to the clause's start when its text is not there", () => {
    const file = "1. Something else entirely;\n";
    expect(at(file, { line: 1, column: 1 }, "Calls upon all States", "States")).toEqual({ line: 1, column: 1 });
  });

  it("maps line starts both ways", () => {
    const source = new SourceText("ab\ncd\n\nef");
    expect(source.positionOf(source.indexOf({ line: 4, column: 2 }))).toEqual({ line: 4, column: 2 });
    expect(source.positionOf(3)).toEqual({ line: 2, column: 1 });
  });
});
