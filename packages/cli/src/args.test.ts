import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./args.ts";

describe("parseArgs", () => {
  it("reads lint with its options in any order", () => {
    expect(parseArgs(["lint", "a.txt", "--committee", "hrc", "-f", "sarif", "b.docx"])).toEqual({
      kind: "lint",
      committee: "hrc",
      format: "sarif",
      quiet: false,
      fix: false,
      files: ["a.txt", "b.docx"],
    });
    expect(parseArgs(["lint", "--format=json", "--committee=Human Rights Council", "x.json"])).toMatchObject({
      format: "json",
      committee: "Human Rights Council",
    });
  });

  it("takes everything after -- as files", () => {
    expect(parseArgs(["lint", "--", "--odd-name.txt"])).toMatchObject({ files: ["--odd-name.txt"] });
  });

  it("gives help precedence over everything else", () => {
    expect(parseArgs(["lint", "--help"])).toEqual({ kind: "help" });
  });

  it("rejects a missing option value rather than taking the next option as it", () => {
    expect(() => parseArgs(["lint", "--committee", "--format", "json", "a.txt"])).toThrow(UsageError);
  });
});
