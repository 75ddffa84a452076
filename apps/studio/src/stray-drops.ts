/**
 * A file dropped where no part of the page takes it (the top bar, a paper under review, a margin)
 * is never opened by the browser in place of the studio: it is opened as a paper where the studio
 * is, on the desk in Review, as a draft in Draft. The desk and Draft stop their own drops, so only
 * the others reach the window.
 */
import type { ReactiveController } from "lit";
import type { CwStudio } from "./studio.ts";

export class StrayDrops implements ReactiveController {
  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("dragover", this.onDragOver);
    window.addEventListener("drop", this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener("dragover", this.onDragOver);
    window.removeEventListener("drop", this.onDrop);
  }

  // Accepted, so that the browser fires the drop here rather than opening the file itself.
  private readonly onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  };

  private readonly onDrop = (event: DragEvent) => {
    const files = event.dataTransfer?.files;
    if (!files?.length || !event.dataTransfer!.types.includes("Files")) return;
    event.preventDefault();
    if (this.host.modes.mode === "review") void this.host.desk.openFiles(files);
    else void this.host.imports.importFiles(files);
  };
}
