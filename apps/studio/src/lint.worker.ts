/// <reference lib="webworker" />
// Lints papers off the main thread, so opening many files keeps the review desk responsive.
import "./csp.ts";
import { lintJSON } from "./lint-run.ts";

export interface LintRequest {
  id: number;
  doc: unknown;
  committee?: string;
}
export type LintResponse =
  | { id: number; ok: true; diagnostics: import("@clausewise/lint").Diagnostic[]; notice: string | null }
  | { id: number; ok: false; error: string };

self.onmessage = (event: MessageEvent<LintRequest>) => {
  const { id, doc, committee } = event.data;
  let response: LintResponse;
  try {
    response = { id, ok: true, ...lintJSON(doc, committee) };
  } catch (error) {
    response = { id, ok: false, error: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(response);
};
