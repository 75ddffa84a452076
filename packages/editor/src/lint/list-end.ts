/**
 * Lists more of a partial list before its end shows: given the element that ends the list (as a
 * Lit ref callback), it watches that element within the nearest scrolling ancestor (or the
 * viewport) and calls `onNear` while the element is within `margin` pixels below the visible part.
 * The findings panel pages with it, and so do hosts that list findings themselves (the studio).
 */
export class ListEndWatcher {
  private end: Element | undefined;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: { readonly updateComplete: Promise<unknown> },
    private readonly onNear: () => void,
    private readonly margin = 400,
  ) {}

  /**
   * The list's end element, or undefined when the list is complete or gone: a Lit ref callback,
   * or called after every update (the same element again changes nothing).
   */
  readonly ref = (el: Element | undefined): void => {
    if (el === this.end) return;
    this.disconnect();
    this.end = el;
    if (!el || typeof IntersectionObserver === "undefined") return;
    // A ref is given the element before its template is in the page: find the scroller after.
    void this.host.updateComplete.then(() => {
      if (this.end !== el || !el.isConnected) return;
      this.disconnect();
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.onNear();
          // Observed afresh once the next page is listed: if the end is still in reach, this fires again.
          void this.host.updateComplete.then(() => {
            if (this.observer !== observer || this.end !== el) return;
            observer.unobserve(el);
            observer.observe(el);
          });
        },
        { root: scrollingAncestor(el), rootMargin: `0px 0px ${this.margin}px 0px` },
      );
      this.observer = observer;
      observer.observe(el);
    });
  };

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

/** The nearest ancestor that scrolls its content vertically, or null for the viewport. */
function scrollingAncestor(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return null;
}
