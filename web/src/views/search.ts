import { getJson } from "../api.js";
import { badge } from "../components.js";
import { empty, h } from "../dom.js";
import { sourceLabel } from "../format.js";
import { documentHref, searchHref, type Route } from "../links.js";
import type { SearchResponse, SearchResult } from "../types.js";
import type { Rendered } from "../view.js";

const PAGE = 25;

const KINDS: [string, string][] = [["", "Everything"], ["quote", "Quotes"], ["document", "Articles"]];

/** The snippet with its matched words marked; offsets are into the document, so they are shifted here. */
function snippetNodes(result: SearchResult): Node[] {
  const { snippet } = result;
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

function resultItem(result: SearchResult): HTMLElement {
  const href = documentHref(result.documentId, result);
  const isQuote = result.kind === "quote";
  return h("li", { class: `result result-${result.kind}` },
    h("div", { class: "result-head" },
      badge(isQuote ? "quote" : "article", `kind-${result.kind}`), " ",
      h("strong", {}, isQuote ? result.speaker ?? "unknown speaker" : result.document.title ?? sourceLabel(result.document)),
      isQuote || result.document.title ? h("span", { class: "muted" }, ` · ${sourceLabel(result.document)}`) : null),
    h("a", { href, class: isQuote ? "snippet quote-link" : "snippet", title: "open in the reader" },
      isQuote ? "“" : null, result.snippet.clippedStart ? "… " : null, snippetNodes(result),
      result.snippet.clippedEnd ? " …" : null, isQuote ? "”" : null));
}

export async function searchView(route: Route): Promise<Rendered> {
  const q = route.params.get("q")?.trim() ?? "";
  const kind = route.params.get("kind") ?? "";
  (document.getElementById("search-input") as HTMLInputElement).value = q;
  const header = h("div", {}, h("h1", {}, "Search"),
    h("p", { class: "hint" }, "All words must occur. Use \"quotes\" for a phrase and a trailing * for a prefix (negotiat*)."),
    h("div", { class: "filters" }, KINDS.map(([value, label]) =>
      h("a", { href: searchHref(q, value || undefined), class: value === kind ? "chip active" : "chip" }, label))));
  if (!q) return { element: h("div", {}, header, empty("Type words in the search box above.")) };
  const first = await getJson<SearchResponse>("search", { q, kind, limit: PAGE }, true);
  const list = h("ol", { class: "results" }, first.results.map(resultItem));
  const status = h("p", { class: "muted" }, `${first.total} result${first.total === 1 ? "" : "s"} for `, h("strong", {}, q));
  const more = h("button", { type: "button", class: "more-button" }, "More results");
  let offset = first.results.length;
  more.hidden = offset >= first.total;
  more.addEventListener("click", async () => {
    more.disabled = true;
    const next = await getJson<SearchResponse>("search", { q, kind, limit: PAGE, offset }, true);
    list.append(...next.results.map(resultItem));
    offset += next.results.length;
    more.disabled = false;
    more.hidden = offset >= next.total || !next.results.length;
  });
  const body = first.results.length ? [list, more] : [empty(`Nothing matches “${q}”.`)];
  return { element: h("div", {}, header, status, body) };
}
