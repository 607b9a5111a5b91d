import type { Doc, Token } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { readKbFile } from "../../kb/files.js";
import type { Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { isCapitalised } from "../actors/words.js";
import { SUBORDINATORS, abbreviationStop, invertedSubject, isNounPhrase, isSpeechVerb, sentenceSubject, subjectAfter, subjectBefore } from "../speech/phrases.js";
import type { QuoteSpan } from "./marks.js";
import { clauseAt } from "../clauses/index.js";
import { SIGNING_DASHES, signatureAfter } from "../speech/signature.js";

export interface Attribution {
  subject: TokenRange;
  /** The attributing words: subject and verb ("Kirby said", "said the official"). */
  span: Span;
}

const SENTENCE_ENDS = new Set([".", "?", "!", ";"]);

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
  const paragraph = doc.paragraphs[quote.paragraph]!;
  if (first.start >= paragraph.end && paragraphBreak(doc, quote.paragraph)) return signatureLine(doc, words, quote.paragraph + 1);
  const signed = signedInParagraph(doc, words, quote) ?? signedAtParagraphEnd(doc, words, quote);
  if (signed) return signed;
  // A quote closed by a full stop is a sentence of its own; what follows starts a new statement.
  if (lastInside === "." && !/^[a-z]/.test(first.text)) return null;
  // `“...”. Holm said ...`: the full stop after the mark ends the quoting sentence.
  if (SENTENCE_ENDS.has(first.text)) return null;
  if (first.text === ",") k++;
  const reported = quotedAsSaying(doc, words, kb, k);
  if (reported) return reported;
  if (isSpeechVerb(kb, words, k)) {
    const subject = subjectAfter(doc, words, k);
    return subject ? { subject, span: attributionSpan(doc, k, subject[1] - 1) } : null;
  }
  const preposition = kb.speechPrepositions.match(words, k);
  if (preposition) {
    const subject = subjectAfter(doc, words, k + preposition.length - 1);
    return subject ? { subject, span: attributionSpan(doc, k, subject[1] - 1) } : null;
  }
  // room for a subject with an apposition: `“...,” Holm, the union's chief negotiator since 2019, said`
  for (let v = k + 1; v < Math.min(doc.tokens.length, k + 40); v++) {
    if (SENTENCE_ENDS.has(words[v]!) && !abbreviationStop(doc, words, v)) return null;
    if (!isSpeechVerb(kb, words, v)) continue;
    const subject = subjectBefore(doc, words, v);
    const follows = !!subject && subject[0] >= k;
    // `associated with “junk bond” experts, GAF said it would ...`: a term inside a noun phrase is
    // not the words of the subject of the next clause (unless that clause closes the sentence)
    const term = !!subject && modifiesNoun(doc, quote, first) && !closingClause(doc, words, subject, v);
    if (follows && !term && (subject[0] <= k + 1 || adverbialBetween(doc, words, k, subject[0]))) return { subject, span: attributionSpan(doc, subject[0], v) };
    // `“...” about the decision, said Holm, ...`: the sentence closes with an inverted attribution
    const inverted = words[v - 1] === "," && !objectVerbs().has(words[v]!) ? invertedSubject(doc, words, v) : null;
    if (inverted && !/^[a-z]/.test(words[inverted[0]]!)) return { subject: inverted, span: attributionSpan(doc, v, inverted[1] - 1) };
    if (follows && closingClause(doc, words, subject, v)) return { subject, span: attributionSpan(doc, subject[0], v) };
    return null;
  }
  return null;
}

/** The quoted words stand inside a sentence, right before a noun they qualify: `with “junk bond” experts`. */
function modifiesNoun(doc: Doc, quote: QuoteSpan, next: Token): boolean {
  const before = doc.text.slice(doc.sentences[doc.sentenceAt(quote.open)]?.start ?? quote.open, quote.open).trimEnd();
  return /[\p{L}\p{N}]$/u.test(before) && next.start === quote.close + 2 && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text);
}

/** `“...,” after the meeting on Friday, Holm said`: words without a verb, closed by a comma, before the subject. */
function adverbialBetween(doc: Doc, words: string[], from: number, subject: number): boolean {
  if (words[subject - 1] !== ",") return false;
  for (let k = from; k < subject - 1; k++) {
    const tok = doc.tokens[k]!;
    if (tok.pos === "VERB" || tok.pos === "AUX" || /^["“”]$/.test(words[k]!)) return false;
  }
  return true;
}

/**
 * A real paragraph break after paragraph `p` (a blank line, or an indented next line), not the
 * line break of hard-wrapped text: what follows it belongs to another statement.
 */
function paragraphBreak(doc: Doc, p: number): boolean {
  const next = doc.paragraphs[p + 1];
  if (!next) return true;
  const gap = doc.text.slice(doc.paragraphs[p]!.end, next.start);
  return /\n\s*\n/.test(gap) || /\n[ \t]+$/.test(gap);
}

const CLAUSE_END = new Set([".", ",", "?", "!", "in", "on", "at", "after", "during", "before", "to"]);

/** `“...” would be right, Holm said.`: "Holm said" stands after a comma and ends the sentence. */
function closingClause(doc: Doc, words: string[], subject: TokenRange, verb: number): boolean {
  const sentence = doc.sentences[doc.tokens[verb]!.sentence]!;
  return words[subject[0] - 1] === "," && (verb + 1 >= sentence.endToken || CLAUSE_END.has(words[verb + 1]!.toLowerCase()));
}

/**
 * `“...,” Holm demanded.`: a name and a verb right after the closing mark credit the quote to
 * someone, even with a verb we do not list, so it must not take another quote's speaker. Returns
 * the name as the attribution's subject.
 */
export function creditedAfter(doc: Doc, words: string[], quote: QuoteSpan): Attribution | null {
  if (quote.close < 0) return null;
  let k = doc.tokenAt(quote.close + 1);
  if (words[k] === ",") k++;
  const lastInside = lastMarkInside(doc, quote);
  // after “...?” the splitter starts a new sentence, though "Holm asked" still belongs to the quote
  const sameSentence = doc.tokens[k]?.sentence === doc.tokens[doc.tokenAt(quote.close)]?.sentence || /[?!]/.test(lastInside);
  const sameParagraph = (doc.tokens[k]?.start ?? Infinity) < doc.paragraphs[quote.paragraph]!.end;
  if (!sameSentence || !sameParagraph || lastInside === "." || !isCapitalised(doc.tokens[k])) return null;
  let end = k;
  while (end < k + 8 && isNounPhrase(doc, words, [end, end + 1])) end++;
  const credited = end > k && doc.tokens[end]?.pos === "VERB" && doc.tokens[end]!.sentence === doc.tokens[k]!.sentence;
  return credited ? { subject: [k, end], span: attributionSpan(doc, k, end) } : null;
}

const lastMarkInside = (doc: Doc, quote: QuoteSpan) => doc.text.slice(quote.start, quote.end).trimEnd().slice(-1);

/**
 * The quoted words end like a statement handed to its speaker (`“...,”`, `“...?”`, `“...!”`), not
 * like a term inside a sentence (`the “peace plan” Valdoria rejected`): a name and a verb after
 * such a quote are its speaker, whatever the verb (`“...?” Holm demanded`, `“...,” Holm shot back`).
 */
export const endsAsStatement = (doc: Doc, quote: QuoteSpan) => /[,?!]/.test(lastMarkInside(doc, quote));

/**
 * `“Harbour Blues” was written by Holm`: quoted words followed straight by a verb, with no
 * punctuation of a statement inside the marks, are a title or a term the sentence talks about.
 */
export function subjectTerm(doc: Doc, quote: QuoteSpan): boolean {
  if (quote.close < 0 || /[,.?!:;]/.test(lastMarkInside(doc, quote))) return false;
  const next = doc.tokens[doc.tokenAt(quote.close + 1)];
  return !!next && next.sentence === doc.tokens[doc.tokenAt(quote.close)]?.sentence && (next.pos === "AUX" || next.pos === "VERB") && /^\p{Ll}/u.test(next.text);
}

/** A paragraph that only signs the quote before it: `“...”⏎⏎- Senator Holm.` */
function signatureLine(doc: Doc, words: string[], paragraph: number): Attribution | null {
  const p = doc.paragraphs[paragraph];
  return p ? signature(doc, words, doc.tokenAt(p.start), p.end) : null;
}

/** A dash and a name running to the end of the paragraph (`― Senator Holm.`): the name signs the quote. */
function signature(doc: Doc, words: string[], first: number, paragraphEnd: number): Attribution | null {
  let end = doc.tokenAt(paragraphEnd - 1) + 1;
  if (!SIGNING_DASHES.has(words[first] ?? "")) return null;
  if (words[end - 1] === ".") end--;
  const subject: TokenRange = [first + 1, end];
  if (end - first - 1 < 1 || end - first - 1 > 8 || !isNounPhrase(doc, words, subject)) return null;
  return { subject, span: attributionSpan(doc, first, end - 1) };
}

/**
 * `“...” ― Ana Holm`, `“...” -President Holm, tweeting`: a name signed after the closing mark by a
 * dash (one reading, in ../speech/signature.ts, shared with the actors stage that makes the name an actor).
 */
function signedInParagraph(doc: Doc, words: string[], quote: QuoteSpan): Attribution | null {
  const name = signatureAfter(doc, words, quote.close);
  if (!name) return null;
  const first = doc.tokenAt(name.start);
  const end = doc.tokenAt(name.end - 1) + 1;
  return { subject: [first, end], span: attributionSpan(doc, first - 1, end - 1) };
}

/** A line that signs the block quote above it inside its marks: `Ana Holm, Harbour Workers Union.”`. */
const SIGNING_LINE = /^([A-Z][^,\n"\u201C\u201D]{2,60}?)(,[^\n"\u201C\u201D]{0,80})?\.?["\u201D]\s*$/;

/**
 * `“... must not happen.⏎Ana Holm, Harbour Workers Union.”`: a block quote whose last line, before
 * the closing mark, is a name with its body signs the quote with that name.
 */
export function signedLineAfter(doc: Doc, words: string[], quote: QuoteSpan): Attribution | null {
  const next = doc.paragraphs[quote.paragraph + 1];
  if (!next || (quote.close >= 0 && quote.close < doc.paragraphs[quote.paragraph]!.end)) return null;
  const line = doc.text.slice(next.start, next.end);
  const match = SIGNING_LINE.exec(line);
  if (!match) return null;
  const first = doc.tokenAt(next.start);
  const end = doc.tokenAt(next.start + match[1]!.trimEnd().length - 1) + 1;
  const subject: TokenRange = [first, end];
  return end > first && end - first <= 6 && isNounPhrase(doc, words, subject) ? { subject, span: attributionSpan(doc, first, end - 1) } : null;
}

/** How far before a paragraph's end a signature closing it may start, in tokens. */
const SIGNATURE_REACH = 12;

/**
 * `“A ... “B” ... C.” ― Ana Holm` closing the paragraph: the signature signs every quote of its
 * paragraph, also a part cut off by a quote nested inside the statement.
 */
function signedAtParagraphEnd(doc: Doc, words: string[], quote: QuoteSpan): Attribution | null {
  const paragraph = doc.paragraphs[quote.paragraph]!;
  const last = doc.tokenAt(paragraph.end - 1);
  for (let k = last; k > doc.tokenAt(quote.close) + 1 && last - k < SIGNATURE_REACH; k--) {
    if (!SIGNING_DASHES.has(words[k]!)) continue;
    const name = signatureAfter(doc, words, doc.tokens[k - 1]!.start);
    if (!name || doc.tokenAt(name.end - 1) < last - 1) return null;
    const first = doc.tokenAt(name.start);
    return { subject: [first, doc.tokenAt(name.end - 1) + 1], span: attributionSpan(doc, k, doc.tokenAt(name.end - 1)) };
  }
  return null;
}

/**
 * A speech verb earlier in the sentence that opens the quote: `Blinken said Tuesday that “...”`,
 * `He added, that ... the U.S. will “...”`, `Kirby told reporters: “...”`; or a colon that hands
 * the sentence to the quote: `Holm: “...”`, `The union rejected the offer: “...”`. A quote that
 * opens its paragraph after one ending in a colon is introduced by that paragraph's last sentence.
 */
export function attributionBefore(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan, all: QuoteSpan[]): Attribution | null {
  const memo = partsMemo(all);
  // `Holm said: “A. “B.”`: a part opened again after a sentence of the same quote (BBC style, no
  // closing mark in between) is the same statement, introduced by what introduced its first part.
  // The parts are walked back without recursion, and each part's answer is kept: a paragraph of
  // thousands of parts must cost linear time and no stack.
  const chain: QuoteSpan[] = [];
  let part: QuoteSpan | undefined = quote;
  let found: Attribution | null = null;
  while (part) {
    if (memo.found.has(part)) {
      found = memo.found.get(part)!;
      break;
    }
    chain.push(part);
    found = ownAttributionBefore(doc, words, kb, part, all);
    if (found) break;
    const head: QuoteSpan | undefined = all[memo.index.get(part)! - 1];
    part = head && head.paragraph === part.paragraph && head.close < 0 ? head : undefined;
  }
  for (const walked of chain) memo.found.set(walked, found);
  return found;
}

/** Per list of quote spans: where each span stands, and the attribution found for it before. */
const partsMemos = new WeakMap<QuoteSpan[], { index: Map<QuoteSpan, number>; found: Map<QuoteSpan, Attribution | null> }>();
function partsMemo(all: QuoteSpan[]) {
  let memo = partsMemos.get(all);
  if (!memo) {
    memo = { index: new Map(all.map((span, i) => [span, i])), found: new Map() };
    partsMemos.set(all, memo);
  }
  return memo;
}

function ownAttributionBefore(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan, all: QuoteSpan[]): Attribution | null {
  const sentence = doc.sentences[doc.sentenceAt(quote.open)];
  if (!sentence) return null;
  const openToken = doc.tokenAt(quote.open);
  const spoken = speechVerbBefore(doc, words, kb, sentence.firstToken, openToken, all);
  if (spoken !== undefined) return spoken;
  if (openToken > sentence.firstToken && words[openToken - 1] === ":") return introducedByColon(doc, words, sentence.firstToken, openToken - 1);
  const characterised = characterisingVerbBefore(doc, words, sentence.firstToken, openToken, all) ?? prepositionBefore(doc, words, kb, sentence.firstToken, openToken);
  if (characterised) return characterised;
  const previous = doc.paragraphs[quote.paragraph - 1];
  const opensParagraph = quote.open === doc.paragraphs[quote.paragraph]?.start;
  if (!previous || !opensParagraph || !doc.text.slice(previous.start, previous.end).trimEnd().endsWith(":")) return null;
  const lead = doc.sentences[doc.sentenceAt(previous.end - 1)]!;
  const colon = doc.tokenAt(previous.end - 1);
  return speechVerbBefore(doc, words, kb, lead.firstToken, colon, all) ?? introducedByColon(doc, words, lead.firstToken, colon);
}

/**
 * The quote's sentence has a speech verb before the quote whose subject the rules cannot read
 * ("Holm and other officials said “...”"): someone is named as the speaker, just not one we can tell.
 */
export function unreadSpeechVerbBefore(doc: Doc, words: string[], kb: ActorKnowledge, quote: QuoteSpan, all: QuoteSpan[]): boolean {
  const sentence = doc.sentences[doc.sentenceAt(quote.open)];
  return !!sentence && speechVerbBefore(doc, words, kb, sentence.firstToken, doc.tokenAt(quote.open), all) === null;
}

/** The nearest speech verb before `before` and its subject; undefined when there is no verb at all. */
function speechVerbBefore(doc: Doc, words: string[], kb: ActorKnowledge, floor: number, before: number, all: QuoteSpan[]): Attribution | null | undefined {
  for (let v = before - 1; v >= floor; v--) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, all)) continue;
    const quoted = quotedBefore(doc, words, v);
    if (quoted !== undefined) return quoted;
    // "Holm was said to be ill": Holm is talked about, and nobody is named as speaking
    if (passive(doc, v)) return null;
    const subject = subjectBefore(doc, words, v);
    if (subject) return { subject, span: attributionSpan(doc, subject[0], v) };
    // Inverted only where nothing else can be the subject: "Said Kirby: “...”", "..., said Kirby: “...”".
    const after = subjectAfter(doc, words, v);
    const closesBeforeQuote = after && after[1] <= before && [",", ":"].includes(words[after[1]] ?? "");
    if (after && closesBeforeQuote) return { subject: after, span: attributionSpan(doc, v, after[1] - 1) };
    return null;
  }
  return undefined;
}

interface AttributionFile { characterising: string[]; with_object: string[]; quoting: string[] }

/** The sets made of the knowledge file's lists, one per list as loaded: they were built again at every call. */
const wordSets = new WeakMap<string[], Set<string>>();

function attributionWords(list: keyof AttributionFile): Set<string> {
  const words = readKbFile<AttributionFile>("attribution-verbs.json")[list];
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words);
    wordSets.set(words, set);
  }
  return set;
}

/**
 * `“...,” the source quoted Baker as saying`: the words are those of the noun between the quoting
 * verb and "as saying", not of the verb's subject. Looked for from `from` to the end of the clause.
 */
function quotedAsSaying(doc: Doc, words: string[], kb: ActorKnowledge, from: number): Attribution | null {
  const quoting = attributionWords("quoting");
  const sentence = doc.tokens[from]?.sentence;
  for (let v = from; v < Math.min(doc.tokens.length, from + 8) && doc.tokens[v]!.sentence === sentence; v++) {
    if (SENTENCE_ENDS.has(words[v]!) || words[v] === ",") return null;
    if (!quoting.has(words[v]!.toLowerCase())) continue;
    const as = words.indexOf("as", v + 1);
    if (as < 0 || as - v > 10 || !isSpeechVerb(kb, words, as + 1)) return null;
    const subject: TokenRange = [v + 1, as];
    return as > v + 1 && isNounPhrase(doc, words, subject) ? { subject, span: attributionSpan(doc, v, as + 1) } : null;
  }
  return null;
}

/**
 * `Browne quoted the plan as saying: “...”`: the speech verb `saying` ends a quoting phrase; in
 * the passive (`Holm was quoted as saying`) the subject of the sentence is the speaker.
 */
function quotedBefore(doc: Doc, words: string[], saying: number): Attribution | null | undefined {
  if (words[saying - 1] !== "as") return undefined;
  const quoting = attributionWords("quoting");
  for (let v = saying - 2; v >= Math.max(0, saying - 12); v--) {
    if (!quoting.has(words[v]!.toLowerCase())) continue;
    if (v === saying - 2 && passive(doc, v)) {
      const subject = subjectBefore(doc, words, v - 1);
      return subject ? { subject, span: attributionSpan(doc, subject[0], saying) } : null;
    }
    let end = saying - 1;
    if (words[end - 1] === ",") end--;
    const subject: TokenRange = [v + 1, end];
    return end > v + 1 && isNounPhrase(doc, words, subject) ? { subject, span: attributionSpan(doc, v, saying) } : null;
  }
  return undefined;
}

/** "told AFP", "urged them": the noun after these verbs is their object, never an inverted subject. */
const objectVerbs = () => attributionWords("with_object");


/** A speech verb in the passive ("was said", "is widely reported"), as the clauses stage read its verb chain. */
const passive = (doc: Doc, verb: number) => {
  const clause = clauseAt(doc, verb);
  return clause?.predicate === verb && clause.chain.passive;
};

/** `According to Holm, the offer is “final”`: a speech preposition opening the quote's sentence names its speaker. */
function prepositionBefore(doc: Doc, words: string[], kb: ActorKnowledge, floor: number, before: number): Attribution | null {
  const preposition = kb.speechPrepositions.match(words, floor, before);
  if (!preposition) return null;
  const subject = subjectAfter(doc, words, floor + preposition.length - 1);
  if (!subject) return null;
  // "According to the Commission on Presidential Debates,": a name with its own preposition runs to the comma
  let end = subject[1];
  while (end < before && end - subject[0] < 8 && words[end] !== "," && !["VERB", "AUX", "PRON"].includes(doc.tokens[end]!.pos)) end++;
  return words[end] === "," && end < before ? { subject: [subject[0], end], span: attributionSpan(doc, floor, end - 1) } : null;
}

/** `Holm labelled the offer “an insult”`: the subject of a verb that characterises in someone's words. */
function characterisingVerbBefore(doc: Doc, words: string[], floor: number, before: number, all: QuoteSpan[]): Attribution | null {
  const verbs = attributionWords("characterising");
  for (let v = before - 1; v >= floor; v--) {
    if (!verbs.has(words[v]!) || insideAny(doc.tokens[v]!.start, all)) continue;
    // "After Brell criticised the plan, Holm shot back, “...”": the verb is in the opening clause
    if (SUBORDINATORS.has(words[floor]!.toLowerCase()) && words.slice(v, before).includes(",")) return null;
    const subject = subjectBefore(doc, words, v);
    return subject ? { subject, span: attributionSpan(doc, subject[0], v) } : null;
  }
  return null;
}

/**
 * The speaker of a quote a colon introduces: a bare label (`Holm: “...”`, `... - Holm: “...”`) or
 * the subject of the sentence before the colon (`The union rejected the offer: “...”`).
 */
function introducedByColon(doc: Doc, words: string[], floor: number, colon: number): Attribution | null {
  let first = colon;
  while (first > floor && !SIGNING_DASHES.has(words[first - 1]!) && colon - first < 8) first--;
  const label: TokenRange = [first, colon];
  const standsAlone = first === floor || SIGNING_DASHES.has(words[first - 1]!);
  if (colon > first && standsAlone && isNounPhrase(doc, words, label)) return { subject: label, span: attributionSpan(doc, first, colon - 1) };
  const subject = sentenceSubject(doc, words, floor, colon);
  return subject ? { subject, span: attributionSpan(doc, subject[0], subject[1] - 1) } : null;
}
