import type { DocumentRecord, ParleyRecord, Span } from "../record/schema.js";
import { compareDates } from "./dates.js";
import type { DocumentEntry, SourceRef } from "./types.js";

/** An item of one document: a figure, event, position... with its document. */
export interface Located<T> {
  documentId: string;
  item: T & Span;
}

/** The records under analysis, in publication order, with lookups every analysis needs. */
export class Corpus {
  readonly records: ParleyRecord[];
  private readonly byId = new Map<string, ParleyRecord>();
  private readonly rank = new Map<string, number>();

  constructor(records: ParleyRecord[]) {
    this.records = [...records].sort((a, b) =>
      compareDates(a.document.date, b.document.date) || (a.document.id < b.document.id ? -1 : 1));
    this.records.forEach((r, i) => {
      this.byId.set(r.document.id, r);
      this.rank.set(r.document.id, i);
    });
  }

  record(documentId: string): ParleyRecord {
    const record = this.byId.get(documentId);
    if (!record) throw new Error(`${documentId}: not in the analysed documents`);
    return record;
  }

  document(documentId: string): DocumentRecord {
    return this.record(documentId).document;
  }

  date(documentId: string): string | null {
    return this.document(documentId).date;
  }

  /** Publication order: earlier documents first, undated last, ties by id. */
  compareDocuments(a: string, b: string): number {
    return this.rank.get(a)! - this.rank.get(b)!;
  }

  sourceRef(documentId: string, span: Span): SourceRef {
    const d = this.document(documentId);
    return { documentId, start: span.start, end: span.end, outlet: d.outlet, date: d.date };
  }

  /** Every item of one kind across documents, in publication order. */
  items<T extends Span>(pick: (record: ParleyRecord) => T[]): Array<Located<T>> {
    return this.records.flatMap((r) => pick(r).map((item) => ({ documentId: r.document.id, item })));
  }

  entries(): DocumentEntry[] {
    return this.records.map(({ document: d }) => ({
      id: d.id, title: d.title, date: d.date, outlet: d.outlet, path: d.path, url: d.url, reprintOf: null,
    }));
  }
}
