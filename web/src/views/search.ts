import { getJson } from "../api.js";
import { badge } from "../components.js";
import { empty, h } from "../dom.js";
import { sourceLabel } from "../format.js";
import { documentHref, routeHref, type Route } from "../links.js";
import type { SearchResponse, SearchResult } from "../types.js";
import type { Rendered } from "../view.js";

const PAGE = 25;

const KINDS: [string, string][] = [["", "Everything"], ["quote", "Quotes"], ["document", "Articles"], ["actor", "Actors"], ["event", "Events"]];

/** The snippet with its matched words marked; offsets are into the document, so they are shifted here. */
function snippetNodes(snippet: NonNullable<SearchResult["snippet"]>): Node[] {
  const nodes: Node[] = [];
  let at = snippet.start;
  for (const hit of snippet.highlights) {
    nodes.push(document.createTextNode(snippet.text.slice(at - snippet.start, hit.start - snippet.start)));
    nodes.push(h("mark", { class: "match" }, snippet.text.slice(hit.start - snippet.start, hit.end - snippet.start)));
    at = hit.end;
  }
  nodes.push(document.createTextNode(snippet.text.slice(at - snippet.start)));
  return nodes;
}

const KIND_LABELS: Record<string, string> = { quote: "quote", document: "article", actor: "actor", event: "event" };

/** A result's heading: the speaker of a quote, an actor's name, an event's type and words, else the headline. */
function resultTitle(result: SearchResult): string {
  if (result.kind === "quote") return result.speaker ?? "unknown speaker";
  if (result.kind === "actor") return result.name ?? "";
  if (result.kind === "event") return `${result.type ?? "event"} “${result.trigger ?? ""}”`;
  return result.document.title ?? sourceLabel(result.document);
}

/** What an actor hit says about them, in place of a snippet: roles and side as the article gives them. */
const actorLine = (result: SearchResult) =>
  [...(result.roles ?? []), result.affiliation ? `for ${result.affiliation}` : ""].filter(Boolean).join(", ") || "named here";

function resultItem(result: SearchResult): HTMLElement {
  // Actor ids in hits are the article's own, so an actor opens the reader at their first mention.
  const href = documentHref(result.documentId, result);
  const isQuote = result.kind === "quote";
  const source = sourceLabel(result.document);
  const title = resultTitle(result);
  return h("li", { class: `result result-${result.kind}` },
    h("div", { class: "result-head" },
      badge(KIND_LABELS[result.kind] ?? result.kind, `kind-${result.kind}`), " ",
      h("strong", {}, title),
      title !== source ? h("span", { class: "muted" }, ` · ${source}`) : null),
    result.snippet
      ? h("a", { href, class: isQuote ? "snippet quote-link" : "snippet", title: "open in the reader" },
        isQuote ? "“" : null, result.snippet.clippedStart ? "… " : null, snippetNodes(result.snippet),
        result.snippet.clippedEnd ? " …" : null, isQuote ? "”" : null)
      : h("a", { href, class: "snippet", title: "open in the reader" }, actorLine(result)));
}

/** Search orders: best match first (the route's default), or newest first. */
const SORTS: [string, string][] = [["", "Best match"], ["date", "Newest first"]];

export async function searchView(route: Route): Promise<Rendered> {
  const q = route.params.get("q")?.trim() ?? "";
  const kind = route.params.get("kind") ?? "";
  const sort = route.params.get("sort") ?? "";
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "", 10) || 0);
  (document.getElementById("search-input") as HTMLInputElement).value = q;
  const with_ = (changes: Record<string, string>) => {
    const params = new URLSearchParams(route.params);
    if (!("offset" in changes)) params.delete("offset");
    for (const [key, value] of Object.entries(changes)) params.set(key, value);
    return routeHref(route.path, params);
  };
  const header = h("div", {}, h("h1", {}, "Search"),
    h("p", { class: "hint" }, "All words must occur; word forms match (negotiate finds negotiations). Use \"quotes\" for a phrase and a trailing * for a prefix (negotiat*)."),
    h("div", { class: "filters" },
      KINDS.map(([value, label]) => h("a", { href: with_({ kind: value }), class: value === kind ? "chip active" : "chip" }, label)),
      h("span", { class: "muted" }, " · "),
      SORTS.map(([value, label]) => h("a", { href: with_({ sort: value }), class: value === sort ? "chip active" : "chip" }, label))));
  if (!q) return { element: h("div", {}, header, empty("Type words in the search box above.")) };
  const page = await getJson<SearchResponse>("search", { q, kind, sort, limit: PAGE, offset }, true);
  const status = h("p", { class: "muted" }, `${page.total} result${page.total === 1 ? "" : "s"} for `, h("strong", {}, q));
  const shown = page.results.length;
  const pager = h("nav", { class: "pager", attrs: { "aria-label": "pages of results" } },
    shown ? h("span", { class: "page-status" }, `${offset + 1}–${offset + shown} of ${page.total}`) : null,
    offset > 0 ? h("a", { href: with_({ offset: String(Math.max(0, offset - PAGE)) }), class: "page-link prev", attrs: { rel: "prev" } }, "← Previous") : null,
    offset + shown < page.total ? h("a", { href: with_({ offset: String(offset + PAGE) }), class: "page-link next", attrs: { rel: "next" } }, "Next →") : null);
  const body = shown ? [h("ol", { class: "results", attrs: { start: String(offset + 1) } }, page.results.map(resultItem)), pager] : [empty(`Nothing matches “${q}”.`)];
  return { element: h("div", {}, header, status, body) };
}
