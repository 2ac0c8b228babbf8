// « postlint : 120/2000 fichiers » on one line of a terminal's stderr, for runs long enough to wonder: nothing
// before the first interval has passed (short runs print nothing), at most one refresh per interval, erased
// at the end and before any other line. Nothing at all when stderr is not a terminal (CI logs, redirections).

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Milliseconds between refreshes: about ten a second. */
export const PROGRESS_INTERVAL = 100;

const ERASE_LINE = '\r\u001b[K';

export class Progress {
  private last: number;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
    private readonly interval = PROGRESS_INTERVAL,
  ) {
    this.last = now();
  }

  get enabled(): boolean {
    return Boolean(this.stream.isTTY) && this.total > 1;
  }

  /** `done` files out of the total are linted. */
  update(done: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.last < this.interval) return;
    this.last = t;
    this.stream.write(`${ERASE_LINE}postlint : ${done}/${this.total} fichiers`);
    this.shown = true;
  }

  /** Erases the progress line, if one is shown (before another message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(ERASE_LINE);
    this.shown = false;
  }
}
