import { actorDirectory, documentsById, getJson } from "../api.js";
import { badge, dateRange, documentLink, evidenceLink, quoteBlock, section, sourceLink } from "../components.js";
import { empty, h } from "../dom.js";
import { formatDate, sourceLabel } from "../format.js";
import type { Route } from "../links.js";
import type { ActorPage, AnalysisActor } from "../types.js";
import type { Rendered } from "../view.js";
import { editTools, MERGE_CANDIDATES } from "./actor-edits.js";
import { cellDetails } from "./positions.js";
import { eventItem } from "./timeline.js";

export async function actorView(route: Route): Promise<Rendered> {
  const id = route.path[1] ?? "";
  const page = await getJson<ActorPage>(`actors/${encodeURIComponent(id)}`, {}, true);
  const { actor } = page;
  const [directory, documents, { actors: candidates }] = await Promise.all([
    actorDirectory([
      ...page.positions.flatMap((c) => [c.party, ...c.evidence.map((e) => e.speaker).filter((s): s is string => s !== undefined)]),
      ...page.timeline.flatMap((e) => [...e.actors, ...e.recipients]),
    ]),
    documentsById([...page.documents.map((d) => d.id), ...actor.members.map((m) => m.documentId)]),
    getJson<{ actors: AnalysisActor[] }>("actors", { type: actor.type, sort: "documents", order: "desc", limit: MERGE_CANDIDATES }, true),
  ]);
  const quotes = page.quotes.filter((q) => !q.fragment);
  const fragments = page.quotes.filter((q) => q.fragment);
  const element = h("div", { class: "actor-page" },
    h("h1", {}, actor.name, " ", badge(actor.type, "type"), actor.edited ? badge("edited by an analyst", "edited") : null),
    h("p", { class: "lede" },
      actor.affiliation ? ["Speaks for ", h("strong", {}, actor.affiliation), ". "] : null,
      `Named in ${actor.documentCount} document${actor.documentCount === 1 ? "" : "s"}, ${dateRange(actor.firstSeen, actor.lastSeen)}.`,
      actor.aliases.length ? ` Also called: ${actor.aliases.join(", ")}.` : null),
    actor.roles.length ? section("Roles",
      h("ul", { class: "plain" }, actor.roles.map((role) => h("li", {},
        h("strong", {}, role.role), h("span", { class: "muted" }, `  ${dateRange(role.firstSeen, role.lastSeen)}`),
        role.evidence[0] ? [" ", evidenceLink(role.evidence[0])] : null)))) : null,
    section(`Quotes (${quotes.length})`,
      quotes.length ? quotes.map((q) => quoteBlock(q, sourceLink({ ...q, ...q.document, documentId: q.documentId }))) : empty("No direct quotes attributed."),
      fragments.length ? h("details", {}, h("summary", {}, `${fragments.length} short fragment${fragments.length === 1 ? "" : "s"} and scare quotes`),
        fragments.map((q) => quoteBlock(q, sourceLabel(q.document)))) : null),
    section(`Positions (${page.positions.length})`,
      page.positions.length ? page.positions.map((cell) => cellDetails(cell, directory, false)) : empty("No stated positions.")),
    section(`Events (${page.timeline.length})`,
      page.timeline.length ? h("ul", { class: "events" }, page.timeline.map((e) => eventItem(e, directory))) : empty("Not named as a party to any event.")),
    section(`Documents (${page.documents.length})`,
      h("ul", { class: "plain" }, page.documents.map((d) => h("li", {}, h("span", { class: "muted nowrap" }, formatDate(d.date), " · ", d.outlet ?? ""), " ", documentLink(d, documents.get(d.id)?.lead))))),
    editTools(actor, candidates, documents),
  );
  return { element };
}
