import { readFileSync, statSync } from "node:fs";
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
 * Reads one input as UTF-8 text, without a byte order mark. The size is checked before reading
 * (for stdin, after), and binary, empty or non-UTF-8 input is refused with a one-line reason.
 */
export function readText(path: string, maxBytes: number): string {
  const bytes = path === STDIN_PATH ? readStdin() : readFile(path, maxBytes);
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
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

function readFile(path: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(path, "is a folder");
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, systemErrorReason(error));
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(path, systemErrorReason(error));
  }
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new InputError(STDIN_PATH, systemErrorReason(error));
  }
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
