/** A single self-overwriting status line on a terminal. */
export interface Progress {
  update(line: string): void;
  /** Clears the line so other output starts clean; a later update draws it again. */
  finish(): void;
}

export interface ProgressOptions {
  /** Stay silent for runs shorter than this, so quick commands print nothing extra. */
  delayMs?: number;
  /** Redraw at most this often. */
  intervalMs?: number;
  now?: () => number;
}

type TerminalStream = Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean; columns?: number };

const silent: Progress = { update() {}, finish() {} };

/** Progress for `stream`; a no-op unless it is a terminal (logs and pipes get only the final summary). */
export function createProgress(stream: TerminalStream, options: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return silent;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  let lastDrawn = -Infinity;
  let shown = false;
  return {
    update(line) {
      const t = now();
      if (t - startedAt < delayMs || t - lastDrawn < intervalMs) return;
      lastDrawn = t;
      shown = true;
      const width = Math.max((stream.columns ?? 80) - 1, 10);
      stream.write(`\r\x1b[K${line.length > width ? line.slice(0, width - 1) + "…" : line}`);
    },
    finish() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
