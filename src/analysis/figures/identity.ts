import type { FigureRecord, ParleyRecord } from "../../record/schema.js";
import { foldText } from "../text.js";
import { eventIn, namedPlace, placeKindsOf, type EventRef } from "./event-refs.js";
import type { IdentityData } from "./identity-data.js";
import { sentenceAround } from "./sentence.js";

/** What a figure counts, independent of how its context is worded. */
export interface FigureIdentity {
  /** the measure, or the quantity several measures share ("hostages_held", "detainees_held" -> "people_held") */
  quantity: string;
  scope: "incident" | "cumulative" | "standing";
  /** a specific group counted ("soldiers"); null for anyone */
  population: string | null;
  /** set when the figure is a part of a total ("including 170 soldiers") */
  part: { cue: string; total: FigureRecord | null } | null;
  event: EventRef | null;
  /** the event came from the document's lead, not the figure's own sentence */
  eventFromLead: boolean;
  place: string | null;
}

function quantityOf(measure: string, data: IdentityData): string {
  for (const [quantity, measures] of Object.entries(data.quantities)) if (measures.includes(measure)) return quantity;
  return measure;
}

/** The specific group a number counts: the word after it, or the one after a single adjective ("six wounded soldiers"). */
function populationAfter(text: string, end: number, data: IdentityData): string | null {
  const words = text.slice(end, end + 60).match(/^[\s,]*([\p{L}-]+)(?:\s+([\p{L}-]+))?/u);
  if (!words) return null;
  for (const word of [words[1], words[2]]) {
    if (!word) continue;
    const w = word.toLowerCase();
    if (data.genericPopulations.includes(w)) return null;
    if (data.populations.includes(w)) return w;
  }
  return null;
}

/** The part cue that opens the words between the sentence's previous figure (or its start) and this figure. */
function partCue(before: string, data: IdentityData): string | null {
  const folded = foldText(before);
  return data.partCues.find((cue) => new RegExp(`\\b${cue}\\s+(?:\\S+\\s+){0,2}$`).test(`${folded} `)) ?? null;
}

/**
 * Reads the identity of each figure of one record. A figure without an incident of its own sentence
 * takes the one its document leads with, when its measure counts an incident's toll.
 */
export function identifyFigures(record: ParleyRecord, data: IdentityData): Map<string, FigureIdentity> {
  const { text, date } = record.document;
  const kinds = placeKindsOf(text, data);
  const cumulative = data.cumulativeCues.map((c) => new RegExp(c, "i"));
  const lead = leadEvent(record, kinds, data);
  const identities = new Map<string, FigureIdentity>();
  const ordered = [...record.figures].sort((a, b) => a.start - b.start);
  for (const f of ordered) {
    const sentence = sentenceAround(text, f.start, f.end);
    const earlier = ordered.filter((g) => g !== f && g.end <= f.start && g.start >= sentence.start);
    const previous = earlier.at(-1);
    // "including at least 38 in last month's bombing": a part that names its own incident is that incident's toll
    const cueBefore = partCue(text.slice(previous?.end ?? sentence.start, f.start), data);
    const ownAfter = cueBefore ? eventIn(text.slice(f.end, sentence.end), sentence.text, date, kinds, data) : null;
    const cue = ownAfter ? null : cueBefore;
    const quantity = quantityOf(f.measure, data);
    const total = previous && quantityOf(previous.measure, data) === quantity ? previous : null;
    const isCumulative = !ownAfter && cumulative.some((c) => c.test(sentence.text));
    const incident = data.incidentMeasures.includes(f.measure);
    // only an incident's toll belongs to an incident its sentence names; other counts only to one of their context
    const own = anchored(eventIn(f.context ?? "", sentence.text, date, kinds, data))
      ?? (incident ? anchored(eventIn(sentence.text, sentence.text, date, kinds, data)) : null);
    const event = isCumulative ? null : own ?? (incident ? lead : null);
    identities.set(f.id, {
      quantity,
      scope: isCumulative ? "cumulative" : incident ? "incident" : "standing",
      population: populationAfter(text, f.end, data),
      part: cue ? { cue, total } : null,
      event,
      eventFromLead: event !== null && own === null,
      place: event?.place ?? (f.context ? namedPlace(f.context, kinds, data) : null),
    });
  }
  return identities;
}

/** An incident reference without a place or a day cannot be told from another one ("the attack"). */
function anchored(ref: EventRef | null): EventRef | null {
  return ref && (ref.place || ref.date) ? ref : null;
}

/** The first incident the document names with a place or a day: what its undated tolls are the toll of. */
function leadEvent(record: ParleyRecord, kinds: Map<string, string>, data: IdentityData): EventRef | null {
  const { text, date } = record.document;
  const opening = text.slice(0, 1200);
  for (let at = 0; at < opening.length;) {
    const sentence = sentenceAround(text, at, at);
    const ref = eventIn(sentence.text, sentence.text, date, kinds, data);
    if (ref && (ref.place || ref.date)) return ref;
    at = sentence.end + 1;
  }
  return null;
}
