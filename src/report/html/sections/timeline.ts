import type { EventView, ReportView } from "../../views/index.js";
import { chartedEvents } from "../chart-data.js";
import { html, type SafeHtml } from "../escape.js";
import { citation, evidence, none, plural, section } from "../fragments.js";

function eventItem(event: EventView): SafeHtml {
  const who = [
    event.actors.length ? `by ${event.actors.join(", ")}` : "",
    event.recipients.length ? `towards ${event.recipients.join(", ")}` : "",
    event.place ? `in ${event.place}` : "",
  ].filter(Boolean).join(" · ");
  const others = event.sources.filter((source) => source.documentId !== event.evidence.citation.documentId);
  return html`<li class="event">
    <span class="type type-${event.type}">${event.type}</span>
    <span class="trigger">“${event.trigger}”</span>
    ${event.modality === "asserted" ? "" : html`<span class="badge">${event.modality}</span>`}
    ${event.dateFromReport ? html`<span class="badge" title="the reports do not date the event">date of report</span>` : ""}
    ${who ? html`<span class="who">${who}</span>` : ""}
    ${evidence(event.evidence)}
    ${others.length ? html`<div class="copies">Also reported in: ${others.map((c, i) => html`${i ? "; " : ""}${citation(c)}`)}</div>` : ""}
  </li>`;
}

function days(events: EventView[]): SafeHtml[] {
  const byDay = new Map<string, EventView[]>();
  for (const event of events) {
    const day = event.date ?? "undated";
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return [...byDay].map(([day, list]) => html`<div class="day"><div class="date">${day}</div><ul>${list.map(eventItem)}</ul></div>`);
}

export function timelineSection(view: ReportView): SafeHtml {
  const events = view.timeline;
  if (!events.length) return section("timeline", "Timeline", null, none("No events found."));
  const intro = "Events merged across outlets, by date. An event the reports do not date is placed on the day it was first reported.";
  const notCharted = events.length - chartedEvents(view).length;
  const caption = notCharted
    ? html`<p class="caption">${plural(notCharted, "event", "events")} undated or dated far outside the period of the documents ${notCharted === 1 ? "is" : "are"} listed below but not drawn.</p>`
    : "";
  return section("timeline", "Timeline", intro, [
    html`<div class="card"><div class="chart timeline-chart"><canvas id="timeline-chart"></canvas></div>${caption}</div>`,
    html`<div class="days">${days(events)}</div>`,
  ]);
}
