import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { actorForPhrase } from "../speech/speaker.js";
import type { QuoteSpan } from "./marks.js";
import { insideAny } from "../../record/spans.js";

/** How a candidate speaker is written: a name, a pronoun, a description ("the official") or an organisation. */
export type MentionKind = "name" | "pronoun" | "description" | "organisation";

export interface Candidate extends Span {
  tokens: TokenRange;
  kind: MentionKind;
  /** The actor the mention names, or a pronoun refers to; undefined when unresolved ("they"). */
  actor: ActorRecord | undefined;
}

/** Pronouns that can stand for a speaker; the others (I, you) speak inside quotes, not in narration. */
const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
/** Sentences before the quote's first sentence and after its last one where a speaker is looked for. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;


/** The sentences around a quote where its speaker may be named: the quote's own, two before (in this or the previous paragraph) and one after (in this paragraph). */
export function candidateSentences(doc: Doc, quote: QuoteSpan): [number, number] {
  const first = doc.sentenceAt(quote.open);
  const last = Math.max(first, doc.sentenceAt(Math.max(quote.open, (quote.close < 0 ? quote.end : quote.close + 1) - 1)));
  let from = first;
  while (from > 0 && first - from < SENTENCES_BEFORE && doc.sentences[from - 1]!.paragraph >= quote.paragraph - 1) from--;
  let to = last;
  while (to + 1 < doc.sentences.length && to - last < SENTENCES_AFTER && doc.sentences[to + 1]!.paragraph === doc.sentences[last]!.paragraph) to++;
  return [from, to];
}

function kindOf(doc: Doc, actor: ActorRecord, span: Span): MentionKind | null {
  if (actor.type === "place") return null;
  if (actor.type === "unnamed") return "description";
  if (actor.type !== "person") return "organisation";
  return /^(?!The\b)\p{Lu}/u.test(doc.slice(span)) ? "name" : "description";
}

const tokenRange = (doc: Doc, span: Span): TokenRange => [doc.tokenAt(span.start), doc.tokenAt(Math.max(span.start, span.end - 1)) + 1];

/**
 * The mentions around a quote that may name its speaker: actor mentions (people, organisations,
 * descriptions) and speaker pronouns of the narration, outside the quote itself, in order of position. Where mentions
 * overlap the longer one stays ("spokesman John Kirby" over "John Kirby").
 */
export function speakerMentions(doc: Doc, words: string[], quote: QuoteSpan, quoted: Span[]): Candidate[] {
  const [from, to] = candidateSentences(doc, quote);
  const window: Span = { start: doc.sentences[from]!.start, end: doc.sentences[to]!.end };
  const own: Span = { start: quote.open, end: quote.close < 0 ? quote.end : quote.close + 1 };
  const outsideOwn = (s: Span) => s.end <= own.start || s.start >= own.end;
  const found: Candidate[] = [];
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      if (m.start < window.start || m.end > window.end || !outsideOwn(m)) continue;
      const kind = kindOf(doc, actor, m);
      if (kind) found.push({ start: m.start, end: m.end, tokens: tokenRange(doc, m), kind, actor });
    }
  }
  for (let k = doc.sentences[from]!.firstToken; k < doc.sentences[to]!.endToken; k++) {
    const token = doc.tokens[k]!;
    // A pronoun inside a quotation is the quoted speaker's own word ("we"), never a reference to them.
    if (!SPEAKER_PRONOUNS.has(words[k]!.toLowerCase()) || insideAny(token.start, quoted) || !outsideOwn(token)) continue;
    const actor = actorForPhrase(doc, words, [k, k + 1], quoted);
    found.push({ start: token.start, end: token.end, tokens: [k, k + 1], kind: "pronoun", actor });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of found) {
    const overlapping = kept.findIndex((k) => k.start < c.end && c.start < k.end);
    if (overlapping < 0) kept.push(c);
    else if (c.end - c.start > kept[overlapping]!.end - kept[overlapping]!.start) kept[overlapping] = c;
  }
  return kept;
}
