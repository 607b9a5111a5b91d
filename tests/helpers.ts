import type { SourceDocument } from "../src/ingest/types.js";
import { analyse } from "../src/extract/pipeline.js";
import type { Doc } from "../src/doc/doc.js";

/** A plain-text source document for stage tests, with optional metadata. */
export function source(text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return {
    path: "fixture.txt", url: null, title: null, date: "2024-01-29", outlet: null, authors: [], dateline: null,
    format: "text", text, turns: [], ...meta,
  };
}

export function analyseText(text: string, meta: Partial<SourceDocument> = {}): Doc {
  return analyse(source(text, meta));
}
