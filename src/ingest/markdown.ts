import { marked } from "marked";
import { fillFrontMatterField } from "./front-matter.js";
import { htmlFragmentText } from "./html.js";
import type { DetectedMeta } from "./meta.js";

const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdown|mkd)$/i;
/** A YAML front-matter block ("---" lines around "key: value" lines), as static-site and note tools write. */
const YAML_BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSION.test(path);
}

/**
 * Markdown as plain paragraphs: marked renders it to HTML and the HTML is flattened as a page's
 * would be, so emphasis, links and list marks leave only their words. Scalar fields of a YAML front
 * matter (title, date, author, url ...) are read with the header-block field names.
 */
export function readMarkdown(source: string): { text: string; meta: DetectedMeta } {
  const meta: DetectedMeta = { authors: [] };
  const block = YAML_BLOCK.exec(source);
  if (block) {
    for (const line of block[1]!.split("\n")) {
      const colon = line.indexOf(":");
      const key = line.slice(0, colon).trim();
      if (colon > 0 && /^[A-Za-z][\w-]*$/.test(key)) fillFrontMatterField(key.toUpperCase(), unquote(line.slice(colon + 1)), meta);
    }
  }
  const body = block ? source.slice(block[0].length) : source;
  return { text: htmlFragmentText(marked.parse(body, { async: false, gfm: true })), meta };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
