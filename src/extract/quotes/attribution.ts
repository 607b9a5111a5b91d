import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { isSpeechVerb, subjectAfter, subjectBefore } from "../speech/phrases.js";
import type { QuoteSpan } from "./marks.js";

export interface Attribution {
  subject: TokenRange;
  /** The attributing words: subject and verb ("Kirby said", "said the official"). */
  span: Span;
}

const insideAny = (at: number, spans: QuoteSpan[]) => spans.some((q) => at >= q.open && at <= (q.close < 0 ? q.end : q.close));

function attributionSpan(doc: Doc, a: number, b: number): Span {
  return { start: doc.tokens[a]!.start, end: doc.tokens[b]!.end };
}

/** Words after the closing mark: `“...,” Kirby said`, `“...,” said the official`, `“...,” according to X`. */
export function attributionAfter(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan): Attribution | null {
  if (quote.close < 0) return null;
  const lastInside = doc.text.slice(quote.start, quote.end).trimEnd().slice(-1);
  let k = doc.tokenAt(quote.close + 1);
  const first = doc.tokens[k];
  if (!first) return null;
  // A quote closed by a full stop is a sentence of its own; what follows starts a new statement.
  if (lastInside === "." && !/^[a-z]/.test(first.text)) return null;
  if (first.text === ",") k++;
  if (isSpeechVerb(kb, words, k)) {
    const subject = subjectAfter(doc, words, k);
    return subject ? { subject, span: attributionSpan(doc, k, subject[1] - 1) } : null;
  }
  const preposition = kb.speechPrepositions.match(words, k);
  if (preposition) {
    const subject = subjectAfter(doc, words, k + preposition.length - 1);
    return subject ? { subject, span: attributionSpan(doc, k, subject[1] - 1) } : null;
  }
  for (let v = k + 1; v < Math.min(doc.tokens.length, k + 16); v++) {
    if (!isSpeechVerb(kb, words, v)) continue;
    const subject = subjectBefore(doc, words, v);
    if (subject && subject[0] <= k + 1 && subject[0] >= k) return { subject, span: attributionSpan(doc, subject[0], v) };
    return null;
  }
  return null;
}

/**
 * A speech verb earlier in the sentence that opens the quote: `Blinken said Tuesday that “...”`,
 * `He added, that ... the U.S. will “...”`, `Kirby told reporters: “...”`.
 */
export function attributionBefore(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan, all: QuoteSpan[]): Attribution | null {
  const sentence = doc.sentences[doc.sentenceAt(quote.open)];
  if (!sentence) return null;
  const openToken = doc.tokenAt(quote.open);
  for (let v = openToken - 1; v >= sentence.firstToken; v--) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, all)) continue;
    const before = subjectBefore(doc, words, v);
    if (before) return { subject: before, span: attributionSpan(doc, before[0], v) };
    // Inverted only where nothing else can be the subject: "Said Kirby: “...”", "..., said Kirby: “...”".
    const after = subjectAfter(doc, words, v);
    const closesBeforeQuote = after && after[1] <= openToken && [",", ":"].includes(words[after[1]] ?? "");
    if (after && closesBeforeQuote) return { subject: after, span: attributionSpan(doc, v, after[1] - 1) };
    return null;
  }
  return null;
}
