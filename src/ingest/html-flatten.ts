/**
 * The HTML parser keeps its open elements in an array it shifts and unshifts, so each tag costs the
 * current depth: thousands of unclosed or nested elements make parsing quadratic before any walk of
 * ours begins. A page is measured first with a linear scan of its tags; a degenerate one is
 * flattened (inline tags dropped, block tags turned into paragraph breaks) before it is parsed.
 */

/** Elements that never hold others. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements that the parser closes by itself when the next one opens: they do not deepen the tree. */
const SELF_CLOSING = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp"]);
/** Elements whose content is not markup: skipped whole when flattening. */
const RAW = new Set(["script", "style", "noscript", "template", "svg", "textarea", "title"]);
/** Elements that separate paragraphs: they become a paragraph break when flattened. */
const BREAKS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article", "main", "header", "footer",
  "aside", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "address", "hr", "figure", "figcaption", "nav",
]);
/** Kept as they are: the document's frame and what the metadata reader looks at. */
const KEPT = new Set(["html", "head", "body", "meta", "link", "br", "title"]);

interface Tag {
  start: number;
  /** Just after the closing '>'. */
  end: number;
  name: string;
  closing: boolean;
  selfClosed: boolean;
}

/** Every tag of `html` in order; a '<' that opens no tag is text. One pass: each search starts where the last ended. */
function* tags(html: string): Generator<Tag> {
  let at = html.indexOf("<");
  while (at >= 0) {
    const closing = html[at + 1] === "/";
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9-]/.test(html[nameEnd]!)) nameEnd++;
    if (nameEnd === nameStart || !/[A-Za-z]/.test(html[nameStart]!)) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    const end = html.indexOf(">", nameEnd);
    if (end < 0) return;
    yield { start: at, end: end + 1, name: html.slice(nameStart, nameEnd).toLowerCase(), closing, selfClosed: html[end - 1] === "/" };
    at = html.indexOf("<", end + 1);
  }
}

/** The deepest nesting of elements the parser would keep open, as estimated from the tags alone. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const tag of tags(html)) {
    if (VOID.has(tag.name) || SELF_CLOSING.has(tag.name) || tag.selfClosed) continue;
    depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * `html` with every tag but the frame's and the metadata's removed: raw-text elements go with their
 * content, paragraph-breaking elements become <p>, inline ones vanish and leave their text.
 */
export function flattenHtml(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  let skipUntil: string | null = null;
  for (const tag of tags(html)) {
    if (skipUntil) {
      if (!(tag.closing && tag.name === skipUntil)) continue;
      skipUntil = null;
      copied = tag.end;
      continue;
    }
    parts.push(html.slice(copied, tag.start));
    copied = tag.end;
    if (RAW.has(tag.name) && !tag.closing && !tag.selfClosed) {
      // the title stays: the metadata reader may want it
      if (tag.name === "title") parts.push(html.slice(tag.start, tag.end));
      else skipUntil = tag.name;
      continue;
    }
    if (KEPT.has(tag.name) || (tag.name === "title" && tag.closing)) parts.push(html.slice(tag.start, tag.end));
    else if (BREAKS.has(tag.name)) parts.push("<p>");
  }
  if (!skipUntil) parts.push(html.slice(copied));
  return parts.join("");
}
