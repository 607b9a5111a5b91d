import { h } from "../dom.js";
import { formatDate } from "../format.js";
import { documentHref, type Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { QuoteEntry } from "../types.js";
import type { Rendered } from "../view.js";

/** Every direct quote across the documents, by speaker, side, outlet, date and issue, and by its words. */
export async function quotesView(route: Route): Promise<Rendered> {
  const { element } = await listSection<QuoteEntry>(route, {
    api: "quotes", key: "quotes", noun: "quotes", windowed: true,
    facets: [
      { name: "speaker", label: "Speaker" }, { name: "side", label: "Side" },
      { name: "outlet", label: "Outlet" }, { name: "issue", label: "Issue" },
    ],
    search: "Words in the quote",
    defaultSort: "date", defaultOrder: "desc",
    columns: [
      { label: "Date", sort: "date", class: "nowrap", cell: (q) => formatDate(q.document.date) },
      { label: "Speaker", sort: "speaker", cell: (q) => q.speakerName ?? h("span", { class: "muted" }, "unattributed") },
      { label: "Side", sort: "side", cell: (q) => q.speakerSide ?? "" },
      {
        label: "Quote", sort: "length",
        cell: (q) => h("a", { href: documentHref(q.documentId, q), class: "quote-link", title: "open in the reader" }, `“${q.text.trim()}”`),
      },
      { label: "Outlet", sort: "outlet", cell: (q) => q.document.outlet ?? "" },
    ],
    empty: "No quote matches.",
  });
  return {
    element: h("div", {}, h("h1", {}, "Quotes"),
      h("p", { class: "hint" }, "Direct quotes as extracted from each article, with the speaker and the side the article gives them. Short fragments and scare quotes are left out."),
      element),
  };
}
