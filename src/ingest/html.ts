import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseByline } from "./byline.js";
import { wholeDate } from "./dates.js";
import { readHtmlMeta } from "./html-meta.js";
import { flattenHtml, nestingDepth } from "./html-flatten.js";
import type { DetectedMeta } from "./meta.js";
import { InputError } from "./types.js";

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;
const HTML_START = /^\s*<(?:!doctype\s+html|html[\s>])/i;

export function looksLikeHtml(path: string, text: string): boolean {
  return HTML_EXTENSION.test(path) || HTML_START.test(text);
}

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set([
  "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DIV", "SECTION", "ARTICLE", "MAIN",
  "HEADER", "FOOTER", "ASIDE", "TD", "TH", "TR", "TABLE", "UL", "OL", "DL", "DT", "DD", "ADDRESS", "HR",
]);
/** Elements that hold no article text: captions and media are not the story. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "FIGURE", "FIGCAPTION", "IMG", "SVG", "VIDEO", "AUDIO", "IFRAME", "BUTTON", "FORM"]);
/** DOM node types (the standard numbers; linkedom's nodes are not guaranteed to carry the constants). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Fewer words than this is navigation left over, not an article. */
const MIN_MAIN_TEXT_WORDS = 5;
/**
 * Real pages nest a few dozen elements deep. Readability walks the tree recursively, so a deeper page
 * (thousands of unclosed or nested elements) would exhaust the stack or take minutes: its body text
 * is read by the iterative walk below instead.
 */
const MAX_READABLE_DEPTH = 256;

type ParsedArticle = NonNullable<ReturnType<Readability<Node>["parse"]>>;

/**
 * The main text of an HTML page (Readability over a linkedom DOM), one paragraph per line with a
 * blank line between paragraphs and entities decoded, plus the page's metadata.
 */
export function readHtml(html: string, path: string): { text: string; meta: DetectedMeta } {
  const page = HTML_START.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const degenerate = nestingDepth(page) > MAX_READABLE_DEPTH;
  const { document } = parseHTML(degenerate ? flattenHtml(page) : page);
  const meta = readHtmlMeta(document);
  if (degenerate || depthExceeds(document.documentElement, MAX_READABLE_DEPTH)) {
    return { text: mainText(paragraphs(document.body ?? document.documentElement), path), meta };
  }
  let article: ParsedArticle | null;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    throw new InputError(path, `HTML could not be read (${(error as Error).message})`);
  }
  const text = mainText(article?.content ? paragraphs(article.content) : [], path);
  return { text, meta: withReadabilityFallbacks(meta, article!) };
}

function mainText(found: string[], path: string): string {
  const text = found.join("\n\n");
  if (text.split(/\s+/).filter(Boolean).length < MIN_MAIN_TEXT_WORDS) throw new InputError(path, "HTML page with no main text");
  return text;
}

/** Whether any element lies more than `limit` levels below `root` (an iterative walk: no recursion on deep trees). */
function depthExceeds(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Readability's own guesses fill what the tags did not give. */
function withReadabilityFallbacks(meta: DetectedMeta, article: ParsedArticle): DetectedMeta {
  const date = article.publishedTime ? wholeDate(article.publishedTime) : null;
  const authors = meta.authors.length ? meta.authors : (parseByline((article.byline ?? "").replace(/^By\s+/i, ""))?.authors ?? []);
  return {
    ...meta,
    authors,
    ...(!meta.title && article.title?.trim() ? { title: article.title.trim() } : {}),
    ...(!meta.date && date ? { date } : {}),
    ...(!meta.outlet && article.siteName?.trim() ? { outlet: article.siteName.trim() } : {}),
  };
}

/** Stands for a <br> while a paragraph is gathered (a noncharacter, so never in real text). */
const LINE_BREAK = "\uFFFF";

/**
 * The text of each block element, in document order. A single <br> is a space (it often breaks a
 * sentence for layout); two or more in a row separate paragraphs, as on pages without <p>.
 */
function paragraphs(root: Node): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    for (const part of current.split(new RegExp(`${LINE_BREAK}(?:\\s*${LINE_BREAK})+`))) {
      const paragraph = part.replaceAll(LINE_BREAK, " ").replace(/[ \t\n\r\f]+/g, " ").trim();
      if (paragraph) out.push(paragraph);
    }
    current = "";
  };
  // An explicit stack instead of recursion: a marker entry closes a block once its children are read.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "BR") {
      current += LINE_BREAK;
      continue;
    }
    if (tag === "PRE") {
      preformatted(node, flush, out);
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push(BLOCK_END);
    }
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return out;
}

/** Marks the end of a block element on the walk's stack. */
const BLOCK_END = Symbol("block end");

/** Preformatted text keeps its lines: each non-empty line is a paragraph. */
function preformatted(node: Node, flush: () => void, out: string[]): void {
  flush();
  for (const line of textOf(node).split("\n")) if (line.trim()) out.push(line.trim());
}

/** All text below `node`, in document order (iterative, unlike a recursive textContent). */
function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.nodeType === TEXT_NODE) parts.push(current.nodeValue ?? "");
    const children: Node[] = [];
    for (let child = current.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join("");
}

/**
 * The paragraphs of an HTML fragment the user wrote (rendered Markdown, an e-mail body): all of it
 * is the text, so Readability, which looks for the article among a page's navigation, is not asked.
 */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${nestingDepth(html) > MAX_READABLE_DEPTH ? flattenHtml(html) : html}</body></html>`);
  return paragraphs(document.body ?? document.documentElement).join("\n\n");
}
