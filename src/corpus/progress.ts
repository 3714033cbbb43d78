// Progress of a corpus build: a bar redrawn in place on a terminal (articles per second, time left), plain
// lines every few seconds otherwise, so logs stay readable.

/** The clock the reporter reads; injected so tests never depend on real time. */
export type Clock = () => number;

export interface ProgressOptions {
  write: (text: string) => void;
  isTty: boolean;
  /** Total bytes of the inputs when known (for the time left). */
  totalBytes?: number;
  clock?: Clock;
  /** Milliseconds between plain lines (default 5000); the bar redraws at most every 100 ms. */
  interval?: number;
}

/** Seconds as "1h02m", "3m05s" or "12s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Counts articles as they finish and reports the pace. */
export class Progress {
  private readonly started: number;
  private last: number;
  private done = 0;
  private failed = 0;
  private bytes = 0;
  private readonly clock: Clock;
  private readonly interval: number;

  constructor(private readonly options: ProgressOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.started = this.clock();
    // the first report comes after one interval: quick builds print no progress at all
    this.last = this.started;
    this.interval = options.interval ?? (options.isTty ? 100 : 5000);
  }

  /** One article is done (built, skipped or failed). */
  tick(bytes: number, failed = false): void {
    this.done++;
    this.bytes += bytes;
    if (failed) this.failed++;
    const now = this.clock();
    if (now - this.last >= this.interval) {
      this.last = now;
      this.draw(now);
    }
  }

  /** The status line as it stands. */
  line(now = this.clock()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const parts = [`${this.done} articles`, `${rate.toFixed(1)} articles/s`, `${(this.bytes / 1e6 / seconds).toFixed(2)} MB/s`];
    if (this.failed) parts.push(`${this.failed} failed`);
    const total = this.options.totalBytes;
    if (total && this.bytes > 0) {
      const fraction = Math.min(1, this.bytes / total);
      parts.unshift(`${bar(fraction)} ${(fraction * 100).toFixed(0).padStart(3)}%`);
      parts.push(`${formatDuration((seconds * (1 - fraction)) / fraction)} left`);
    }
    return parts.join('  ');
  }

  private draw(now: number): void {
    if (this.options.isTty) this.options.write(`\r\x1b[K${this.line(now)}`);
    else this.options.write(`newskg: ${this.line(now)}\n`);
  }

  /** Clears the bar (on a terminal) before the summary is written. */
  end(): void {
    if (this.options.isTty && this.done) this.options.write('\r\x1b[K');
  }
}

function bar(fraction: number, width = 24): string {
  const full = Math.round(fraction * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}
