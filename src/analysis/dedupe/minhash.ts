/**
 * MinHash signatures: for each of n hash functions, the least hash over a set's shingles. The share
 * of positions where two signatures agree estimates the Jaccard similarity of the two sets.
 */

/** Runs of `size` consecutive words; a text shorter than that is one shingle. */
export function shingles(words: string[], size: number): Set<string> {
  if (words.length <= size) return new Set([words.join(" ")]);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes every input bit into every output bit. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class MinHasher {
  private readonly seeds: Uint32Array;

  /** Fixed seeds, so signatures (and hence results) are the same on every run. */
  constructor(readonly size: number) {
    this.seeds = new Uint32Array(size);
    for (let i = 0; i < size; i++) this.seeds[i] = mix(0x9e3779b9 + i);
  }

  signature(set: Set<string>): Uint32Array {
    const signature = new Uint32Array(this.size).fill(0xffffffff);
    for (const shingle of set) {
      const h = fnv1a(shingle);
      for (let i = 0; i < this.size; i++) {
        const v = mix(h ^ this.seeds[i]!);
        if (v < signature[i]!) signature[i] = v;
      }
    }
    return signature;
  }
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * estimatedJaccard(a, b) >= threshold, stopping as soon as the answer is known: most candidate pairs
 * are far apart, and their count of agreeing positions falls behind within the first few dozen.
 */
export function similarAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const needed = Math.ceil(threshold * a.length - 1e-9);
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i] && ++same >= needed) return true;
    if (same + (a.length - i - 1) < needed) return false;
  }
  return same >= needed;
}
