import { describe, expect, test } from "vitest";
import { plural } from "./words.ts";

describe("counted words", () => {
  test("singular for one, plural otherwise (zero included), irregular plurals given", () => {
    expect(plural(1, "error")).toBe("1 error");
    expect(plural(0, "error")).toBe("0 errors");
    expect(plural(2, "warning")).toBe("2 warnings");
    expect(plural(1, "body", "bodies")).toBe("1 body");
    expect(plural(3, "body", "bodies")).toBe("3 bodies");
    expect(plural(1200, "finding")).toBe("1,200 findings");
  });
});
