import type { Corpus } from "./corpus.js";
import type { DuplicateIndex } from "./dedupe/duplicates.js";
import { paragraphsOf } from "./dedupe/paragraphs.js";

export interface ReprintSettings {
  /** share of a document's comparable paragraphs copied from one earlier document */
  reprintShare: number;
  /** paragraphs shorter than this are never compared (analysis-duplicates.json) */
  minWords: number;
}

/**
 * The original story of each reprinted document (document id -> the earliest document it reprints).
 * A reprint copies most of its paragraphs from ONE earlier document; its original is followed to the
 * first print, so 25 reprints of one wire story all name the same original.
 */
export function findReprints(corpus: Corpus, index: DuplicateIndex, settings: ReprintSettings): Map<string, string> {
  const groupDocuments = new Map<string, Set<string>>();
  for (const group of index.duplicates.groups) groupDocuments.set(group.id, new Set(group.copies.map((c) => c.documentId)));
  const originals = new Map<string, string>();
  for (const record of corpus.records) {
    const id = record.document.id;
    const comparable = paragraphsOf(id, record.document.text).filter((p) => p.words.length >= settings.minWords);
    if (!comparable.length) continue;
    const copiedFrom = new Map<string, number>();
    for (const paragraph of comparable) {
      const copy = index.locate(id, paragraph.start);
      if (!copy) continue;
      for (const other of groupDocuments.get(copy.groupId) ?? []) {
        if (other !== id && corpus.compareDocuments(other, id) < 0) copiedFrom.set(other, (copiedFrom.get(other) ?? 0) + 1);
      }
    }
    const best = [...copiedFrom].sort((a, b) => b[1] - a[1] || corpus.compareDocuments(a[0], b[0]))[0];
    if (best && best[1] / comparable.length >= settings.reprintShare) originals.set(id, originals.get(best[0]) ?? best[0]);
  }
  return originals;
}
