/**
 * Work that waits for the reader to pause. A gesture on the timeline (a drag, a run of wheel steps, a key held
 * down) ends again and again when the reader pans and zooms in short strokes; what follows the window and
 * is slow to redraw — the accusation graph — is redrawn once the strokes stop, not between two of them, where
 * its work would hold up the next stroke's frames.
 */

/** How long, in ms, no stroke may be under way or end before the reader counts as paused. */
export const PAUSE_MS = 300;

export class OnPause<T> {
  readonly #act: (value: T) => void;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { readonly value: T } | undefined;

  /** `act` is called with the value the last stroke ended on, once the reader has paused for `delay` ms. */
  constructor(act: (value: T) => void, delay = PAUSE_MS) {
    this.#act = act;
    this.#delay = delay;
  }

  /** A stroke is under way: what is pending waits for it to end. */
  moving(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** A stroke ended on `value`, which replaces any value still pending; the pause is counted from now. */
  ended(value: T): void {
    this.moving();
    this.#pending = { value };
    this.#timer = setTimeout(() => {
      const pending = this.#pending;
      this.#pending = undefined;
      this.#timer = undefined;
      if (pending) this.#act(pending.value);
    }, this.#delay);
  }

  /** Whether a value waits for the pause. */
  get waiting(): boolean {
    return this.#pending !== undefined;
  }

  /** Drops what is pending: for a widget torn down. */
  cancel(): void {
    this.moving();
    this.#pending = undefined;
  }
}
