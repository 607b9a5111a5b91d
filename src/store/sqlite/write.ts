import type Database from "better-sqlite3";
import type { ParleyRecord } from "../../record/schema.js";

const json = (value: unknown) => JSON.stringify(value);

/**
 * Prepared inserts for every table of one record. The caller owns the transaction. The full-text
 * indexes follow the rows through triggers (see the migrations), so nothing is written twice.
 */
export function recordWriter(db: Database.Database): (record: ParleyRecord, ingestedAt: string) => void {
  const insertInto = (table: string, columns: string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => "@" + c).join(", ")})`);
  const document = insertInto("documents", [
    "id", "path", "url", "title", "date", "outlet", "authors", "dateline", "format", "text", "ingested_at", "profile",
  ]);
  const actor = insertInto("actors", [
    "doc_id", "id", "seq", "name", "type", "aliases", "roles", "affiliation", "gender",
  ]);
  const mention = insertInto("actor_mentions", ["doc_id", "actor_id", "seq", "span_start", "span_end"]);
  const quote = insertInto("quotes", [
    "doc_id", "id", "seq", "text", "speaker", "span_start", "span_end", "attribution_start", "attribution_end", "fragment",
  ]);
  const figure = insertInto("figures", [
    "doc_id", "id", "seq", "value", "low", "high", "qualifier", "measure", "measure_text", "context", "source", "as_of",
    "span_start", "span_end",
  ]);
  const event = insertInto("events", [
    "doc_id", "id", "seq", "type", "mode", "trigger", "actors", "recipients", "modality", "polarity", "date", "place",
    "terms", "span_start", "span_end",
  ]);
  const position = insertInto("positions", [
    "doc_id", "id", "seq", "actor", "stance", "issue", "text", "places", "span_start", "span_end",
  ]);

  return (record, ingestedAt) => {
    const d = record.document;
    const doc_id = d.id;
    document.run({ ...d, authors: json(d.authors), ingested_at: ingestedAt, profile: d.profile ? json(d.profile) : null });
    record.actors.forEach((a, seq) => {
      actor.run({
        doc_id, id: a.id, seq, name: a.name, type: a.type, aliases: json(a.aliases), roles: json(a.roles),
        affiliation: a.affiliation, gender: a.gender,
      });
      a.mentions.forEach((m, mentionSeq) =>
        mention.run({ doc_id, actor_id: a.id, seq: mentionSeq, span_start: m.start, span_end: m.end }));
    });
    record.quotes.forEach((q, seq) => {
      quote.run({
        doc_id, id: q.id, seq, text: q.text, speaker: q.speaker, span_start: q.start, span_end: q.end,
        attribution_start: q.attribution?.start ?? null, attribution_end: q.attribution?.end ?? null,
        fragment: q.fragment ? 1 : 0,
      });
    });
    record.figures.forEach((f, seq) =>
      figure.run({
        doc_id, id: f.id, seq, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, measure: f.measure,
        measure_text: f.measureText, context: f.context, source: f.source, as_of: f.asOf,
        span_start: f.start, span_end: f.end,
      }));
    record.events.forEach((e, seq) =>
      event.run({
        doc_id, id: e.id, seq, type: e.type, mode: e.mode, trigger: e.trigger, actors: json(e.actors),
        recipients: json(e.recipients), modality: e.modality, polarity: e.polarity, date: e.date, place: e.place,
        terms: e.terms === null ? null : json(e.terms), span_start: e.start, span_end: e.end,
      }));
    record.positions.forEach((p, seq) =>
      position.run({
        doc_id, id: p.id, seq, actor: p.actor, stance: p.stance, issue: p.issue, text: p.text, places: json(p.places),
        span_start: p.start, span_end: p.end,
      }));
  };
}
