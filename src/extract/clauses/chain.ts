import type { Tense, VerbChain } from "../../doc/clause.js";
import type { SentenceWords } from "./sentence.js";
import { clauseWords } from "./words.js";

/** A predicate with its verb chain. */
export interface Predicate {
  predicate: number;
  chain: VerbChain;
}

/** tags before a verb that make it an attribute, not a predicate ('the proposed deal', 'by trading') */
const ATTRIBUTIVE = new Set(["DET", "ADP", "ADJ"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);

function isNegator(s: SentenceWords, i: number): boolean {
  const word = s.word(i);
  const w = clauseWords();
  if (w.negators.has(word) || (word === "no" && s.word(i + 1) === "longer")) return true;
  for (const ending of w.negatorEndings) if (word.endsWith(ending)) return true;
  return false;
}

/** Adverbs and negators may stand inside a verb chain ('has now formally rejected', 'would not'). */
function insideChain(s: SentenceWords, i: number): boolean {
  return s.pos(i) === "ADV" || isNegator(s, i) || (s.word(i) === "longer" && s.word(i - 1) === "no");
}

const isPastForm = (word: string) => word.endsWith("ed") || clauseWords().pastForms.has(word);
const isParticiple = (word: string) => isPastForm(word) || word.endsWith("en") || word.endsWith("wn");

/**
 * A verb without auxiliary that is no predicate: an infinitive ('to make'), an -ing form ('plans
 * seeking', 'by trading'), a verb right after a determiner or preposition ('the proposed deal') or a
 * participle after a noun that is itself an object of an earlier predicate ('oppose parts of the plan
 * unveiled in May'; but 'The U.S. in July proposed' has none before it).
 */
function isNonFinite(s: SentenceWords, verb: number, chainFirst: number, afterPredicate: boolean): boolean {
  const before = chainFirst - 1;
  const word = s.word(verb);
  if (s.word(before) === "to" || word.endsWith("ing")) return true;
  if (clauseWords().speechVerbs.has(word) && reportsAfterAnySubject(s, verb)) return false;
  // 'the proposed deal', 'longer shifts' (a noun tagged as a verb): no predicate after a modifier or another verb
  if (ATTRIBUTIVE.has(s.pos(before)) || ATTRIBUTIVE.has(s.pos(verb - 1)) || s.pos(before) === "VERB" || s.word(before) === "'s") return true;
  if (!afterPredicate || !isParticiple(word) || !NOMINAL.has(s.pos(before))) return false;
  // the noun phrase with its 'of' phrases ('parts of the plan', 'the House of Representatives')
  let k = before;
  while (NOMINAL.has(s.pos(k)) || s.pos(k) === "ADJ" || s.pos(k) === "DET" || s.pos(k) === "NUM" || (s.word(k) === "of" && NOMINAL.has(s.pos(k - 1)))) k--;
  return s.pos(k) === "ADP" || s.pos(k) === "VERB";
}

/**
 * A verb of saying that ends its clause ('..., the military said.'), follows an adjective standing
 * for a noun ('Valdoria's military said') or follows a noun without 'by' or 'to' after it ('an
 * official briefed on the talks said'; but 'the figure reported by', 'the plan said to be') reports:
 * news copy hardly uses such verbs as participles after a noun.
 */
function reportsAfterAnySubject(s: SentenceWords, verb: number): boolean {
  if (s.pos(verb + 1) === "PUNCT" || !s.inside(verb + 1)) return true;
  if (s.word(verb + 1) === "by" || s.word(verb + 1) === "to") return false;
  return s.pos(verb - 1) === "ADJ" ? s.pos(verb - 2) === "DET" || s.word(verb - 2) === "'s" : NOMINAL.has(s.pos(verb - 1));
}

function tenseOf(s: SentenceWords, first: number, predicate: number, modal: string | null, hasAuxiliary: boolean): Tense {
  const w = clauseWords();
  if (modal) return w.futureModals.has(modal) ? "future" : w.conditionalModals.has(modal) ? "conditional" : "present";
  for (let k = first; k <= predicate; k++) {
    if (s.pos(k) === "AUX" || k === predicate) {
      const word = s.word(k);
      if (w.pastAuxiliaries.has(word)) return "past";
      if (k === predicate && !hasAuxiliary && isPastForm(word)) return "past";
      if (s.pos(k) === "AUX") return "present";
    }
  }
  return "present";
}

/** The chain from token `first` to the predicate: modal, negation, tense, voice. */
function chainOf(s: SentenceWords, first: number, predicate: number): VerbChain {
  const w = clauseWords();
  let modal: string | null = null;
  let negated = false;
  let be = false;
  let hasAuxiliary = false;
  for (let k = first; k < predicate; k++) {
    const word = s.word(k);
    if (isNegator(s, k)) negated = true;
    if (s.pos(k) !== "AUX" && !w.modals.has(word)) continue;
    hasAuxiliary = true;
    if (!modal && w.modals.has(word)) modal = w.modals.get(word)!;
    if (word === "cannot") negated = true;
    if (w.beForms.has(word)) be = true;
  }
  const passive = be && s.pos(predicate) === "VERB" && isParticiple(s.word(predicate));
  // 'was not interested', 'is no longer acceptable': a negator after a predicate that stands alone
  if (s.pos(predicate) === "AUX" && isNegator(s, predicate + 1)) negated = true;
  return { first, last: predicate, tense: tenseOf(s, first, predicate, modal, hasAuxiliary), negated, modal, passive };
}

/**
 * Every predicate of a sentence in order: a run of auxiliaries, adverbs and negators ending in its
 * main verb ('would not have accepted'), or in an auxiliary that stands alone ('is unacceptable',
 * 'are among'). Infinitives and participles belong to the clause around them.
 */
export function predicatesOf(s: SentenceWords): Predicate[] {
  const out: Predicate[] = [];
  let i = s.first;
  while (i < s.end) {
    const pos = s.pos(i);
    if ((pos !== "VERB" && pos !== "AUX" && s.word(i) !== "cannot") || (pos === "VERB" && s.inHyphenCompound(i))) {
      i++;
      continue;
    }
    let first = i;
    const floor = out.length ? out[out.length - 1]!.chain.last : s.first - 1;
    while (first - 1 > floor && insideChain(s, first - 1)) first--;
    let predicate = i;
    let k = i;
    // walk over auxiliaries, adverbs and negators to the main verb
    while (s.pos(k) === "AUX" || s.word(k) === "cannot" || (k > i && insideChain(s, k))) {
      k++;
      if (s.pos(k) === "VERB") {
        predicate = k;
        break;
      }
      if (s.pos(k) === "AUX") predicate = k;
    }
    const hasAuxiliary = predicate !== i || s.pos(i) === "AUX";
    if (!hasAuxiliary && isNonFinite(s, predicate, first, out.length > 0)) {
      i = predicate + 1;
      continue;
    }
    out.push({ predicate, chain: chainOf(s, first, predicate) });
    i = predicate + 1;
  }
  return out;
}
