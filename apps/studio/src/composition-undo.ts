/**
 * Undoes what an input method writes into the review's read-only paper. A composition cannot be
 * cancelled (its `beforeinput` is not cancellable), so the browser changes the paper's DOM; drawing
 * the whole paper again from its document repairs that, but in a long paper it costs hundreds of
 * milliseconds and loses the reader's place. Instead the changes are recorded from the
 * composition's start and reversed, newest first, where they were made.
 */
export class CompositionUndo {
  /** Records the observer has delivered already (takeRecords returns only those it has not). */
  private records: MutationRecord[] = [];
  private readonly observer = new MutationObserver((records) => this.records.push(...records));
  private root: Node | null = null;
  private textBefore = "";
  private caretBefore: Range | null = null;

  /** Starts recording changes under `root` (the composition starts). */
  begin(root: Node): void {
    this.observer.disconnect();
    this.records = [];
    this.root = root;
    this.textBefore = root.textContent ?? "";
    const selection = document.getSelection();
    this.caretBefore = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
    this.observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  }

  /** Stops recording without undoing anything (the paper is drawn anew instead). */
  cancel(): void {
    this.observer.disconnect();
    this.records = [];
    this.root = null;
  }

  /** Whether a composition's changes are being recorded. */
  get recording(): boolean {
    return this.root !== null;
  }

  /**
   * Reverses every change recorded since `begin` and puts the caret back. False when the paper's
   * text is not what it was afterwards (something else changed it too): the caller draws it anew.
   */
  undo(): boolean {
    const root = this.root;
    const records = [...this.records, ...this.observer.takeRecords()];
    this.records = [];
    this.observer.disconnect();
    this.root = null;
    if (!root) return false;
    try {
      for (const record of records.reverse()) {
        if (record.type === "characterData") {
          record.target.nodeValue = record.oldValue;
        } else if (record.type === "childList") {
          for (const added of record.addedNodes) if (added.parentNode === record.target) record.target.removeChild(added);
          // Removed nodes go back before the node that followed them (at the end when none did).
          const next = record.nextSibling && record.nextSibling.parentNode === record.target ? record.nextSibling : null;
          for (const removed of record.removedNodes) record.target.insertBefore(removed, next);
        }
      }
    } catch {
      return false;
    }
    if ((root.textContent ?? "") !== this.textBefore) return false;
    const caret = this.caretBefore;
    if (caret && root.contains(caret.startContainer) && root.contains(caret.endContainer)) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(caret);
    }
    return true;
  }
}
