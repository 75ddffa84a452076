import { describe, expect, it } from "vitest";
import { countOf } from "./labels.ts";

describe("countOf", () => {
  it("puts the noun in the singular for one and in the plural otherwise", () => {
    expect(countOf(1, "error")).toBe("1 error");
    expect(countOf(2, "error")).toBe("2 errors");
    expect(countOf(0, "warning")).toBe("0 warnings");
    expect(countOf(1, "hint")).toBe("1 hint");
    expect(countOf(1, "format and style finding")).toBe("1 format and style finding");
    expect(countOf(2800, "more finding")).toBe("2,800 more findings");
  });

  it("leaves \"info\" as it is, and takes an irregular plural", () => {
    expect(countOf(1, "info")).toBe("1 info");
    expect(countOf(3, "info")).toBe("3 info");
    expect(countOf(2, "entry", "entries")).toBe("2 entries");
  });
});
