import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { InputError } from "./types.js";

/** The path that stands for standard input. */
export const STDIN_PATH = "-";

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "path too long",
  EMFILE: "too many open files",
};

/** A one-line reason for a failed file system call, without Node's stack or repeated path. */
export function systemErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && SYSTEM_ERRORS[code]) ?? (code ? `cannot read (${code})` : "cannot read");
}

/**
 * Reads one input as UTF-8 text, without a byte order mark. Only regular files and standard input
 * are read (a FIFO would block, a device such as /dev/zero never ends), and no more than `maxBytes`
 * is ever read: a file's size is checked first, and the limit is enforced again while reading, so a
 * growing file or an endless stdin stops there. Binary, empty or non-UTF-8 input is refused with a
 * one-line reason.
 */
export function readText(path: string, maxBytes: number): string {
  const bytes = path === STDIN_PATH ? readStdin(maxBytes) : readFile(path, maxBytes);
  return decodeText(path, bytes);
}

/** `bytes` as text, or the one-line reason why they are not text. */
export function decodeText(path: string, bytes: Buffer): string {
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(path, kind);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(path, "not valid UTF-8 text (convert it to UTF-8)");
  }
  if (!text.trim()) throw new InputError(path, "empty file");
  return text;
}

/** Reads a regular file of at most `maxBytes`; anything else is refused with a one-line reason. */
export function readFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(path, "is a folder");
    if (!stats.isFile()) throw new InputError(path, `not a regular file (${fileKind(stats)})`);
    if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
    // Non-blocking, in case the path was swapped for a FIFO since the check; fstat below tells.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, systemErrorReason(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(path, `not a regular file (${fileKind(stats)})`);
    return readAtMost(fd, path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, systemErrorReason(error));
  } finally {
    closeSync(fd);
  }
}

function readStdin(maxBytes: number): Buffer {
  try {
    return readAtMost(0, STDIN_PATH, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(STDIN_PATH, systemErrorReason(error));
  }
}

const CHUNK_BYTES = 64 * 1024;
const RETRY_MS = 5;

/** Reads `fd` to its end in chunks, refusing it as soon as more than `maxBytes` came in. */
function readAtMost(fd: number, path: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // a non-blocking pipe (stdin from another program) with no data yet: wait briefly and try again
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
      continue;
    }
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new InputError(path, `too large: more than ${maxBytes} bytes, the limit is ${maxBytes} (see --max-bytes)`);
  }
}

function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

function tooLarge(path: string, size: number, maxBytes: number): InputError {
  return new InputError(path, `too large: ${size} bytes, the limit is ${maxBytes} (see --max-bytes)`);
}

const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file is taken for binary data rather than text. */
const MAX_CONTROL_SHARE = 0.1;

/** Why the bytes are not text, or null when they may be. Looks at the first 64 KB only. */
function binaryKind(bytes: Buffer): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return "UTF-16 text (convert it to UTF-8)";
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return "binary file (contains NUL bytes), not text";
    if (isControlByte(byte)) control++;
  }
  return sample.length && control / sample.length > MAX_CONTROL_SHARE ? "binary file, not text" : null;
}

/** C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) || byte === 0x7f;
}
