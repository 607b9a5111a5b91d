import { h, type Child } from "./dom.js";
import { documentLabel, formatDate, sourceLabel } from "./format.js";
import { documentHref } from "./links.js";
import type { DocumentMeta, Evidence, SourceRef } from "./types.js";

/** Pieces shared by several views. */

export const section = (title: string, ...children: Child[]) =>
  h("section", { class: "card" }, h("h2", {}, title), ...children);

export const badge = (text: string, kind = "") => h("span", { class: `badge ${kind}`.trim() }, text);

/** An event type or stance as a coloured badge (colours in style.css, by class). */
export const typeBadge = (type: string) => badge(type, `type-${type.toLowerCase()}`);
export const stanceBadge = (stance: string) => badge(stance, `stance-${stance}`);

export const sourceLink = (ref: SourceRef | (Evidence & DocumentMeta)) =>
  h("a", { href: documentHref(ref.documentId, ref), class: "source", title: "open in the reader" }, sourceLabel(ref));

/** Below this share of its sentence an item's words are marked inside the sentence. */
const MARK_BELOW = 0.8;

/** An item's sentence with the item's own words marked, linking to the reader at the item. */
export function evidenceLink(evidence: Evidence): HTMLElement {
  const link = h("a", { href: documentHref(evidence.documentId, evidence), class: "evidence", title: evidence.excerpt?.context.text ?? "open in the reader" });
  const excerpt = evidence.excerpt;
  if (!excerpt) {
    link.append("(open in the reader)");
    return link;
  }
  const { context } = excerpt;
  if (excerpt.text.length >= MARK_BELOW * context.text.length) {
    link.append(context.text);
    return link;
  }
  const from = Math.max(evidence.start, context.start) - context.start;
  const to = Math.min(evidence.end, context.end) - context.start;
  link.append(context.text.slice(0, from), h("mark", {}, context.text.slice(from, to)), context.text.slice(to));
  return link;
}

/** A direct quote as a block that opens the reader with the quote highlighted. */
export function quoteBlock(quote: Evidence & { text: string }, byline: Child): HTMLElement {
  return h("figure", { class: "quote" },
    h("blockquote", {}, h("a", { href: documentHref(quote.documentId, quote), class: "quote-link", title: "open in the reader" },
      `“${quote.text.trim()}”`)),
    h("figcaption", {}, byline));
}

export const documentLink = (doc: DocumentMeta & { id: string }, lead?: string) =>
  h("a", { href: documentHref(doc.id) }, documentLabel(doc, lead));

export const dateRange = (first: string | null, last: string | null) =>
  first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;

export function errorBox(error: unknown): HTMLElement {
  return h("div", { class: "error", attrs: { role: "alert" } }, `Could not load this view: ${(error as Error).message}`);
}

export const loading = () => h("p", { class: "loading" }, "Loading…");
