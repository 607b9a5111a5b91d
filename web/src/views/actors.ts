import { getJson } from "../api.js";
import { badge, dateRange } from "../components.js";
import { empty, h, replaceChildren } from "../dom.js";
import { actorHref } from "../links.js";
import type { AnalysisActor } from "../types.js";
import type { Rendered } from "../view.js";

/** The actor types an analyst mostly wants first; places are listed but not selected by default. */
const DEFAULT_TYPES = new Set(["person", "organization", "state", "group", "unnamed"]);

const latestRole = (actor: AnalysisActor) => actor.roles[actor.roles.length - 1]?.role ?? "";

function row(actor: AnalysisActor): HTMLElement {
  return h("tr", {},
    h("td", {}, h("a", { href: actorHref(actor.id) }, actor.name), actor.edited ? badge("edited", "edited") : null,
      actor.aliases.length ? h("div", { class: "muted small" }, `also: ${actor.aliases.slice(0, 4).join(", ")}${actor.aliases.length > 4 ? ", …" : ""}`) : null),
    h("td", {}, actor.type),
    h("td", {}, latestRole(actor)),
    h("td", {}, actor.affiliation ?? ""),
    h("td", { class: "num" }, String(actor.documentCount)),
    h("td", { class: "num" }, String(actor.quoteCount ?? 0)),
    h("td", { class: "nowrap" }, dateRange(actor.firstSeen, actor.lastSeen)));
}

export async function actorsView(): Promise<Rendered> {
  const { actors } = await getJson<{ actors: AnalysisActor[] }>("actors", {}, true);
  const types = [...new Set(actors.map((a) => a.type))].sort();
  const shown = new Set(types.filter((t) => DEFAULT_TYPES.has(t)));
  const filter = h("input", { type: "search", placeholder: "Filter by name, role or side", attrs: { "aria-label": "filter actors" } });
  const body = h("tbody", {});
  const count = h("span", { class: "muted" });
  const redraw = () => {
    const needle = filter.value.trim().toLowerCase();
    const matching = actors.filter((a) => shown.has(a.type) && (!needle
      || [a.name, ...a.aliases, a.affiliation ?? "", ...a.roles.map((r) => r.role)].some((s) => s.toLowerCase().includes(needle))));
    matching.sort((a, b) => b.documentCount - a.documentCount || (b.quoteCount ?? 0) - (a.quoteCount ?? 0) || a.name.localeCompare(b.name));
    replaceChildren(body, matching.length ? matching.map(row) : h("tr", {}, h("td", { attrs: { colspan: "7" } }, empty("No actor matches."))));
    replaceChildren(count, `${matching.length} of ${actors.length}`);
  };
  filter.addEventListener("input", redraw);
  const typeBoxes = types.map((type) => {
    const box = h("input", { type: "checkbox", attrs: shown.has(type) ? { checked: "" } : {} });
    box.addEventListener("change", () => {
      if (box.checked) shown.add(type);
      else shown.delete(type);
      redraw();
    });
    return h("label", { class: "filter" }, box, ` ${type}`);
  });
  redraw();
  return {
    element: h("div", {},
      h("h1", {}, "Actors"),
      h("p", { class: "hint" }, "People and bodies resolved across documents. Open one to see its quotes, positions and events, or to correct a merge."),
      h("div", { class: "filters" }, filter, typeBoxes, count),
      h("table", { class: "table actors" },
        h("thead", {}, h("tr", {}, ["Name", "Type", "Latest role", "Side", "Documents", "Quotes", "Seen"].map((t) => h("th", {}, t)))),
        body)),
  };
}
