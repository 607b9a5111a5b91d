import type { SourceDocument } from "../../ingest/types.js";
import { newsArticle } from "./article.js";
import { Random } from "./random.js";
import { briefingTranscript } from "./transcript.js";

export interface CorpusOptions {
  /** Generation stops at the first document that brings the corpus to this many UTF-8 bytes. */
  bytes: number;
  seed: number;
  /** Share of press-briefing transcripts among the documents. */
  transcriptShare?: number;
}

export interface Corpus {
  documents: SourceDocument[];
  bytes: number;
}

export const DEFAULT_TRANSCRIPT_SHARE = 0.05;

/** A synthetic corpus about a fictional negotiation; the same options always give the same corpus. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = new Random(options.seed);
  const transcriptShare = options.transcriptShare ?? DEFAULT_TRANSCRIPT_SHARE;
  const documents: SourceDocument[] = [];
  let bytes = 0;
  while (bytes < options.bytes) {
    const index = documents.length + 1;
    const document = rng.chance(transcriptShare) ? briefingTranscript(rng, index) : newsArticle(rng, index);
    documents.push(document);
    bytes += Buffer.byteLength(document.text, "utf8");
  }
  return { documents, bytes };
}
