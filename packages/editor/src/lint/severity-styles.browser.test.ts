/**
 * A word with findings of several severities (a binding error and a style warning on "Demands")
 * is drawn in the most severe one's style, whatever the order of the rules.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mount, cleanup } from "../element/test-helpers.ts";
import { lintCss } from "./styles.ts";

afterEach(cleanup);

const ERROR = "rgb(198, 40, 40)";
const INFO = "rgb(21, 101, 192)";

function word(root: ShadowRoot, classes: string): CSSStyleDeclaration {
  const span = document.createElement("span");
  span.className = `cw-diag ${classes}`;
  span.textContent = "Demands";
  root.append(span);
  return getComputedStyle(span);
}

describe("underline severity", () => {
  it("draws a word with an error and a warning in the error colour, in <resolution-editor>", async () => {
    const el = await mount({ operative: ["Demands that all States act"] });
    expect(word(el.shadowRoot!, "cw-diag--error cw-diag--warning").textDecorationColor).toBe(ERROR);
    expect(word(el.shadowRoot!, "cw-diag--warning cw-diag--error").textDecorationColor).toBe(ERROR);
    const errorAndHint = word(el.shadowRoot!, "cw-diag--hint cw-diag--error");
    expect(errorAndHint.textDecorationColor).toBe(ERROR);
    expect(errorAndHint.textDecorationStyle).toBe("wavy");
    expect(word(el.shadowRoot!, "cw-diag--hint cw-diag--info").textDecorationColor).toBe(INFO);
  });

  it("lets the most severe style win whatever the order of the rules", () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(lintCss);
    const rules = [...sheet.cssRules].map((r) => r.cssText);
    for (const order of [rules, [...rules].reverse()]) {
      const ordered = new CSSStyleSheet();
      ordered.replaceSync(order.join("\n"));
      const host = document.createElement("div");
      document.body.append(host);
      const root = host.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [ordered];
      expect(word(root, "cw-diag--error cw-diag--warning cw-diag--info cw-diag--hint").textDecorationColor).toBe(ERROR);
      expect(word(root, "cw-diag--info cw-diag--hint").textDecorationColor).toBe(INFO);
      const point = document.createElement("span");
      point.className = "cw-diag-point cw-diag--error cw-diag--warning";
      root.append(point);
      expect(getComputedStyle(point).borderBottomColor).toBe(ERROR);
    }
  });
});
