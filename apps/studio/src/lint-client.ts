/**
 * Lints papers in a Web Worker when the browser allows one, else on the main thread (yielding to
 * the UI between papers). Both give the same diagnostics: the linter is DOM-free.
 */
import { lintJSON, type LintResult } from "./lint-run.ts";
import type { LintRequest, LintResponse } from "./lint.worker.ts";

type Pending = { doc: unknown; committee?: string; resolve: (r: LintResult) => void; reject: (e: Error) => void };

export class LintClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    try {
      this.worker = new Worker(new URL("./lint.worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (event: MessageEvent<LintResponse>) => this.settle(event.data);
      this.worker.onerror = () => this.abandonWorker();
    } catch {
      this.worker = null;
    }
  }

  lint(doc: unknown, committee?: string): Promise<LintResult> {
    if (!this.worker) return lintOnMainThread(doc, committee);
    const id = this.nextId++;
    return new Promise<LintResult>((resolve, reject) => {
      this.pending.set(id, committee ? { doc, committee, resolve, reject } : { doc, resolve, reject });
      const request: LintRequest = committee ? { id, doc, committee } : { id, doc };
      this.worker!.postMessage(request);
    });
  }

  private settle(response: LintResponse): void {
    const p = this.pending.get(response.id);
    if (!p) return;
    this.pending.delete(response.id);
    if (response.ok) p.resolve({ diagnostics: response.diagnostics, notice: response.notice });
    else p.reject(new Error(response.error));
  }

  /** The worker failed to load (e.g. a policy forbids it): finish its queue on the main thread. */
  private abandonWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) lintOnMainThread(p.doc, p.committee).then(p.resolve, p.reject);
  }
}

async function lintOnMainThread(doc: unknown, committee?: string): Promise<LintResult> {
  await new Promise((r) => setTimeout(r, 0)); // let the page paint between papers
  return lintJSON(doc, committee);
}
