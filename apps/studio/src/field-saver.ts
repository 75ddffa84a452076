/**
 * Saves form fields as they are typed in, not only when they lose focus: each field's latest
 * edit waits for a pause in typing (one timer for all fields), and is saved at once when asked
 * (the field loses focus, the page is hidden or unloaded, another paper or mode is opened).
 * While any edit waits, `pending` is true and the app must not say "Saved".
 */
export class FieldSaver {
  private readonly waiting = new Map<string, () => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param pause how long typing pauses before the edits are saved (ms)
   * @param onPendingChange called when `pending` turns true or false
   */
  constructor(
    private readonly pause: number,
    private readonly onPendingChange: (pending: boolean) => void = () => {},
  ) {}

  get pending(): boolean {
    return this.waiting.size > 0;
  }

  /** True when the field's edit waits. */
  has(key: string): boolean {
    return this.waiting.has(key);
  }

  /** Records a field's latest edit; `save` (which saves that value) runs after the pause. */
  edit(key: string, save: () => void): void {
    const was = this.pending;
    this.waiting.set(key, save);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.pause);
    if (!was) this.onPendingChange(true);
  }

  /** Saves one field's waiting edit now, or every waiting edit when no key is given. */
  flush(key?: string): void {
    const saves: (() => void)[] = [];
    if (key === undefined) {
      saves.push(...this.waiting.values());
      this.waiting.clear();
    } else {
      const save = this.waiting.get(key);
      if (!save) return;
      this.waiting.delete(key);
      saves.push(save);
    }
    if (this.waiting.size === 0 && this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    let failure: unknown = null;
    for (const save of saves) {
      try {
        save();
      } catch (error) {
        failure ??= error; // the other fields are still saved
      }
    }
    if (saves.length && !this.pending) this.onPendingChange(false);
    if (failure) throw failure;
  }

  /** Drops a field's waiting edit (its paper was deleted). */
  discard(key: string): void {
    if (!this.waiting.delete(key)) return;
    if (this.waiting.size === 0) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.onPendingChange(false);
    }
  }
}
