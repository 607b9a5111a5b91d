import { documentId } from "../record/id.js";
import { RecordSchema, type ParleyRecord, type Span } from "../record/schema.js";
import { InvalidRecordError } from "./store.js";

/**
 * What the store guarantees beyond the zod schema: the id is the content hash of the text (so
 * deduplication is sound), every span points inside the text, and every actor reference resolves.
 */
export function validateRecord(input: ParleyRecord): ParleyRecord {
  const docId = typeof input?.document?.id === "string" ? input.document.id : "(no id)";
  const parsed = RecordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidRecordError(docId, `${issue.path.join(".") || "record"}: ${issue.message}`);
  }
  const record = parsed.data;
  const problem = idProblem(record) ?? spanProblems(record)[0] ?? referenceProblems(record)[0];
  if (problem) throw new InvalidRecordError(docId, problem);
  return record;
}

function idProblem(record: ParleyRecord): string | undefined {
  const expected = documentId(record.document.text);
  return record.document.id === expected ? undefined : `document.id should be ${expected}, the hash of its text`;
}

function spansOf(record: ParleyRecord): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  record.actors.forEach((a, i) => a.mentions.forEach((m, j) => spans.push([`actors.${i}.mentions.${j}`, m])));
  record.quotes.forEach((q, i) => {
    spans.push([`quotes.${i}`, q]);
    if (q.attribution) spans.push([`quotes.${i}.attribution`, q.attribution]);
  });
  record.figures.forEach((f, i) => spans.push([`figures.${i}`, f]));
  record.events.forEach((e, i) => spans.push([`events.${i}`, e]));
  record.positions.forEach((p, i) => spans.push([`positions.${i}`, p]));
  return spans;
}

function spanProblems(record: ParleyRecord): string[] {
  const length = record.document.text.length;
  return spansOf(record)
    .filter(([, s]) => s.start > s.end || s.end > length)
    .map(([where, s]) => `${where}: span ${s.start}-${s.end} is outside the text (length ${length})`);
}

function referenceProblems(record: ParleyRecord): string[] {
  const actorIds = new Set(record.actors.map((a) => a.id));
  const references: Array<[string, string | null]> = [
    ...record.quotes.map((q, i): [string, string | null] => [`quotes.${i}.speaker`, q.speaker]),
    ...record.positions.map((p, i): [string, string | null] => [`positions.${i}.actor`, p.actor]),
    ...record.events.flatMap((e, i) => [
      ...e.actors.map((id, j): [string, string] => [`events.${i}.actors.${j}`, id]),
      ...e.recipients.map((id, j): [string, string] => [`events.${i}.recipients.${j}`, id]),
    ]),
  ];
  return references
    .filter(([, id]) => id !== null && !actorIds.has(id))
    .map(([where, id]) => `${where}: '${id}' is not an actor of this record`);
}
