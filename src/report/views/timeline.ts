import type { TimelineEvent } from "../../analysis/types.js";
import type { EventType } from "../../record/schema.js";
import type { Citation, CitedExcerpt, ReportContext } from "../context.js";

export interface EventView {
  id: string;
  /** the event's own date, else the earliest publication date of its reports; null when neither is known */
  date: string | null;
  /** true when `date` is a publication date because the reports do not date the event */
  dateFromReport: boolean;
  type: EventType;
  trigger: string;
  modality: string;
  polarity: string | null;
  actors: string[];
  recipients: string[];
  place: string | null;
  sources: Citation[];
  evidence: CitedExcerpt;
}

function eventView(context: ReportContext, event: TimelineEvent): EventView {
  const seen = new Set<string>();
  const sources = [event, ...event.sources]
    .filter((source) => !seen.has(source.documentId) && seen.add(source.documentId))
    .map((source) => context.citation(source.documentId));
  return {
    id: event.id,
    date: event.date ?? event.documentDate,
    dateFromReport: event.date === null && event.documentDate !== null,
    type: event.type,
    trigger: event.trigger,
    modality: event.modality,
    polarity: event.polarity,
    actors: event.actors.map((id) => context.actorName(id)),
    recipients: event.recipients.map((id) => context.actorName(id)),
    place: event.place,
    sources,
    evidence: context.cite(event),
  };
}

/** In date order, undated events last; events of one day keep the analysis's order. */
export function timelineView(context: ReportContext): EventView[] {
  const views = context.analysis.timeline.map((event) => eventView(context, event));
  return views
    .map((view, index) => ({ view, index }))
    .sort((a, b) => (a.view.date ?? "\uffff").localeCompare(b.view.date ?? "\uffff") || a.index - b.index)
    .map(({ view }) => view);
}
