const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * A reader that stops early (`parley extract DIR | head -1`) closes the pipe; the next write fails
 * with EPIPE. That is the reader's choice, not an error: exit quietly instead of printing a stack trace.
 * Installed once per stream, however often `main` runs in one process.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
