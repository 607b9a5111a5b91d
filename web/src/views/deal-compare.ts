import { getJson } from "../api.js";
import { section } from "../components.js";
import { h } from "../dom.js";
import type { Route } from "../links.js";
import type { Rendered } from "../view.js";
import { dealHref, evidenceLinks, statusBadge } from "./deal-parts.js";
import type { CompareSide, Comparison } from "./deal-types.js";

const cell = (side: CompareSide | null) => h("td", {},
  side ? [side.text, side.sources.length ? h("span", { class: "small muted" }, ` (${side.sources.join(", ")})`) : null, evidenceLinks(side.evidence)] : h("span", { class: "muted" }, "—"));

const RELATION_CLASS: Record<string, string> = { same: "muted", different: "", "only in A": "", "only in B": "" };

/** Two deals side by side, term by term, with the gap on each and links to every source. */
export async function compareView(route: Route): Promise<Rendered> {
  const a = route.params.get("a") ?? "";
  const b = route.params.get("b") ?? "";
  const { comparison } = await getJson<{ comparison: Comparison }>("compare", { a, b });
  const head = (label: string, d: Comparison["a"]) => h("p", {}, h("strong", {}, `${label}: `), h("a", { href: dealHref(d.id) }, d.title), " ", statusBadge(d.status));
  return {
    element: h("div", {},
      h("h1", {}, "Compare proposals"),
      head("A", comparison.a), head("B", comparison.b),
      section("Term by term",
        h("table", { class: "table" },
          h("thead", {}, h("tr", {}, h("th", {}, "term"), h("th", {}, "A"), h("th", {}, "B"), h("th", {}, "gap"))),
          h("tbody", {}, comparison.rows.map((r) => h("tr", { class: RELATION_CLASS[r.relation] ?? "" },
            h("td", {}, h("strong", {}, r.term)), cell(r.a), cell(r.b), h("td", {}, r.gap || (r.relation === "same" ? "same" : "")))))))),
  };
}
