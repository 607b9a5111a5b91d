import { pushTo } from "../collections.js";
import type { AnalysisConfig } from "../config.js";
import type { Corpus } from "../corpus.js";
import type { DuplicateGroup, Duplicates } from "../types.js";
import { LshIndex } from "./lsh-index.js";
import { estimatedJaccard, MinHasher, shingles, similarAtLeast } from "./minhash.js";
import { paragraphsOf, type Paragraph } from "./paragraphs.js";
import { UnionFind } from "./union-find.js";

export interface ParagraphCopy {
  groupId: string;
  /** the paragraph's index in its document, so items of one paragraph can be told apart */
  paragraph: number;
}

export interface DuplicateIndex {
  duplicates: Duplicates;
  /** The duplicate group of the paragraph holding `offset`, if that paragraph is a copy. */
  locate(documentId: string, offset: number): ParagraphCopy | undefined;
}

type Settings = AnalysisConfig["duplicates"];

/**
 * Finds paragraphs printed in more than one document: MinHash signatures, then each paragraph, in
 * publication order, is compared with the capped LSH candidates of the paragraphs before it (see
 * lsh-index.ts) and joins the group of every candidate of another document at or above the threshold.
 */
export function findDuplicates(corpus: Corpus, settings: Settings): DuplicateIndex {
  const hasher = new MinHasher(settings.hashes);
  const paragraphs = corpus.records
    .flatMap((r) => paragraphsOf(r.document.id, r.document.text))
    .filter((p) => p.words.length >= settings.minWords);
  const signatures = paragraphs.map((p) => hasher.signature(shingles(p.words, settings.shingleSize)));
  const sets = new UnionFind(paragraphs.length);
  const index = new LshIndex(settings.hashes, settings.bands);
  signatures.forEach((signature, i) => {
    const keys = index.keysOf(signature);
    for (const j of index.candidates(keys)) {
      // Already joined (through another candidate of its group): nothing to learn from this pair.
      if (paragraphs[j]!.documentId === paragraphs[i]!.documentId || sets.find(j) === sets.find(i)) continue;
      if (similarAtLeast(signature, signatures[j]!, settings.threshold)) sets.union(i, j);
    }
    index.add(i, keys, (p) => sets.find(p));
  });
  const byGroup = new Map<number, number[]>();
  paragraphs.forEach((_, i) => pushTo(byGroup, sets.find(i), i));
  // Paragraphs are numbered in publication order, then text order: the lowest number is the earliest copy.
  const groups = [...byGroup.values()]
    .filter((members) => new Set(members.map((i) => paragraphs[i]!.documentId)).size > 1)
    .sort((a, b) => a[0]! - b[0]!);
  const located = new Map<string, Array<Paragraph & ParagraphCopy>>();
  const described = groups.map((members, n): DuplicateGroup => {
    const id = `dup-${n + 1}`;
    for (const i of members) pushTo(located, paragraphs[i]!.documentId, { ...paragraphs[i]!, groupId: id, paragraph: paragraphs[i]!.index });
    const first = signatures[members[0]!]!;
    return {
      id,
      // A loop, not Math.min(...): a paragraph printed thousands of times would overflow the argument list.
      similarity: members.slice(1).reduce((least, i) => Math.min(least, estimatedJaccard(first, signatures[i]!)), 1),
      copies: members.map((i) => corpus.sourceRef(paragraphs[i]!.documentId, paragraphs[i]!)),
    };
  });
  return {
    duplicates: { threshold: settings.threshold, shingleSize: settings.shingleSize, groups: described },
    locate: (documentId, offset) => {
      const hit = located.get(documentId)?.find((p) => p.start <= offset && offset < p.end);
      return hit && { groupId: hit.groupId, paragraph: hit.paragraph };
    },
  };
}
