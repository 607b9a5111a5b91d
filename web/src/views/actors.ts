import { badge, dateRange } from "../components.js";
import { h } from "../dom.js";
import { actorHref, type Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { AnalysisActor } from "../types.js";
import type { Rendered } from "../view.js";

const latestRole = (actor: AnalysisActor) => actor.roles[actor.roles.length - 1]?.role ?? "";

export async function actorsView(route: Route): Promise<Rendered> {
  const { element } = await listSection<AnalysisActor>(route, {
    api: "actors", key: "actors", noun: "actors", windowed: true,
    facets: [{ name: "type", label: "Type" }, { name: "side", label: "Side" }, { name: "role", label: "Role" }],
    search: "Name, role or side",
    defaultSort: "documents", defaultOrder: "desc",
    columns: [
      {
        label: "Name", sort: "name",
        cell: (actor) => [h("a", { href: actorHref(actor.id) }, actor.name), actor.edited ? badge("edited", "edited") : null,
          actor.aliases.length ? h("div", { class: "muted small" }, `also: ${actor.aliases.slice(0, 4).join(", ")}${actor.aliases.length > 4 ? ", …" : ""}`) : null],
      },
      { label: "Type", sort: "type", cell: (actor) => actor.type },
      { label: "Latest role", sort: "role", cell: latestRole },
      { label: "Side", sort: "side", cell: (actor) => actor.affiliation ?? "" },
      { label: "Documents", sort: "documents", class: "num", cell: (actor) => String(actor.documentCount) },
      { label: "Quotes", sort: "quotes", class: "num", cell: (actor) => String(actor.quoteCount ?? 0) },
      { label: "Seen", sort: "lastSeen", class: "nowrap", cell: (actor) => dateRange(actor.firstSeen, actor.lastSeen) },
    ],
    empty: "No actor matches.",
  });
  return {
    element: h("div", {},
      h("h1", {}, "Actors"),
      h("p", { class: "hint" }, "People and bodies resolved across documents. Open one to see its quotes, positions and events, or to correct a merge."),
      element),
  };
}
