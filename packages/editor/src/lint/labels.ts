/** Human labels for severities and categories, shared by the card and the panel. */
import type { Category, Severity } from "@clausewise/lint";

export const severityLabel: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info", hint: "Hint" };

/**
 * "1 error", "2 errors", "1,024 findings": a count with its noun in the right number. `many`
 * defaults to `one` + "s"; "info" is the same in both.
 */
export function countOf(n: number, one: string, many = one === "info" ? one : `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export const categoryLabel: Record<Category, string> = {
  binding: "Binding",
  "new-body": "New body",
  operational: "Operational",
  format: "Format",
  style: "Style",
};

export const severities: readonly Severity[] = ["error", "warning", "info", "hint"];
export const categories: readonly Category[] = ["binding", "new-body", "operational", "format", "style"];

/** "clause 3(a)" or "preambular clause 2". */
export function clauseName(path: string): string {
  return path.startsWith("p") ? `preambular clause ${path.slice(1)}` : `clause ${path}`;
}

/** Defines a custom element unless a copy of this module already did (two bundles on one page). */
export function defineOnce(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== "undefined" && !customElements.get(name)) customElements.define(name, ctor);
}
