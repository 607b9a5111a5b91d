import type Database from "better-sqlite3";
import type {
  ActorRecord, DocumentRecord, EventRecord, FigureRecord, ParleyRecord, PositionRecord, QuoteRecord, Span,
} from "../../record/schema.js";

/* Row shapes as SQLite returns them: JSON columns are strings, booleans are 0/1. */
type DocumentRow = Omit<DocumentRecord, "authors" | "profile"> & { authors: string; profile: string | null };
interface ActorRow {
  id: string; name: string; type: ActorRecord["type"]; aliases: string; roles: string; affiliation: string | null;
  gender: ActorRecord["gender"];
}
interface MentionRow { actor_id: string; span_start: number; span_end: number }
interface QuoteRow {
  id: string; text: string; speaker: string | null; span_start: number; span_end: number;
  attribution_start: number | null; attribution_end: number | null; fragment: 0 | 1;
}
interface FigureRow {
  id: string; value: number | null; low: number | null; high: number | null; qualifier: FigureRecord["qualifier"];
  measure: string; measure_text: string; context: string | null; source: string | null; as_of: string | null;
  span_start: number; span_end: number;
}
interface EventRow {
  id: string; type: EventRecord["type"]; mode: string | null; trigger: string; actors: string; recipients: string;
  modality: EventRecord["modality"]; polarity: EventRecord["polarity"]; date: string | null; place: string | null;
  terms: string | null; span_start: number; span_end: number;
}
interface PositionRow {
  id: string; actor: string | null; stance: PositionRecord["stance"]; issue: string; text: string; places: string;
  span_start: number; span_end: number;
}

const parse = <T>(text: string): T => JSON.parse(text) as T;

/** A document row as the record's document; a record saved without a profile (older Parley) gets none. */
function documentOf({ profile, ...doc }: DocumentRow): DocumentRecord {
  return { ...doc, authors: parse<string[]>(doc.authors), ...(profile === null ? {} : { profile: parse<DocumentRecord["profile"]>(profile) }) };
}

/** Prepared selects that rebuild a record exactly as it was saved, lists in their original order. */
export function recordReader(db: Database.Database): (docId: string) => ParleyRecord | undefined {
  const childRows = (table: string, columns: string) =>
    db.prepare(`SELECT ${columns} FROM ${table} WHERE doc_id = ? ORDER BY seq`);
  const document = db.prepare(
    "SELECT id, path, url, title, date, outlet, authors, dateline, format, text, profile FROM documents WHERE id = ?");
  const actors = childRows("actors", "id, name, type, aliases, roles, affiliation, gender");
  const mentions = db.prepare(
    "SELECT actor_id, span_start, span_end FROM actor_mentions WHERE doc_id = ? ORDER BY actor_id, seq");
  const quotes = childRows("quotes",
    "id, text, speaker, span_start, span_end, attribution_start, attribution_end, fragment");
  const figures = childRows("figures",
    "id, value, low, high, qualifier, measure, measure_text, context, source, as_of, span_start, span_end");
  const events = childRows("events",
    "id, type, mode, trigger, actors, recipients, modality, polarity, date, place, terms, span_start, span_end");
  const positions = childRows("positions", "id, actor, stance, issue, text, places, span_start, span_end");

  return (docId) => {
    const doc = document.get(docId) as DocumentRow | undefined;
    if (!doc) return undefined;
    const mentionsByActor = new Map<string, Span[]>();
    for (const m of mentions.all(docId) as MentionRow[]) {
      const list = mentionsByActor.get(m.actor_id) ?? [];
      list.push({ start: m.span_start, end: m.span_end });
      mentionsByActor.set(m.actor_id, list);
    }
    return {
      document: documentOf(doc),
      actors: (actors.all(docId) as ActorRow[]).map((a): ActorRecord => ({
        id: a.id, name: a.name, type: a.type, aliases: parse(a.aliases), roles: parse(a.roles),
        affiliation: a.affiliation, gender: a.gender, mentions: mentionsByActor.get(a.id) ?? [],
      })),
      quotes: (quotes.all(docId) as QuoteRow[]).map((q): QuoteRecord => ({
        id: q.id, text: q.text, speaker: q.speaker, start: q.span_start, end: q.span_end,
        attribution: q.attribution_start === null || q.attribution_end === null
          ? null : { start: q.attribution_start, end: q.attribution_end },
        fragment: q.fragment === 1,
      })),
      figures: (figures.all(docId) as FigureRow[]).map((f): FigureRecord => ({
        id: f.id, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, measure: f.measure,
        measureText: f.measure_text, context: f.context, source: f.source, asOf: f.as_of,
        start: f.span_start, end: f.span_end,
      })),
      events: (events.all(docId) as EventRow[]).map((e): EventRecord => ({
        id: e.id, type: e.type, mode: e.mode, trigger: e.trigger, actors: parse(e.actors),
        recipients: parse(e.recipients), modality: e.modality, polarity: e.polarity, date: e.date, place: e.place,
        terms: e.terms === null ? null : parse(e.terms), start: e.span_start, end: e.span_end,
      })),
      positions: (positions.all(docId) as PositionRow[]).map((p): PositionRecord => ({
        id: p.id, actor: p.actor, stance: p.stance, issue: p.issue, text: p.text, places: parse(p.places),
        start: p.span_start, end: p.span_end,
      })),
    };
  };
}
