/**
 * Candidate lookup for near-duplicate paragraphs that costs the same per paragraph whatever the
 * archive size. MinHash signatures are cut into bands; a paragraph's candidates are the paragraphs
 * already indexed under the same value of any band. The old all-pairs pass inside each bucket grew
 * with the square of a bucket (a paragraph printed by thousands of outlets fills one bucket per band
 * with thousands of members); here each bucket keeps at most one paragraph per duplicate group (a
 * copy of a group already there brings no new candidate) and at most BUCKET_CAP groups, the most
 * recent, so one lookup reads at most bands x BUCKET_CAP paragraphs.
 */
import { mix } from "./minhash.js";

/** Enough for the distinct paragraphs that share a band value in practice; older ones make room for newer. */
export const BUCKET_CAP = 8;

/**
 * FNV-1a over the band's rows, then mixed: the band value as one 32-bit key per band. Two band values
 * that collide only add a candidate, which the similarity threshold then refuses.
 */
function bandKey(signature: Uint32Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ signature[i]!, 0x01000193);
  return mix(h);
}

export class LshIndex {
  private readonly rows: number;
  /** one map per band: band value -> indexed paragraph numbers (a lone paragraph is stored bare) */
  private readonly bands: Array<Map<number, number | number[]>>;

  constructor(hashes: number, bands: number) {
    this.rows = Math.max(1, Math.floor(hashes / bands));
    this.bands = Array.from({ length: Math.ceil(hashes / this.rows) }, () => new Map());
  }

  /** The band values of a signature, computed once for both candidates() and add(). */
  keysOf(signature: Uint32Array): number[] {
    return this.bands.map((_, band) =>
      bandKey(signature, band * this.rows, Math.min(signature.length, (band + 1) * this.rows)));
  }

  /** Paragraphs indexed under any of these band values (keysOf), each once. */
  candidates(keys: number[]): Set<number> {
    const found = new Set<number>();
    keys.forEach((key, band) => {
      const bucket = this.bands[band]!.get(key);
      if (bucket === undefined) return;
      if (typeof bucket === "number") found.add(bucket);
      else for (const member of bucket) found.add(member);
    });
    return found;
  }

  /**
   * Indexes paragraph `id` under its band values (keysOf). `groupOf` names each paragraph's current duplicate group, so a bucket
   * that already holds one of id's group is left as it is.
   */
  add(id: number, keys: number[], groupOf: (paragraph: number) => number): void {
    const group = groupOf(id);
    keys.forEach((key, band) => {
      const map = this.bands[band]!;
      const bucket = map.get(key);
      if (bucket === undefined) {
        map.set(key, id);
        return;
      }
      const members = typeof bucket === "number" ? [bucket] : bucket;
      if (members.some((m) => groupOf(m) === group)) return;
      members.push(id);
      if (members.length > BUCKET_CAP) members.shift();
      map.set(key, members);
    });
  }
}
