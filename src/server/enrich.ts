import type { Corpus } from "./data.js";
import { excerptOf } from "./evidence.js";

/** Actor mention lists are long and their text is only the name; they are left as bare spans. */
const BARE_SPAN_KEYS = new Set(["mentions"]);

const isEvidence = (value: Record<string, unknown>): value is { documentId: string; start: number; end: number } =>
  typeof value.documentId === "string" && typeof value.start === "number" && typeof value.end === "number";

/**
 * A copy of an analysis value in which every evidence object ({documentId, start, end}) also carries an
 * `excerpt`: the span's text and its sentence, so a client can quote its sources without fetching each
 * document.
 */
export function withEvidenceText<T>(value: T, corpus: Corpus): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== "object") return node;
    const object = node as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) copy[key] = BARE_SPAN_KEYS.has(key) ? child : visit(child);
    if (isEvidence(object)) {
      const text = corpus.byId.get(object.documentId)?.document.text;
      if (text !== undefined) copy.excerpt = excerptOf(text, object);
    }
    return copy;
  };
  return visit(value) as T;
}
