/** Words the UI uses for the linter's categories and severities. */
import type { Category, Severity } from "@clausewise/lint";

export const categoryLabels: Record<Category, string> = {
  binding: "Binding language",
  "new-body": "New bodies",
  operational: "Operational",
  format: "Format",
  style: "Style",
};

export const categoryShort: Record<Category, string> = {
  binding: "Binding",
  "new-body": "New body",
  operational: "Operational",
  format: "Format",
  style: "Style",
};

export const severityLabels: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
  hint: "Hint",
};

export const severities: readonly Severity[] = ["error", "warning", "info", "hint"];
export const categories: readonly Category[] = ["binding", "new-body", "operational", "format", "style"];
