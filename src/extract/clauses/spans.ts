import type { Complement, SubjectRange, TokenRange } from "../../doc/clause.js";
import type { Predicate } from "./chain.js";
import type { SentenceWords } from "./sentence.js";
import { clauseWords } from "./words.js";
import { subjectBeforeAside } from "./apposition.js";

const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const HEADS = new Set(["NOUN", "PROPN", "NUM"]);
const OBJECT_TAKERS = new Set(["VERB", "AUX", "ADP"]);
const CONNECTORS = new Set(["and", "but", "or", ","]);
const EDGE = new Set(["PUNCT", "CCONJ", "SCONJ"]);
const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "'", "\u2018"]);

function isClauseOpener(s: SentenceWords, i: number): boolean {
  return clauseWords().clauseOpeners.has(s.word(i));
}

/** A phrase starting at `first` is a preposition's object ('in Luxembourg'), not a clause's subject ('after the ministers'). */
function isObjectOfPreposition(s: SentenceWords, first: number): boolean {
  return s.pos(first - 1) === "ADP" && !isClauseOpener(s, first - 1);
}

/** 'a major inland city': an adverb-tagged word between a determiner or adjective and the noun it leads to modifies that noun. */
const modifierInPhrase = (s: SentenceWords, i: number) => s.pos(i) === "ADV" && (s.pos(i - 1) === "DET" || s.pos(i - 1) === "ADJ") && NOUN_PHRASE.has(s.pos(i + 1));

/** A noun phrase ending at token `last` ('the U.S.', 'Argentina's new financing package', 'it'), or null. */
export function nounPhraseEndingAt(s: SentenceWords, last: number): TokenRange | null {
  if (s.pos(last) === "PRON" && !clauseWords().relativePronouns.has(s.word(last))) return { first: last, last };
  if (!HEADS.has(s.pos(last))) return null;
  let first = last;
  while (s.inside(first - 1) && (NOUN_PHRASE.has(s.pos(first - 1)) || modifierInPhrase(s, first - 1) || s.inHyphenCompound(first - 1) || s.word(first - 1) === "'s" || s.word(first - 1) === "'" || (s.pos(first - 1) === "PRON" && POSSESSIVES.has(s.word(first - 1))))) first--;
  return { first, last };
}

/** 'the military said', 'Valdoria's military said': an adjective after a determiner, ending a subject, stands for a noun. */
function adjectiveStandingForNoun(s: SentenceWords, k: number): TokenRange | null {
  if (s.pos(k) !== "ADJ" || (s.pos(k - 1) !== "DET" && s.word(k - 1) !== "'s")) return null;
  const before = s.word(k - 1) === "'s" ? nounPhraseEndingAt(s, k - 2) : null;
  return { first: before?.first ?? k - 1, last: k };
}

/**
 * 'diplomats familiar with the matter', 'an official briefed on the talks': a noun phrase with the
 * adjective or participle after it that takes the preposition.
 */
function postmodifiedPhrase(s: SentenceWords, modifier: number): TokenRange | null {
  const participle = s.pos(modifier) === "VERB" && (s.word(modifier).endsWith("ed") || clauseWords().pastForms.has(s.word(modifier)));
  if (s.pos(modifier) !== "ADJ" && !participle) return null;
  const noun = nounPhraseEndingAt(s, modifier - 1);
  return noun && s.pos(noun.last) !== "PRON" ? { first: noun.first, last: noun.last } : null;
}

/**
 * The subject before a verb chain starting at `chainFirst`: the noun phrase there with any
 * prepositional phrases after its head ('parts of the plan', 'the U.S. in July'), the antecedent of
 * a relative pronoun, or the subject of the previous predicate when 'and'/'but' joins the two.
 */
export function subjectBefore(s: SentenceWords, chainFirst: number, previous: SubjectRange | null): SubjectRange | null {
  let k = chainFirst - 1;
  while (QUOTE_MARKS.has(s.word(k))) k--;
  const word = s.word(k);
  if (clauseWords().relativePronouns.has(word) && s.pos(k) !== "SCONJ") {
    const antecedent = nounPhraseEndingAt(s, s.word(k - 1) === "," ? k - 2 : k - 1);
    return antecedent ? { first: antecedent.first, last: k, head: antecedent.last, shared: false, relative: true } : null;
  }
  const aside = word === "," ? subjectBeforeAside(s, k) : null;
  if (aside) return aside;
  if (CONNECTORS.has(word) && previous && (word !== "," || s.pos(chainFirst) === "AUX")) return { ...previous, shared: true, relative: false };
  let phrase = nounPhraseEndingAt(s, k) ?? adjectiveStandingForNoun(s, k);
  if (!phrase) return null;
  let head = phrase.last;
  // 'the U.S. in July proposed', 'after EC ministers in Luxembourg endorsed': the head is the first noun phrase
  while (isObjectOfPreposition(s, phrase.first)) {
    const before: TokenRange | null = nounPhraseEndingAt(s, phrase.first - 2) ?? postmodifiedPhrase(s, phrase.first - 2);
    if (!before || (before.first === before.last && s.pos(before.first) === "PRON")) return null;
    // 'pressed for an agreement in May ...': the earlier phrase is an object itself, not the subject
    // ('an official of a trade bureau of a city told': 'of' joins the phrases of one subject)
    const joinedByOf = s.word(before.first - 1) === "of" && nounPhraseEndingAt(s, before.first - 2) !== null;
    if (!joinedByOf && OBJECT_TAKERS.has(s.pos(before.first - 1)) && !isClauseOpener(s, before.first - 1) && !clauseWords().speechVerbs.has(s.word(before.first - 1))) return null;
    phrase = { first: before.first, last: phrase.last };
    head = before.last;
  }
  // 'that Greece and Turkey might': joined names are one subject, unless the first is an object ('rejected the plan and Turkey')
  while (s.word(phrase.first - 1) === "and") {
    const before = nounPhraseEndingAt(s, phrase.first - 2);
    if (!before || OBJECT_TAKERS.has(s.pos(before.first - 1))) break;
    phrase = { first: before.first, last: phrase.last };
  }
  return { first: phrase.first, last: phrase.last, head, shared: false, relative: false };
}

/** Where a clause's own words start: its subject, its relative pronoun, or the connector before a shared subject. */
export function clauseStart(s: SentenceWords, chainFirst: number, subject: SubjectRange | null): number {
  if (!subject || subject.shared) {
    let k = chainFirst;
    while (CONNECTORS.has(s.word(k - 1)) && s.inside(k - 1)) k--;
    return k;
  }
  return subject.relative ? subject.last : subject.first;
}

function trimmed(s: SentenceWords, first: number, last: number): TokenRange | null {
  while (first <= last && (EDGE.has(s.pos(first)) || QUOTE_MARKS.has(s.word(first)))) first++;
  while (last >= first && (EDGE.has(s.pos(last)) || QUOTE_MARKS.has(s.word(last)) || s.pos(last) === "DET" || s.pos(last) === "ADP")) last--;
  return last >= first ? { first, last } : null;
}

/** The end of a sentence's words, before its closing stop and quote marks. */
function sentenceLast(s: SentenceWords): number {
  let last = s.end - 1;
  while (last > s.first && (s.pos(last) === "PUNCT" || QUOTE_MARKS.has(s.word(last)))) last--;
  return last;
}

/**
 * What a predicate governs within its region (up to the next clause): the object, and after it a
 * 'to' + verb complement ('pressed the EC to make a counter-offer'); after 'that' or a verb of
 * saying, the reported clause, which runs on over the clauses that follow.
 */
export function objectAndComplement(s: SentenceWords, p: Predicate, regionLast: number, speech: boolean): { object: TokenRange | null; complement: Complement | null } {
  const start = p.predicate + 1;
  const last = sentenceLast(s);
  // 'said (that) the U.S. would oppose ...', 'told the newspaper it would not accept ...'
  if (speech && regionLast < last) {
    const reported = trimmed(s, regionLast + 1, last);
    return { object: trimmed(s, start, regionLast), complement: reported && { ...reported, kind: "reported" } };
  }
  if (s.word(start) === "that" && s.pos(start) === "SCONJ") {
    const clause = trimmed(s, start + 1, last);
    return { object: null, complement: clause && { ...clause, kind: "that" } };
  }
  for (let k = start; k <= regionLast; k++) {
    if (s.word(k) === "to" && s.pos(k) === "PART" && (s.pos(k + 1) === "VERB" || s.pos(k + 1) === "AUX" || s.pos(k + 1) === "ADV")) {
      const complement = trimmed(s, k, regionLast);
      return { object: trimmed(s, start, k - 1), complement: complement && { ...complement, kind: "to" } };
    }
  }
  return { object: trimmed(s, start, regionLast), complement: null };
}
