import { isWholeSentence, type Citation, type CitedExcerpt } from "../context.js";
import { html, type SafeHtml } from "./escape.js";

/** Only web addresses become links: a stored url is untrusted and could be `javascript:`. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The document's title, linked to the article when it has a web address. */
export function titleLink(c: Citation): SafeHtml {
  const url = safeUrl(c.url);
  return url ? html`<a href="${url}" rel="noreferrer noopener">${c.title}</a>` : html`<span>${c.title}</span>`;
}

/** Title · Outlet · date */
export function citation(c: Citation): SafeHtml {
  return html`<cite title="${c.documentId}">${titleLink(c)}${c.outlet ? html` · ${c.outlet}` : ""} · ${c.date ?? "undated"}</cite>`;
}

/** The evidence sentence with the cited words marked, then where it was read. */
export function evidence(cited: CitedExcerpt): SafeHtml {
  const excerpt = cited.excerpt;
  const quote = !excerpt
    ? html`<q class="missing">text not available</q>`
    : isWholeSentence(excerpt)
      ? html`<q>${excerpt.match.trim()}</q>`
      : html`<q>${excerpt.before}<mark>${excerpt.match}</mark>${excerpt.after}</q>`;
  return html`<div class="evidence">${quote} ${citation(cited.citation)}</div>`;
}

/** Other outlets that printed the same paragraph (counted once in the analysis). */
export function alsoPrinted(outlets: readonly string[]): SafeHtml | "" {
  return outlets.length ? html`<div class="copies">Same paragraph also printed by ${outlets.join("; ")}</div>` : "";
}

export function section(id: string, title: string, intro: string | null, body: SafeHtml | SafeHtml[]): SafeHtml {
  return html`<section id="${id}"><h2>${title}</h2>${intro ? html`<p class="intro">${intro}</p>` : ""}${body}</section>`;
}

export function none(message: string): SafeHtml {
  return html`<p class="none">${message}</p>`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
