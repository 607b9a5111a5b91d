import { readFrontMatter } from "./front-matter.js";
import { looksLikeHtml, readHtml } from "./html.js";
import { isMarkdownPath, readMarkdown } from "./markdown.js";
import { resolveMeta, type DetectedMeta } from "./meta.js";
import { normaliseText } from "./normalise.js";
import { readTextMeta } from "./plaintext-meta.js";
import { readText } from "./read.js";
import { findTurns } from "./transcript.js";
import { InputError, type SourceDocument } from "./types.js";
import type { InputItem } from "./inputs.js";

export { expandInputs, type InputItem, type SkippedInput } from "./inputs.js";

export interface IngestOptions {
  /** Largest accepted input in bytes (default 10 MB). */
  maxBytes: number;
}
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads and normalises one input (plain text, HTML or a transcript), finds its metadata and cuts
 * header lines, credits and debris from the stored text. Manifest values override what is found.
 * Throws InputError (file + one-line reason) on bad input.
 */
export function loadSource(item: InputItem, options: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES }): SourceDocument {
  return sourceFromText(item.content ?? readText(item.path, options.maxBytes), item);
}

/** The source document of an input already read as `content` (the item's kind, else its name, tells HTML, Markdown and text apart). */
export function sourceFromText(content: string, item: InputItem): SourceDocument {
  const raw = normaliseText(content);
  const { text, sources, format } = readBody(raw, item);
  if (!text) throw new InputError(item.path, "no article text (only headers, credits or page debris)");
  const turns = findTurns(text);
  return {
    path: item.path,
    ...resolveMeta(item.manifest, ...(item.found ? [item.found] : []), ...sources),
    format: turns.length ? "transcript" : format,
    text,
    turns,
  };
}

interface ReadSource {
  text: string;
  /** Metadata found, most trusted first. */
  sources: DetectedMeta[];
  format: "text" | "html";
}

function readBody(raw: string, item: InputItem): ReadSource {
  if (item.kind) return item.kind === "html" ? htmlSource(raw, item.path) : plainSource(raw);
  if (isMarkdownPath(item.path)) return markdownSource(raw);
  return looksLikeHtml(item.path, raw) ? htmlSource(raw, item.path) : plainSource(raw);
}

function markdownSource(raw: string): ReadSource {
  const markdown = readMarkdown(raw);
  const body = readTextMeta(normaliseText(markdown.text), { knownTitle: markdown.meta.title, guessHeadline: true });
  return { text: body.text, sources: [markdown.meta, body.meta], format: "text" };
}

function plainSource(raw: string): ReadSource {
  const lines = raw.split("\n");
  const front = readFrontMatter(lines);
  const body = readTextMeta(lines.slice(front.lineCount).join("\n"), { knownTitle: front.meta.title, guessHeadline: true });
  return { text: body.text, sources: [front.meta, body.meta], format: "text" };
}

function htmlSource(raw: string, path: string): ReadSource {
  const page = readHtml(raw, path);
  const body = readTextMeta(normaliseText(page.text), { knownTitle: page.meta.title, guessHeadline: false });
  return { text: body.text, sources: [page.meta, body.meta], format: "html" };
}
