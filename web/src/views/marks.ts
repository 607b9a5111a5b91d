import { formatFigure, humanize } from "../format.js";
import type { ParleyRecord, Span } from "../types.js";

/** The extracted items of a record as marks over its text, one per span, for the reader. */

export const LAYERS = ["actor", "quote", "figure", "event", "position"] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_NAMES: Record<Layer, string> = {
  actor: "Actors", quote: "Quotes", figure: "Figures", event: "Events", position: "Positions",
};

export interface Mark extends Span {
  layer: Layer;
  /** one line describing the item, for tooltips and the details panel */
  label: string;
}

export function marksOf(record: ParleyRecord): Mark[] {
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string | null) => (id === null ? "unknown" : names.get(id) ?? id);
  const marks: Mark[] = [];
  for (const actor of record.actors) {
    const about = [actor.type, ...actor.roles, actor.affiliation ? `for ${actor.affiliation}` : ""].filter(Boolean).join(", ");
    for (const mention of actor.mentions) marks.push({ ...mention, layer: "actor", label: `${actor.name} (${about})` });
  }
  for (const quote of record.quotes) {
    marks.push({ start: quote.start, end: quote.end, layer: "quote",
      label: `${quote.fragment ? "Fragment" : "Quote"} — speaker: ${nameOf(quote.speaker)}` });
  }
  for (const figure of record.figures) {
    marks.push({ start: figure.start, end: figure.end, layer: "figure",
      label: `${formatFigure(figure)} ${humanize(figure.measure)}${figure.context ? ` (${figure.context})` : ""} — source: ${figure.source ?? "the outlet"}` });
  }
  for (const event of record.events) {
    const who = event.actors.map(nameOf).join(", ");
    marks.push({ start: event.start, end: event.end, layer: "event",
      label: `${event.type} “${event.trigger}”${who ? ` by ${who}` : ""}${event.modality === "asserted" ? "" : ` (${event.modality})`}` });
  }
  for (const position of record.positions) {
    marks.push({ start: position.start, end: position.end, layer: "position",
      label: `${nameOf(position.actor)}: ${position.stance} — ${humanize(position.issue)}` });
  }
  return marks.filter((m) => m.end > m.start);
}

/**
 * `text` between `range.start` and `range.end` cut wherever a mark starts or ends; each piece lists
 * the marks covering it. Overlapping and nested marks thus become flat pieces with several layers.
 */
export function pieces(marks: Mark[], range: Span): { span: Span; covering: Mark[] }[] {
  const inside = marks.filter((m) => m.start < range.end && m.end > range.start);
  const cuts = new Set([range.start, range.end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, range.start));
    cuts.add(Math.min(m.end, range.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const span = { start: sorted[i]!, end: sorted[i + 1]! };
    result.push({ span, covering: inside.filter((m) => m.start <= span.start && m.end >= span.end) });
  }
  return result;
}
