import type { ParleyRecord } from "../record/schema.js";
import type { ResolvedMember } from "../store/sqlite/resolved-actors.js";

/** One exported value; lists are joined with "; " in CSV and kept as arrays in JSON lines. */
export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export const PER_DOCUMENT_TABLES = ["documents", "actors", "quotes", "figures", "events", "positions"] as const;
export const TABLES = [...PER_DOCUMENT_TABLES, "deals"] as const;
export type PerDocumentTable = (typeof PER_DOCUMENT_TABLES)[number];
export type ExportTable = (typeof TABLES)[number];

/**
 * Every row starts with where its item is: the document, its outlet and date, the item's id and its
 * character span, and `text`, which is exactly `documents.text` from `start` to `end` (JavaScript
 * string offsets, UTF-16 code units).
 */
export const WHERE_COLUMNS = ["document_id", "outlet", "date", "id", "start", "end", "text"] as const;

/** The resolved (cross-document) actors of one document's actors and quote speakers. */
export interface ResolvedView {
  actor: (recordActorId: string | null) => ResolvedMember | undefined;
  speaker: (quoteId: string) => { id: string; name: string; side: string | null; corrected: number } | undefined;
}

interface TableSpec {
  columns: readonly string[];
  rows: (record: ParleyRecord, resolved: ResolvedView) => Row[];
}

const where = (record: ParleyRecord, id: string, start: number, end: number): Row => ({
  document_id: record.document.id, outlet: record.document.outlet, date: record.document.date, id, start, end,
  text: record.document.text.slice(start, end),
});

const nameIn = (record: ParleyRecord) => {
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return (actorId: string | null) => (actorId === null ? null : names.get(actorId) ?? null);
};

export const TABLE_SPECS: Record<PerDocumentTable, TableSpec> = {
  documents: {
    columns: [...WHERE_COLUMNS, "title", "url", "path", "authors", "dateline", "format"],
    rows: (record) => {
      const d = record.document;
      return [{
        ...where(record, d.id, 0, d.text.length),
        title: d.title, url: d.url, path: d.path, authors: d.authors, dateline: d.dateline, format: d.format,
      }];
    },
  },
  actors: {
    // The span is the actor's first mention; `name` is the fullest form the document gives.
    columns: [...WHERE_COLUMNS, "name", "type", "roles", "affiliation", "aliases", "mentions", "resolved_id", "resolved_name", "side"],
    rows: (record, resolved) => record.actors.map((a) => {
      const first = a.mentions[0] ?? { start: 0, end: 0 };
      const r = resolved.actor(a.id);
      return {
        ...where(record, a.id, first.start, first.end),
        name: a.name, type: a.type, roles: a.roles, affiliation: a.affiliation, aliases: a.aliases, mentions: a.mentions.length,
        resolved_id: r?.id ?? null, resolved_name: r?.name ?? null, side: r?.side ?? null,
      };
    }),
  },
  quotes: {
    columns: [...WHERE_COLUMNS, "speaker_id", "speaker", "resolved_speaker_id", "resolved_speaker", "side", "speaker_corrected",
      "fragment", "attribution_start", "attribution_end"],
    rows: (record, resolved) => {
      const nameOf = nameIn(record);
      return record.quotes.map((q) => {
        const s = resolved.speaker(q.id);
        return {
          ...where(record, q.id, q.start, q.end),
          speaker_id: q.speaker, speaker: nameOf(q.speaker),
          resolved_speaker_id: s?.id ?? null, resolved_speaker: s?.name ?? null, side: s?.side ?? null,
          speaker_corrected: s?.corrected === 1, fragment: q.fragment,
          attribution_start: q.attribution?.start ?? null, attribution_end: q.attribution?.end ?? null,
        };
      });
    },
  },
  figures: {
    columns: [...WHERE_COLUMNS, "value", "low", "high", "qualifier", "measure", "measure_text", "context", "source", "as_of"],
    rows: (record) => record.figures.map((f) => ({
      ...where(record, f.id, f.start, f.end),
      value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, measure: f.measure, measure_text: f.measureText,
      context: f.context, source: f.source, as_of: f.asOf,
    })),
  },
  events: {
    columns: [...WHERE_COLUMNS, "type", "mode", "trigger", "actors", "recipients", "resolved_actors", "modality", "polarity",
      "event_date", "place"],
    rows: (record, resolved) => {
      const nameOf = nameIn(record);
      const names = (ids: string[]) => ids.map(nameOf).filter((n): n is string => n !== null);
      return record.events.map((e) => ({
        ...where(record, e.id, e.start, e.end),
        type: e.type, mode: e.mode, trigger: e.trigger, actors: names(e.actors), recipients: names(e.recipients),
        resolved_actors: e.actors.map((id) => resolved.actor(id)?.id).filter((id): id is string => id !== undefined),
        modality: e.modality, polarity: e.polarity, event_date: e.date, place: e.place,
      }));
    },
  },
  positions: {
    columns: [...WHERE_COLUMNS, "actor_id", "actor", "resolved_actor_id", "side", "stance", "issue", "places"],
    rows: (record, resolved) => {
      const nameOf = nameIn(record);
      return record.positions.map((p) => {
        const r = resolved.actor(p.actor);
        return {
          ...where(record, p.id, p.start, p.end),
          actor_id: p.actor, actor: nameOf(p.actor), resolved_actor_id: r?.id ?? null, side: r?.side ?? null,
          stance: p.stance, issue: p.issue, places: p.places,
        };
      });
    },
  },
};
