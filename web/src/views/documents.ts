import { h } from "../dom.js";
import { formatDate } from "../format.js";
import { documentHref, type Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { DocumentEntry } from "../types.js";
import type { Rendered } from "../view.js";

/** Count columns, in the order of their headings. */
const COUNTED = [["quotes", "Quotes"], ["figures", "Figures"], ["events", "Events"], ["positions", "Positions"]] as const;

export async function documentsView(route: Route): Promise<Rendered> {
  const { element } = await listSection<DocumentEntry>(route, {
    api: "documents", key: "documents", noun: "documents", windowed: true,
    facets: [{ name: "outlet", label: "Outlet" }],
    search: "Words in the headline",
    defaultSort: "date", defaultOrder: "desc",
    columns: [
      { label: "Date", sort: "date", class: "nowrap", cell: (d) => formatDate(d.date) },
      { label: "Outlet", sort: "outlet", cell: (d) => d.outlet ?? "" },
      {
        label: "Headline or first sentence", sort: "title",
        cell: (d) => [h("a", { href: documentHref(d.id) }, d.title ?? d.lead), d.title ? null : h("span", { class: "muted small" }, " (no headline)")],
      },
      ...COUNTED.map(([layer, label]) => ({ label, sort: layer, class: "num", cell: (d: DocumentEntry) => String(d.counts[layer]) })),
    ],
    empty: "No documents match.",
  });
  return { element: h("div", {}, h("h1", {}, "Documents"), element) };
}
