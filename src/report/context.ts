import { basename } from "node:path";
import type { Analysis, DocumentEntry, Evidence } from "../analysis/types.js";
import type { Span } from "../record/schema.js";
import { enclosingSentences, sentenceSpans } from "./sentences.js";

/** The evidence sentence split around the cited words, so a renderer can mark them. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** The cited words are the whole sentence (events cite sentences): marking them would add nothing. */
export function isWholeSentence(excerpt: Excerpt): boolean {
  return !excerpt.before.trim() && !excerpt.after.trim();
}

/** Where an item was read: the document's title, outlet and date. */
export interface Citation {
  documentId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface CitedExcerpt {
  citation: Citation;
  /** undefined when the document's text is not available or the offsets fall outside it */
  excerpt: Excerpt | undefined;
}

/** The stored text of each document an analysis cites, by document id. */
export type DocumentTexts = ReadonlyMap<string, string>;

/**
 * What every renderer needs besides the analysis itself: the text behind each piece of evidence, the
 * citation of each document and the display name of each analysis actor.
 */
export class ReportContext {
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly actorNames = new Map<string, string>();
  private readonly sentences = new Map<string, Span[]>();

  constructor(readonly analysis: Analysis, private readonly texts: DocumentTexts) {
    for (const document of analysis.documents) this.documents.set(document.id, document);
    for (const actor of analysis.actors) this.actorNames.set(actor.id, actor.name);
  }

  citation(documentId: string): Citation {
    const document = this.documents.get(documentId);
    return {
      documentId,
      // An untitled document is named by its file, without the folders that only make the line long.
      title: document?.title ?? (document?.path ? basename(document.path) : documentId),
      outlet: document?.outlet ?? null,
      date: document?.date ?? null,
      url: document?.url ?? null,
    };
  }

  /** The sentence (or sentences) that hold the evidence, with the cited words apart. */
  excerpt(evidence: Evidence): Excerpt | undefined {
    const text = this.texts.get(evidence.documentId);
    if (text === undefined || evidence.end > text.length || evidence.start >= evidence.end) return undefined;
    const sentence = enclosingSentences(this.sentencesOf(evidence.documentId, text), evidence);
    return {
      before: text.slice(sentence.start, evidence.start).trimStart(),
      match: text.slice(evidence.start, evidence.end),
      after: text.slice(evidence.end, sentence.end).trimEnd(),
    };
  }

  cite(evidence: Evidence): CitedExcerpt {
    return { citation: this.citation(evidence.documentId), excerpt: this.excerpt(evidence) };
  }

  actorName(id: string): string {
    return this.actorNames.get(id) ?? id;
  }

  private sentencesOf(documentId: string, text: string): Span[] {
    let spans = this.sentences.get(documentId);
    if (!spans) {
      spans = sentenceSpans(text);
      this.sentences.set(documentId, spans);
    }
    return spans;
  }
}
