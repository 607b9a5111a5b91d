import { readKbFile } from "../kb/files.js";
import type { ActorRecord, EventRecord, EventType, ParleyRecord } from "../record/schema.js";

/**
 * Parley's events as PLOVER records (the PLOVER manual's JSON field names: id, date, source,
 * recipient, event, mode, context, event_text, event_loc, text, text_info), one per event, with
 * Parley's own type, mode, modality and polarity under `parley`. How types, modes and modalities map
 * is data: src/kb/data/plover.json, documented in docs/ontology.md.
 */

interface PloverMapping {
  types: Partial<Record<EventType, string>>;
  assessBreakdown: { event: string; mode: string; words: string[] };
  signing: { from: EventType; event: string; words: string[] };
  futureCooperation: { types: EventType[]; event: string };
  ploverModes: Record<string, string[]>;
  modes: Record<string, string>;
  modalityContexts: Record<string, string>;
  contexts: Record<string, string[]>;
}

export interface PloverActor {
  actor_text: string;
  /** the actor's id in the Parley record */
  identifier_id: string;
  identifier_text: string;
  sector: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  source: PloverActor[];
  recipient: PloverActor[];
  /** PLOVER allows several categories; Parley codes one */
  event: string[];
  /** the one category, for readers that want a string */
  event_type: string;
  mode: string | null;
  context: string[];
  event_text: string[];
  event_loc: { name: string } | null;
  text: string;
  text_info: { start: number; end: number; event_text_start: number | null; event_text_end: number | null };
  coder: "parley";
  /** Parley's own type when PLOVER's differs (PROPOSE, ASSESS), else the same */
  subtype: EventType;
  parley: { event: string; type: EventType; mode: string | null; modality: EventRecord["modality"]; polarity: EventRecord["polarity"]; terms: EventRecord["terms"] };
}

let mapping: PloverMapping | undefined;
const ploverMapping = (): PloverMapping => (mapping ??= readKbFile<PloverMapping>("plover.json"));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Do the trigger's words hold one of `words` ("failed to agree", "signed an accord")? */
function triggerHas(event: EventRecord, words: string[]): boolean {
  const trigger = event.trigger.toLowerCase().replace(/\s+/g, " ");
  return words.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(trigger));
}

function ploverTypeAndMode(event: EventRecord, m: PloverMapping): { type: string; mode: string | null } {
  if (event.type === "ASSESS" && event.polarity === "negative" && triggerHas(event, m.assessBreakdown.words)) {
    return { type: m.assessBreakdown.event, mode: m.assessBreakdown.mode };
  }
  if (event.modality === "future" && m.futureCooperation.types.includes(event.type)) return { type: m.futureCooperation.event, mode: null };
  if (event.type === m.signing.from && triggerHas(event, m.signing.words)) return { type: m.signing.event, mode: null };
  const type = m.types[event.type] ?? event.type;
  const renamed = event.mode === null ? null : m.modes[`${event.type}/${event.mode}`] ?? event.mode;
  // a mode PLOVER does not list for the type stays Parley's own (kept under `parley`)
  const mode = renamed !== null && (m.ploverModes[type] ?? []).includes(renamed) ? renamed : null;
  return { type, mode };
}

function contextsOf(event: EventRecord, m: PloverMapping): string[] {
  const out = [
    ...(m.contexts[event.type] ?? []),
    ...(event.mode === null ? [] : m.contexts[`${event.type}/${event.mode}`] ?? []),
    ...(m.modalityContexts[event.modality] ? [m.modalityContexts[event.modality]!] : []),
  ];
  return [...new Set(out)];
}

function actorsOf(ids: string[], actors: Map<string, ActorRecord>): PloverActor[] {
  return ids.map((id) => {
    const actor = actors.get(id);
    return { actor_text: actor?.name ?? id, identifier_id: id, identifier_text: actor?.name ?? id, sector: actor?.type ?? "unnamed" };
  });
}

/** The trigger's offsets inside the event's sentence, when it is found there. */
function triggerSpan(event: EventRecord, text: string): { start: number; end: number } | null {
  const at = text.slice(event.start, event.end).indexOf(event.trigger);
  return at < 0 ? null : { start: event.start + at, end: event.start + at + event.trigger.length };
}

const sentenceOf = (r: PloverRecord) => `${r.text_info.start}:${r.text_info.end}`;

/**
 * "The talks between Valdoria and Kestrel collapsed": the talks and their failure are one PLOVER
 * SANCTION (failed negotiations), done by those who talked; the CONSULT of that sentence, or the
 * agreement that was not reached, is not written.
 */
function joinFailedTalks(records: PloverRecord[], m: PloverMapping): PloverRecord[] {
  const failed = new Map<string, PloverRecord>();
  for (const r of records) if (r.subtype === "ASSESS" && r.event_type === m.assessBreakdown.event) failed.set(sentenceOf(r), r);
  if (failed.size === 0) return records;
  return records.filter((r) => {
    const failure = failed.get(sentenceOf(r));
    const talks = r.subtype === "CONSULT" && r.parley.modality !== "future";
    // "failed to reach an agreement": the agreement that did not come is the failure itself
    const missedAgreement = r.subtype === "AGREE" && r.parley.modality === "negated";
    if (!failure || (!talks && !missedAgreement)) return true;
    if (failure.source.length === 0) failure.source = r.source;
    return false;
  });
}

/**
 * Every event of a record as a PLOVER record; the event's own date, else the document's. A statement
 * on the talks that codes as the same PLOVER type as another event of its sentence ("walked out of the
 * talks" is both) is that event, not a second one; in a sentence, what happened comes before what did not.
 */
export function recordToPlover(record: ParleyRecord): PloverRecord[] {
  const m = ploverMapping();
  const actors = new Map(record.actors.map((a) => [a.id, a]));
  const text = record.document.text;
  const records = record.events.map((event): PloverRecord => {
    const { type, mode } = ploverTypeAndMode(event, m);
    const span = triggerSpan(event, text);
    return {
      id: `${record.document.id}-${event.id}`,
      date: event.date ?? record.document.date,
      source: actorsOf(event.actors, actors),
      recipient: actorsOf(event.recipients, actors),
      event: [type],
      event_type: type,
      mode,
      context: contextsOf(event, m),
      event_text: [event.trigger],
      event_loc: event.place ? { name: event.place } : null,
      text: text.slice(event.start, event.end),
      text_info: { start: event.start, end: event.end, event_text_start: span?.start ?? null, event_text_end: span?.end ?? null },
      coder: "parley",
      subtype: event.type,
      parley: { event: event.id, type: event.type, mode: event.mode, modality: event.modality, polarity: event.polarity, terms: event.terms },
    };
  });
  const stated = new Set(records.filter((r) => r.subtype !== "ASSESS").map((r) => `${sentenceOf(r)}:${r.event_type}`));
  const kept = joinFailedTalks(records.filter((r) => r.subtype !== "ASSESS" || !stated.has(`${sentenceOf(r)}:${r.event_type}`)), m);
  const negated = (r: PloverRecord) => (r.parley.modality === "negated" ? 1 : 0);
  const firstOfSentence = new Map<string, number>();
  kept.forEach((r, i) => firstOfSentence.has(sentenceOf(r)) || firstOfSentence.set(sentenceOf(r), i));
  const rank = (r: PloverRecord) => firstOfSentence.get(sentenceOf(r))!;
  return kept.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || negated(a.r) - negated(b.r) || a.i - b.i).map(({ r }) => r);
}

/** PLOVER's suggested interchange format: one JSON record a line. */
export function ploverLines(record: ParleyRecord): string {
  return recordToPlover(record).map((r) => JSON.stringify(r) + "\n").join("");
}
