import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * `report --format json` written piece by piece: the same text as JSON.stringify(value, null, 2),
 * but never as one string. At 30k articles that string was longer than V8's largest string and the
 * report ran out of memory; here no piece is larger than one list item (an actor, an event...).
 */

/** Containers nested deeper than this are written by JSON.stringify in one piece (they are small). */
const STREAMED_DEPTH = 3;
/** Pieces are gathered up to this size before a write, so the stream is not called per comma. */
const CHUNK_CHARACTERS = 64 * 1024;

const INDENT = "  ";

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** What JSON.stringify would write for a value inside a container, re-indented to `indent`. */
function leaf(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : text.replace(/\n/g, "\n" + indent);
}

/** The pieces of the JSON text of `value`, in order; their concatenation is JSON.stringify(value, null, 2). */
export function* jsonPieces(value: unknown, indent = "", depth = 0): Generator<string> {
  if (!isContainer(value) || depth >= STREAMED_DEPTH) {
    yield leaf(value, indent) ?? "null";
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (!value.length) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield (i ? "," : "") + "\n" + inner;
      const item = value[i];
      // As JSON.stringify: an undefined or function item is written as null.
      if (typeof item === "undefined" || typeof item === "function" || typeof item === "symbol") yield "null";
      else yield* jsonPieces(item, inner, depth + 1);
    }
    return yield "\n" + indent + "]";
  }
  // As JSON.stringify: keys whose value cannot be written are left out.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!entries.length) return yield "{}";
  yield "{";
  for (const [n, [key, item]] of entries.entries()) {
    yield (n ? "," : "") + "\n" + inner + JSON.stringify(key) + ": ";
    yield* jsonPieces(item, inner, depth + 1);
  }
  yield "\n" + indent + "}";
}

/** Writes `value` as indented JSON and a newline to `out`, waiting whenever the stream asks to. */
export async function writeJson(value: unknown, out: Writable): Promise<void> {
  let failure: Error | undefined;
  const onError = (error: Error) => { failure = error; };
  out.on("error", onError);
  let chunk = "";
  const flush = async () => {
    if (failure) throw failure;
    if (!out.write(chunk)) await once(out, "drain");
    chunk = "";
  };
  try {
    for (const piece of jsonPieces(value)) {
      chunk += piece;
      if (chunk.length >= CHUNK_CHARACTERS) await flush();
    }
    chunk += "\n";
    await flush();
  } finally {
    out.off("error", onError);
  }
}

/** Writes `value` as JSON to the file `out`, or to standard output; a failure is one line naming the file. */
export async function writeJsonReport(value: unknown, out: string | undefined): Promise<void> {
  if (!out) {
    // A reader that stops early (| head) closes the pipe: the report is cut short, not failed.
    return writeJson(value, process.stdout).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  const file = createWriteStream(out);
  const failed = once(file, "error").then(([error]) => {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(`${out}: cannot write the report (${code ?? message})`);
  });
  failed.catch(() => {}); // awaited below through the race; never an unhandled rejection
  await Promise.race([writeJson(value, file), failed]);
  file.end();
  await Promise.race([once(file, "finish"), failed]);
}
