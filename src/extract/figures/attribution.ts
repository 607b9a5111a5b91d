import { clausesOfSentence } from "../clauses/index.js";
import { withoutTime, type TokenSpan } from "./time-phrases.js";
import { inCompound, isCapitalised, isClauseMark, matchAt, matchEndingAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** Who a stretch of a sentence is attributed to: "according to Israeli officials", "officials said". */
export interface Attribution {
  /** tokens of the attribution, introducer or verb included (inclusive) */
  start: number;
  end: number;
  source: string;
  /** tokens of the source itself (inclusive) */
  subject: TokenSpan;
  /** the reporting verb, if the attribution has one ("said", "put") */
  verb: number | null;
  /** it governs what follows it: "Israel says 1,200 were killed", "According to medics, ..." */
  opens: boolean;
  /** it governs what comes before it: "..., officials said.", "..., according to Israeli officials." */
  closes: boolean;
}

const NP_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART"]);
const HEAD_TAGS = new Set(["NOUN", "PROPN"]);
const POSSESSIVE = new Set(["'", "'s"]);
const EDGE_TAGS = new Set(["DET", "ADP", "CCONJ", "PART", "PUNCT", "SCONJ"]);
const MAX_SOURCE = 15;
/** how far a source reaches over words to a figure, and how far its clause is searched */
const REACH = 60;
const TAIL_REACH = 10;

/** A capitalised word inside a sentence is a name whatever its tag ("the Marenport Herald"). */
const isName = (scan: SentenceScan, i: number) => i > scan.from && tokenAt(scan, i)!.kind === "word" && isCapitalised(tokenAt(scan, i));

const inPhrase = (scan: SentenceScan, i: number) => {
  const t = tokenAt(scan, i);
  return !!t && (NP_TAGS.has(t.pos) || POSSESSIVE.has(scan.words[i]!) || inCompound(scan, i) || isName(scan, i));
};
const isHead = (scan: SentenceScan, i: number) => HEAD_TAGS.has(tokenAt(scan, i)!.pos) || isName(scan, i);

/** The noun phrase that ends at token `end`: "Palestinian health officials", "the health ministry in the rebel-held region". */
function nounPhraseBefore(scan: SentenceScan, end: number): TokenSpan | undefined {
  let i = end;
  let head = false;
  while (i >= Math.max(scan.from, end - MAX_SOURCE)) {
    if (inPhrase(scan, i)) {
      // an adjective that ends the subject stands for a noun: "the military said"
      head ||= isHead(scan, i) || (i === end && tokenAt(scan, i)!.pos === "ADJ");
      i--;
      continue;
    }
    const inner = matchEndingAt(scan, scan.lex.npInner, i, 3);
    if (inner && head && inPhrase(scan, inner.start - 1)) {
      i = inner.start - 1;
      continue;
    }
    break;
  }
  let start = i + 1;
  while (start < end && EDGE_TAGS.has(tokenAt(scan, start)!.pos) && tokenAt(scan, start)!.pos !== "DET") start++;
  return head ? { start, end } : undefined;
}

/**
 * The subject of an attribution verb as the clauses stage read it ("officials have put", "the mayor,
 * Tomas Vell, said", "an official of the city's trade bureau told"); a subject the verb shares with
 * an earlier predicate ("... and said") is no source of its own.
 */
function sourceBefore(scan: SentenceScan, verb: number): TokenSpan | undefined {
  const clause = clauseOf(scan, verb);
  if (!clause) return taggedAsNoun(scan, verb) ? nounPhraseBefore(scan, verb - 1) : undefined;
  const subject = clause.subject;
  if (!subject || subject.shared) return undefined;
  return { start: subject.first, end: subject.relative ? subject.head : subject.last };
}

/**
 * Many source verbs are also nouns ('estimates', 'counts', 'values', 'reports') and the tagger often
 * reads them as nouns in a sentence ('A report from Grant Samuel ... values WMC shares at'), so the
 * clauses stage, which trusts the tags, finds no predicate there. For such a word, not after a
 * determiner (checked by isAttributionVerb), the noun phrase right before it is read as its subject.
 */
const taggedAsNoun = (scan: SentenceScan, verb: number) => tokenAt(scan, verb)!.pos === "NOUN" && HEAD_TAGS.has(tokenAt(scan, verb - 1)?.pos ?? "");

/** The source after an introducer or an inverted verb: "according to a Reuters tally based on official figures". */
function sourceAfter(scan: SentenceScan, first: number): TokenSpan | undefined {
  let i = first;
  let head = false;
  while (i < scan.to && i - first < MAX_SOURCE && !isClauseMark(scan, i)) {
    if (inPhrase(scan, i)) {
      head ||= isHead(scan, i);
      i++;
      continue;
    }
    const inner = matchAt(scan, scan.lex.npInner, i);
    if (inner && head) {
      i = inner.end;
      continue;
    }
    break;
  }
  if (!head) return undefined;
  const span = withoutTime(scan, { start: first, end: i - 1 });
  while (span.end > span.start && EDGE_TAGS.has(tokenAt(scan, span.end)!.pos)) span.end--;
  return span;
}

/** Nothing but punctuation and conjunctions before `i`: the attribution opens the sentence. */
function opensSentence(scan: SentenceScan, i: number): boolean {
  if (i - scan.from > 3) return false;
  for (let k = scan.from; k < i; k++) {
    const pos = tokenAt(scan, k)!.pos;
    if (pos !== "PUNCT" && pos !== "CCONJ") return false;
  }
  return true;
}

/** The first clause mark after `i`, or the sentence end. */
function nextMark(scan: SentenceScan, i: number): string | undefined {
  for (let k = i + 1; k < Math.min(scan.to, i + 1 + TAIL_REACH); k++) if (isClauseMark(scan, k)) return scan.words[k];
  return undefined;
}

/** "..., officials said on Sunday." — after the verb, only time, channel and audience words before the clause ends. */
function closesClause(scan: SentenceScan, verb: number): boolean {
  const lex = scan.lex;
  for (let k = verb + 1; k < scan.to && !isClauseMark(scan, k) && scan.words[k] !== "."; k++) {
    if (k > verb + TAIL_REACH) return false;
    const word = scan.words[k]!;
    if (!lex.tailWords.has(word) && !lex.timeWords.has(word) && tokenAt(scan, k)!.pos !== "PROPN") return false;
  }
  return true;
}

/**
 * A source verb that reports: not a passive ("was reported") or a hypothesis ("what I would say"),
 * as the clauses stage read its verb chain (a perfect, "officials have put", reports). A source verb
 * the tagger read as a noun has no clause; it reports unless a determiner or "to" stands before it
 * ("the report", "to estimate").
 */
function isAttributionVerb(scan: SentenceScan, i: number): boolean {
  if (!scan.lex.sourceVerbs.has(scan.words[i]!) || isCapitalised(tokenAt(scan, i))) return false;
  const clause = clauseOf(scan, i);
  if (clause) return !clause.chain.passive && clause.chain.modal === null;
  let k = i - 1;
  while (tokenAt(scan, k)?.pos === "ADV") k--;
  const before = tokenAt(scan, k);
  return !before || (before.pos !== "DET" && before.pos !== "PART" && (before.pos !== "AUX" || scan.lex.perfectAuxiliaries.has(scan.words[k]!)));
}

/** The clause whose predicate is token `verb`, if the clauses stage found one. */
const clauseOf = (scan: SentenceScan, verb: number) => clausesOfSentence(scan.doc, scan.doc.tokens[verb]!.sentence).find((c) => c.predicate === verb);

/** "..., said the mayor." — the source right after a verb that follows a clause mark and ends the clause. */
function invertedSource(scan: SentenceScan, verb: number): TokenSpan | undefined {
  if (!isClauseMark(scan, verb - 1)) return undefined;
  const source = sourceAfter(scan, verb + 1);
  return source && closesClause(scan, source.end) ? source : undefined;
}

/** "The NLF's own figure is 345": the owner of a count is its source, for what follows. */
function possessorSource(scan: SentenceScan, mark: number): Attribution | undefined {
  if (!POSSESSIVE.has(scan.words[mark]!) || mark <= scan.from) return undefined;
  const count = matchAt(scan, scan.lex.possessedCounts, mark + 1);
  const owner = count && nounPhraseBefore(scan, mark - 1);
  return owner ? { start: owner.start, end: count.end - 1, source: text(scan, owner), subject: owner, verb: null, opens: true, closes: false } : undefined;
}

const text = (scan: SentenceScan, span: TokenSpan) =>
  scan.doc.text.slice(scan.doc.tokens[span.start]!.start, scan.doc.tokens[span.end]!.end);

/** Every attribution in the sentence, in order. */
export function findAttributions(scan: SentenceScan): Attribution[] {
  const lex = scan.lex;
  const found: Attribution[] = [];
  for (let i = scan.from; i < scan.to; i++) {
    const intro = matchAt(scan, lex.introducers, i);
    if (intro) {
      if (lex.introducersAfterComma.has(scan.words[i]!) && i > scan.from && !isClauseMark(scan, i - 1)) continue;
      const source = sourceAfter(scan, intro.end);
      if (!source) continue;
      const first = opensSentence(scan, i);
      const parenthetical = !first && wordAt(scan, source.end + 1) === ",";
      found.push({ start: i, end: source.end, source: text(scan, source), subject: source, verb: null, opens: first || parenthetical, closes: !first });
      i = source.end;
      continue;
    }
    const possessor = possessorSource(scan, i);
    if (possessor) {
      found.push(possessor);
      continue;
    }
    if (!isAttributionVerb(scan, i)) continue;
    const inverted = invertedSource(scan, i);
    if (inverted) {
      found.push({ start: i, end: inverted.end, source: text(scan, inverted), subject: inverted, verb: i, opens: false, closes: true });
      i = inverted.end;
      continue;
    }
    const subject = sourceBefore(scan, i);
    if (subject) {
      const closes = closesClause(scan, i);
      const parenthetical = closes && wordAt(scan, subject.start - 1) === "," && nextMark(scan, i) === ",";
      // "a driver who, witnesses said, had gone back": the source speaks for the relative clause only
      const inRelative = parenthetical && scan.lex.relativeWords.has(wordAt(scan, subject.start - 2) ?? "");
      found.push({ start: subject.start, end: i, source: text(scan, subject), subject, verb: i, opens: !closes || parenthetical, closes: closes && !inRelative });
    }
  }
  // a subject starts before the asides inside it ("The U.N. office, citing local authorities, said")
  return found.sort((a, b) => a.start - b.start);
}

function hasClauseBreak(scan: SentenceScan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (matchAt(scan, scan.lex.clauseBreaks, i)) return true;
  return false;
}

/**
 * The attribution that governs a figure over tokens start..end: the attribution before it that ends
 * nearest to it when that one opens what follows, else the first attribution after it when that one
 * closes what comes before. A clause break ("where", "but") between ends the reach of a closing or
 * parenthetical one.
 * Null: the article states the figure itself.
 */
export function governingAttribution(scan: SentenceScan, attributions: Attribution[], start: number, end: number): Attribution | null {
  const before = lastEnding(attributions, firstStartingAfter(attributions, start - 1));
  if (before?.opens && start - before.end <= REACH && !(before.closes && hasClauseBreak(scan, before.end + 1, start))) return before;
  const next = attributions[firstStartingAfter(attributions, end)];
  if (!next?.closes || next.start - end > REACH || hasClauseBreak(scan, end + 1, next.start)) return null;
  return next;
}

/** Of the first `count` attributions, the one that ends last: a subject's verb ends after the asides inside it. */
function lastEnding(attributions: Attribution[], count: number): Attribution | undefined {
  let last: Attribution | undefined;
  for (let k = 0; k < count; k++) if (!last || attributions[k]!.end > last.end) last = attributions[k];
  return last;
}

/** Index of the first attribution that starts after token `index` (binary search: they are in order). */
function firstStartingAfter(attributions: Attribution[], index: number): number {
  let lo = 0;
  let hi = attributions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid]!.start <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SENTENCE_END_MARKS = new Set([".", "!", "?", '"', "”", "'", "’"]);

/**
 * An attribution that closes the whole sentence ("..., but ... , bankers said."), for a figure before
 * it: in wire copy such a tail speaks for every clause of the sentence, across "but" and "while".
 */
export function sentenceFinalAttribution(scan: SentenceScan, attributions: Attribution[], figureEnd: number): Attribution | null {
  const last = attributions[attributions.length - 1];
  if (!last?.closes || last.start <= figureEnd) return null;
  for (let k = last.end + 1; k < scan.to; k++) {
    const word = scan.words[k]!;
    if (SENTENCE_END_MARKS.has(word) || scan.lex.tailWords.has(word) || scan.lex.timeWords.has(word) || tokenAt(scan, k)!.pos === "PROPN") continue;
    return null;
  }
  return last;
}
