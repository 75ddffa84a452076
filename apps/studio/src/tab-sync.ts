/**
 * Tells the studio's other tabs which paper this tab saved. Two tabs editing one paper do not
 * merge (the later save wins), so a tab holding a paper another tab has just saved says so, rather
 * than silently overwriting that tab's work with its own older copy on the next keystroke.
 */

/** One tab saved a paper. */
export interface PaperSaved {
  tab: string;
  id: string;
}

const CHANNEL = "clausewise-papers";

const isPaperSaved = (data: unknown): data is PaperSaved =>
  typeof data === "object" && data !== null && typeof (data as PaperSaved).tab === "string" && typeof (data as PaperSaved).id === "string";

export class TabSync {
  /** This tab, so its own messages are told apart (a channel never delivers to its own object, but a second TabSync in the tab would hear it). */
  readonly tab = Math.random().toString(36).slice(2);
  private readonly channel: BroadcastChannel | null;

  constructor(onSavedElsewhere: (id: string) => void) {
    let channel: BroadcastChannel | null = null;
    try {
      channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
    } catch {
      channel = null; // some privacy modes refuse it: the studio works as before, without the warning
    }
    this.channel = channel;
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (isPaperSaved(event.data) && event.data.tab !== this.tab) onSavedElsewhere(event.data.id);
      };
    }
  }

  /** This tab saved the paper `id`. */
  saved(id: string): void {
    try {
      this.channel?.postMessage({ tab: this.tab, id } satisfies PaperSaved);
    } catch {
      // a closed channel: nothing to tell
    }
  }

  close(): void {
    this.channel?.close();
  }
}
