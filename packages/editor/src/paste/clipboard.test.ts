import { describe, expect, it } from "vitest";
import { readClipboard } from "./clipboard.ts";

describe("readClipboard, one line", () => {
  it("reads one copied clause as its text: label and end punctuation dropped", () => {
    expect(readClipboard(null, "2. Requests the Secretary-General to report;")).toEqual({ kind: "text", text: "Requests the Secretary-General to report" });
    expect(readClipboard(null, "2.\tRequests the Secretary-General to report;")).toEqual({ kind: "text", text: "Requests the Secretary-General to report" });
    expect(readClipboard(null, "(a) to report,")).toEqual({ kind: "text", text: "to report" });
    expect(readClipboard(null, "i. to consult.")).toEqual({ kind: "text", text: "to consult" });
  });

  it("keeps an unlabelled piece of text as it is, spaces included", () => {
    expect(readClipboard(null, " and regional bodies")).toEqual({ kind: "text", text: " and regional bodies" });
    expect(readClipboard(null, "to report;")).toEqual({ kind: "text", text: "to report;" });
  });
});
