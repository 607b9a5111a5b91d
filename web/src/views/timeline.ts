import { actorDirectory, getJson } from "../api.js";
import { badge, evidenceLink, sourceLink, typeBadge } from "../components.js";
import { empty, h, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
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

export async function timelineView(): Promise<Rendered> {
  const [{ timeline }, directory] = await Promise.all([
    getJson<{ timeline: TimelineEvent[] }>("timeline", {}, true),
    actorDirectory(),
  ]);
  if (!timeline.length) return { element: h("div", {}, h("h1", {}, "Timeline"), empty("No events in this window.")) };
  const types = [...new Set(timeline.map((e) => e.type))].sort();
  const shown = new Set(types);
  const list = h("div", {});
  const redraw = () => {
    const events = timeline.filter((e) => shown.has(e.type));
    replaceChildren(list, events.length ? groupedByDay(events, directory) : empty("No event of the selected types."));
  };
  const filters = h("div", { class: "filters", attrs: { role: "group", "aria-label": "event types" } },
    h("span", { class: "muted" }, "Show: "),
    types.map((type) => {
      const box = h("input", { type: "checkbox", attrs: { checked: "" } });
      box.addEventListener("change", () => {
        if (box.checked) shown.add(type);
        else shown.delete(type);
        redraw();
      });
      const count = timeline.filter((e) => e.type === type).length;
      return h("label", { class: "filter" }, box, typeBadge(type), ` ${count}`);
    }));
  redraw();
  return {
    element: h("div", {},
      h("h1", {}, "Timeline"),
      h("p", { class: "hint" }, "Events merged across outlets, in the order they happened. An event whose date the text does not give is placed on the day it was first reported."),
      filters, list),
  };
}
