import { pushTo } from "../collections.js";
import type { AnalysisConfig } from "../config.js";
import type { Corpus } from "../corpus.js";
import { Partition } from "../partition.js";
import type { DuplicateGroup, Duplicates } from "../types.js";
import { estimatedJaccard, MinHasher, shingles } from "./minhash.js";
import { paragraphsOf, type Paragraph } from "./paragraphs.js";

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

/** Finds paragraphs printed in more than one document: MinHash signatures, LSH buckets, then the threshold. */
export function findDuplicates(corpus: Corpus, settings: Settings): DuplicateIndex {
  const hasher = new MinHasher(settings.hashes);
  const paragraphs = corpus.records
    .flatMap((r) => paragraphsOf(r.document.id, r.document.text))
    .filter((p) => p.words.length >= settings.minWords);
  const signatures = paragraphs.map((p) => hasher.signature(shingles(p.words, settings.shingleSize)));
  const partition = new Partition();
  paragraphs.forEach((_, i) => partition.add(String(i)));
  for (const bucket of lshBuckets(signatures, settings)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        // Already joined (through another band or another copy): nothing to learn from this pair.
        if (paragraphs[a]!.documentId === paragraphs[b]!.documentId || partition.group(String(a)) === partition.group(String(b))) continue;
        if (estimatedJaccard(signatures[a]!, signatures[b]!) >= settings.threshold) partition.join(String(a), String(b));
      }
    }
  }
  // Paragraphs are numbered in publication order, then text order: the lowest number is the earliest copy.
  const groups = partition.entries()
    .map(([, keys]) => keys.map(Number).sort((a, b) => a - b))
    .filter((members) => new Set(members.map((i) => paragraphs[i]!.documentId)).size > 1)
    .sort((a, b) => a[0]! - b[0]!);
  const located = new Map<string, Array<Paragraph & ParagraphCopy>>();
  const described = groups.map((members, n): DuplicateGroup => {
    const id = `dup-${n + 1}`;
    for (const i of members) pushTo(located, paragraphs[i]!.documentId, { ...paragraphs[i]!, groupId: id, paragraph: paragraphs[i]!.index });
    const first = signatures[members[0]!]!;
    return {
      id,
      similarity: Math.min(...members.slice(1).map((i) => estimatedJaccard(first, signatures[i]!))),
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

/** Indexes of signatures that agree on every row of a band, per band and value; only buckets of two or more. */
function lshBuckets(signatures: Uint32Array[], settings: Settings): number[][] {
  const rows = Math.max(1, Math.floor(settings.hashes / settings.bands));
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, i) => {
    for (let band = 0; band * rows < signature.length; band++) {
      pushTo(buckets, `${band}:${signature.subarray(band * rows, (band + 1) * rows).join(",")}`, i);
    }
  });
  return [...buckets.values()].filter((b) => b.length > 1);
}
