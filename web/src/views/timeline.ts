import { actorDirectory } from "../api.js";
import { badge, evidenceLink, sourceLink, typeBadge } from "../components.js";
import { h } from "../dom.js";
import { formatDate } from "../format.js";
import type { Route } from "../links.js";
import { listSection } from "../list-view.js";
import type { AnalysisActor, TimelineEvent } from "../types.js";
import type { Rendered } from "../view.js";
import { actorLinks } from "./actor-links.js";

/** Modalities worth flagging; "asserted" is the unmarked case. */
const MODALITY_NOTES: Record<string, string> = {
  future: "planned", hypothetical: "conditional", negated: "did not happen", reported: "reported",
};

/** One merged event: what happened, who, the sentence it rests on, and every outlet that reported it. */
export function eventItem(event: TimelineEvent, directory: Map<string, AnalysisActor>): HTMLElement {
  const note = MODALITY_NOTES[event.modality];
  return h("li", { class: "event" },
    h("div", { class: "event-head" },
      typeBadge(event.type),
      h("span", { class: "trigger", title: "the words that signal the event" }, `“${event.trigger}”`),
      note ? badge(note, "modality") : null,
      event.actors.length ? h("span", { class: "who" }, actorLinks(event.actors, directory)) : null,
      event.recipients.length ? h("span", { class: "whom" }, " → ", actorLinks(event.recipients, directory)) : null,
      event.place ? h("span", { class: "place" }, ` · ${event.place}`) : null),
    evidenceLink(event),
    h("div", { class: "sources" },
      event.sources.length > 1 ? `Reported by ${event.sources.length} documents: ` : "Source: ",
      event.sources.flatMap((s, i) => (i ? [", ", sourceLink(s)] : [sourceLink(s)]))));
}

const eventDay = (event: TimelineEvent) => event.date ?? event.documentDate;

function groupedByDay(events: TimelineEvent[], directory: Map<string, AnalysisActor>): HTMLElement {
  const days = new Map<string | null, TimelineEvent[]>();
  for (const event of events) {
    const list = days.get(eventDay(event)) ?? [];
    list.push(event);
    days.set(eventDay(event), list);
  }
  return h("div", { class: "timeline" }, [...days].map(([day, list]) => h("div", { class: "day" },
    h("h3", { class: "day-date" }, formatDate(day)),
    h("ul", { class: "events" }, list.map((e) => eventItem(e, directory))))));
}

/** The analysis actors an event list names, fetched for just these events. */
export const directoryFor = (events: readonly TimelineEvent[]) => actorDirectory(events.flatMap((e) => [...e.actors, ...e.recipients]));

export async function timelineView(route: Route): Promise<Rendered> {
  const { element } = await listSection<TimelineEvent>(route, {
    api: "timeline", key: "timeline", noun: "events", windowed: true,
    facets: [{ name: "type", label: "Type" }, { name: "modality", label: "Modality" }, { name: "outlet", label: "Outlet" }],
    sorts: [["order", "Date"], ["sources", "Number of reports"], ["type", "Type"]],
    search: "Words of the event",
    defaultSort: "order", defaultOrder: "asc", limit: 100,
    body: async (events) => groupedByDay(events, await directoryFor(events)),
    empty: "No events match.",
  });
  return {
    element: h("div", {},
      h("h1", {}, "Timeline"),
      h("p", { class: "hint" }, "Events merged across outlets, in the order they happened. An event whose date the text does not give is placed on the day it was first reported."),
      element),
  };
}
