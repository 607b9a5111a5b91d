import { getJson } from "../api.js";
import { empty, h } from "../dom.js";
import { formatDate } from "../format.js";
import { documentHref } from "../links.js";
import type { DocumentEntry } from "../types.js";
import type { Rendered } from "../view.js";

/** Count columns, in the order of their headings. */
const COUNTED = ["quotes", "figures", "events", "positions"] as const;

export async function documentsView(): Promise<Rendered> {
  const { documents } = await getJson<{ documents: DocumentEntry[] }>("documents", {}, true);
  const rows = [...documents].reverse().map((d) => h("tr", {},
    h("td", { class: "nowrap" }, formatDate(d.date)),
    h("td", {}, d.outlet ?? ""),
    h("td", {}, h("a", { href: documentHref(d.id) }, d.title ?? d.lead), d.title ? null : h("span", { class: "muted small" }, " (no headline)")),
    COUNTED.map((layer) => h("td", { class: "num" }, String(d.counts[layer])))));
  return {
    element: h("div", {},
      h("h1", {}, "Documents"),
      documents.length
        ? h("table", { class: "table documents" },
          h("thead", {}, h("tr", {}, ["Date", "Outlet", "Headline or first sentence", "Quotes", "Figures", "Events", "Positions"].map((t) => h("th", {}, t)))),
          h("tbody", {}, rows))
        : empty("No documents in this window.")),
  };
}
