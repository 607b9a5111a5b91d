/**
 * A reader that stops early (`parley extract DIR | head -1`) closes the pipe; the next write fails
 * with EPIPE. That is the reader's choice, not an error: exit quietly instead of printing a stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
