import type { DocumentRecord, Span } from "../record/schema.js";

/** A labelled turn of a transcript ("MR. KIRBY: ..."): the label names the speaker of the body. */
export interface SpeakerTurn {
  label: string;
  labelSpan: Span;
  body: Span;
}

/** What ingest hands to extraction: the stored text and its metadata, before any annotation. */
export interface SourceDocument extends Omit<DocumentRecord, "id"> {
  turns: SpeakerTurn[];
}

/** Metadata that a manifest line may give; it overrides what is detected in the file. */
export interface ManifestEntry {
  path: string;
  date?: string;
  outlet?: string;
  title?: string;
  authors?: string[];
  url?: string;
}

/** A rejected input: reported as one line "parley: FILE: REASON" on stderr, never as a stack trace. */
export class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = "InputError";
  }
}
