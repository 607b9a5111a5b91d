import { modalBefore, proposalInSentenceBefore } from "./modality.js";
import type { CueHit } from "./noun-run.js";
import { inCompound, isClauseMark, isInnerHyphen, matchAt, matchEndingAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** What follows the counted noun: the cue found there, if any, and what stood on the way. */
export interface RightScan {
  cue: CueHit | null;
  /** reached through "who", "that", "which": it describes the noun rather than states what happened */
  relative: boolean;
  /** a modal follows the noun ("would be released", "will be returned"): a term or a prediction, not a count */
  modal: boolean;
}

export interface LeftCue extends CueHit {
  form: "before" | "nominal";
  /** the governing verb or noun is hypothetical or part of a proposal */
  modal: boolean;
}

const APPOSITION_REACH = 10;
const APPOSITION_MARKS = new Set([",", "-", "–", "—"]);

/**
 * The mark closing an apposition that opens at `open` with a comma or a dash: "1,200 people, mostly
 * civilians, were killed", "1.9 million Gazans - 90% of the population - have been displaced".
 */
function appositionEnd(scan: SentenceScan, open: number): number | undefined {
  return matchingMark(scan, open, 1);
}

/** The same, read backwards from the closing mark: "The toll, according to medics, rose to 300". */
function appositionStart(scan: SentenceScan, close: number): number | undefined {
  return matchingMark(scan, close, -1);
}

function matchingMark(scan: SentenceScan, from: number, step: 1 | -1): number | undefined {
  const mark = wordAt(scan, from);
  if (!mark || !APPOSITION_MARKS.has(mark) || isInnerHyphen(scan, from)) return undefined;
  for (let i = from + step, n = 1; n < APPOSITION_REACH && i >= scan.from && i < scan.to; i += step, n++) {
    if (wordAt(scan, i) === mark) return i;
    if (isClauseMark(scan, i) || (step === 1 && tokenAt(scan, i)!.pos === "VERB")) return undefined;
  }
  return undefined;
}

const OF_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN"]);
const OF_PHRASE_REACH = 4;

/** The token after an "of" phrase that closes the counted noun: "100 trucks of aid", "1,200 members of Hamas". */
function ofPhraseEnd(scan: SentenceScan, of: number): number {
  let i = of + 1;
  while (i < Math.min(scan.to, of + 1 + OF_PHRASE_REACH) && OF_PHRASE_TAGS.has(tokenAt(scan, i)!.pos)) i++;
  return i;
}

/**
 * The cue that states what happened to the counted noun, after it: "were killed", "have died",
 * "who remain captive". Auxiliaries, adverbs, relative pronouns, modals, an "of" phrase right after
 * the noun ("trucks of aid") and one apposition may stand between; a negation ("were not killed") or
 * any other word ends the search.
 */
export function cueAfter(scan: SentenceScan, from: number): RightScan {
  const lex = scan.lex;
  const found: RightScan = { cue: null, relative: false, modal: false };
  let appositionUsed = false;
  let ofPhraseUsed = false;
  for (let q = from, steps = 0; q < scan.to && steps < 10; steps++) {
    const cue = matchAt(scan, lex.cuesAfter, q);
    if (cue) return { ...found, cue: { start: q, end: cue.end, cueClass: cue.value } };
    const word = wordAt(scan, q)!;
    if (lex.negators.has(word)) return { ...found, cue: null };
    if (lex.relativeWords.has(word)) found.relative = true;
    else if (lex.modals.has(word)) found.modal = true;
    else if (word === "of" && !ofPhraseUsed && q === from) {
      ofPhraseUsed = true;
      q = ofPhraseEnd(scan, q);
      continue;
    } else if (APPOSITION_MARKS.has(word) && !appositionUsed) {
      const close = appositionEnd(scan, q);
      if (close === undefined) break;
      appositionUsed = true;
      q = close;
    } else if (!lex.linkWords.has(word) && tokenAt(scan, q)!.pos !== "ADV") break;
    q++;
  }
  return found;
}

const CONJUNCTIONS = new Set(["and", "or"]);
const CONJUNCT_REACH = 8;
const CONJUNCT_TAGS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);

/** Skips determiners between a governing word and the number: "released the 50 hostages". */
function beforeDeterminers(scan: SentenceScan, index: number): number {
  let i = index;
  for (let k = 0; k < 2 && scan.lex.determiners.has(wordAt(scan, i) ?? ""); k++) i--;
  return i;
}

/**
 * The last token before the number's governing word, past determiners and a first conjunct:
 * in "the murder of Hersh Goldberg-Polin and five other hostages" that is "of".
 */
function governorEnd(scan: SentenceScan, phraseStart: number): number {
  const last = beforeDeterminers(scan, phraseStart - 1);
  if (!CONJUNCTIONS.has(wordAt(scan, last) ?? "")) return last;
  let i = last - 1;
  while (i > Math.max(scan.from, last - CONJUNCT_REACH) && (CONJUNCT_TAGS.has(tokenAt(scan, i)!.pos) || inCompound(scan, i))) i--;
  return i < last - 1 ? i : last;
}

/**
 * The verb or noun that governs the number from before it: "killed more than 26,000 people",
 * "holds some 115 hostages", "the release of 50 prisoners".
 */
export function cueBefore(scan: SentenceScan, phraseStart: number): LeftCue | undefined {
  const last = governorEnd(scan, phraseStart);
  if (last < scan.from) return undefined;
  const verb = matchEndingAt(scan, scan.lex.cuesBefore, last, 4);
  if (verb) {
    return { start: verb.start, end: last + 1, cueClass: verb.value, form: "before", modal: modalBefore(scan, verb.start) };
  }
  const noun = matchEndingAt(scan, scan.lex.cuesNominal, last, 4);
  if (noun) {
    return { start: noun.start, end: last + 1, cueClass: noun.value, form: "nominal", modal: proposalInSentenceBefore(scan, noun.start) };
  }
  return undefined;
}

const TOLL_REACH = 8;

/** A count named before the number: "the death toll rose from 300 to 500", "put the toll at 300", "the toll, medics say, rose to 300". */
export function tollBefore(scan: SentenceScan, phraseStart: number): LeftCue | undefined {
  const lex = scan.lex;
  let appositionUsed = false;
  for (let i = phraseStart - 1, n = 0; i >= scan.from && n < TOLL_REACH; i--, n++) {
    const toll = matchEndingAt(scan, lex.tolls, i, 5);
    if (toll) return { start: toll.start, end: i + 1, cueClass: toll.value, form: "before", modal: false };
    const open = appositionUsed ? undefined : appositionStart(scan, i);
    if (open !== undefined) {
      appositionUsed = true;
      i = open;
      continue;
    }
    const pos = tokenAt(scan, i)!.pos;
    if (!lex.tollLinks.has(wordAt(scan, i)!) && pos !== "NUM" && pos !== "PROPN") return undefined;
  }
  return undefined;
}
