/** Human labels for severities and categories, shared by the card and the panel. */
import type { Category, Severity } from "@clausewise/lint";

export const severityLabel: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info", hint: "Hint" };
export const severityPlural: Record<Severity, string> = { error: "errors", warning: "warnings", info: "info", hint: "hints" };

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
