import { actorForPhrase } from "../speech/speaker.js";
import type { Attribution } from "./attribution.js";
import type { SentenceScan } from "./scan.js";

/**
 * The source as the record gives it: "he said" names the person the pronoun refers to, when the
 * actors stage found one; any other source stays as written.
 */
export function sourceName(scan: SentenceScan, attribution: Attribution | null): string | null {
  if (!attribution) return null;
  const { start, end } = attribution.subject;
  if (start !== end || !scan.lex.pronounSources.has(scan.words[start]!)) return attribution.source;
  const quoted = scan.doc.quotes.map((q) => ({ start: q.start, end: q.end }));
  return actorForPhrase(scan.doc, scan.words as string[], [start, end + 1], quoted)?.name ?? attribution.source;
}
