/**
 * Keeps `--app-bar-height` equal to the app bar's real height. What sticks under the bar (the
 * paper's toolbar, the review desk's column names) is placed by it; the bar is taller than its
 * minimum (3rem) once its padding and buttons are in it, and wraps on narrow screens, so a fixed
 * value left them partly under the bar.
 */
import type { ReactiveController } from "lit";
import type { CwStudio } from "./studio.ts";

export class AppBarHeight implements ReactiveController {
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.observer || typeof ResizeObserver === "undefined") return;
    const bar = this.host.querySelector<HTMLElement>(".app-bar");
    if (!bar) return;
    this.observer = new ResizeObserver(() => this.host.style.setProperty("--app-bar-height", `${bar.getBoundingClientRect().height}px`));
    this.observer.observe(bar);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
