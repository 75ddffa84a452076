import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { reportFileNames, reportsZip, reportsZipName } from "./report-bundle.ts";
import { fileNameFor } from "./files.ts";

describe("the reports' file names", () => {
  it("are the paper's code or title, made safe on every OS", () => {
    expect(fileNameFor("HRC/WP.1", "html", "-feedback")).toBe("HRC-WP.1-feedback.html");
    expect(fileNameFor('Water: "clean" & safe / for all?', "html")).toBe("Water-clean-safe-for-all.html");
    expect(fileNameFor("..hidden.", "html")).toBe("hidden.html");
    expect(fileNameFor("CON", "html")).toBe("paper-CON.html");
    expect(fileNameFor("lpt1.draft", "html")).toBe("paper-lpt1.draft.html");
    expect(fileNameFor("   ", "html")).toBe("working-paper.html");
    // Letters of any script are kept, composed ("é" one letter, not "e" and a loose accent).
    expect(fileNameFor("Re\u0301fugie\u0301s · 难民", "html")).toBe("Réfugiés-难民.html");
  });

  it("stay under 255 bytes in any script, and never split a character", () => {
    for (const title of ["A".repeat(300), "難".repeat(300), "𝐀".repeat(300)]) {
      const name = fileNameFor(title, "html", "-feedback-12");
      expect(new TextEncoder().encode(name).length).toBeLessThan(255);
      expect(name).not.toMatch(/\uFFFD/);
      expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no half of a pair
    }
  });

  it("differ when two papers would get the same name, regardless of case", () => {
    expect(reportFileNames(["HRC/WP.1", "Untitled working paper", "Untitled working paper", "hrc/wp.1"])).toEqual([
      "HRC-WP.1-feedback.html",
      "Untitled-working-paper-feedback.html",
      "Untitled-working-paper-feedback-2.html",
      "hrc-wp.1-feedback-2.html",
    ]);
  });
});

describe("the .zip of reports", () => {
  it("holds one HTML file per report, in order, with the report's text", async () => {
    const bytes = await reportsZip([
      { base: "HRC/WP.2", html: "<p>Privacy</p>" },
      { base: "HRC/WP.1", html: "<p>Education</p>" },
    ]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(["HRC-WP.2-feedback.html", "HRC-WP.1-feedback.html"]);
    expect(await zip.file("HRC-WP.1-feedback.html")!.async("string")).toBe("<p>Education</p>");
  });

  it("is named after the day", () => {
    expect(reportsZipName(new Date("2026-12-07T18:00:00Z"))).toBe("feedback-reports-2026-12-07.zip");
  });
});
