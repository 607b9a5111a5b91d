import { conjunctEnd, custodyAt, gapRelativeAt, isActiveUse, postModifierEnd } from "./after-noun.js";
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
  /** reached over a second noun phrase ("two monitors and three observers were wounded"): the verb may belong to another clause */
  shared: boolean;
  /** "remain" passed on the way ("115 remain in Gaza"), which says something only of hostages and prisoners */
  remain: CueHit | null;
}

/** the cue class of a remain word, for a number with no noun of its own */
const REMAIN = "remain";

/** The cue chosen for a figure. */
export interface ChosenCue {
  cue: CueHit | null;
  /** the cue makes the number a negotiated term or a hypothesis */
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
 * "who remain captive", "remain in rebel custody". Auxiliaries, adverbs, relative pronouns, modals, an
 * "of" phrase right after the noun ("trucks of aid"), one phrase describing the noun ("people in the
 * car were killed") and one apposition may stand between; a relative clause without pronoun ("the
 * people it holds") counts as relative, and a second noun phrase may share the verb ("two monitors and
 * three observers were wounded"). A negation ("were not killed"), an active verb with an
 * object ("gunmen who killed 20 people") or any other word ends the search.
 */
export function cueAfter(scan: SentenceScan, from: number): RightScan {
  const lex = scan.lex;
  const found: RightScan = { cue: null, relative: false, modal: false, shared: false, remain: null };
  let appositionUsed = false;
  let ofPhraseUsed = false;
  let modifierUsed = false;
  for (let q = from, steps = 0; q < scan.to && steps < 10; steps++) {
    const cue = cueAt(scan, q);
    if (cue) return isActiveUse(scan, cue) && !passiveBefore(scan, from, q) ? found : { ...found, cue };
    const gap = q === from ? gapRelativeAt(scan, q) : undefined;
    if (gap) return { ...found, cue: gap, relative: true };
    const word = wordAt(scan, q)!;
    if (lex.negators.has(word)) return { ...found, cue: null };
    const modifierEnd = modifierUsed || appositionUsed ? undefined : postModifierEnd(scan, q);
    if (modifierEnd !== undefined) {
      modifierUsed = true;
      q = modifierEnd;
      continue;
    }
    const conjunct = q === from ? conjunctEnd(scan, q) : undefined;
    if (conjunct !== undefined) {
      found.shared = true;
      q = conjunct;
      continue;
    }
    if (lex.remainWords.has(word)) found.remain ??= { start: q, end: q + 1, cueClass: REMAIN };
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

/** A cue phrase of the measures list at `i`, or a place of custody ("in rebel custody"). */
function cueAt(scan: SentenceScan, i: number): CueHit | undefined {
  const cue = matchAt(scan, scan.lex.cuesAfter, i);
  return cue ? { start: i, end: cue.end, cueClass: cue.value } : custodyAt(scan, i);
}

/** An auxiliary other than a perfect one ("were", "been") between the noun and its cue: "were killed" takes no object. */
function passiveBefore(scan: SentenceScan, from: number, cue: number): boolean {
  for (let i = cue - 1; i >= from; i--) {
    if (tokenAt(scan, i)!.pos === "AUX" && !scan.lex.perfectAuxiliaries.has(scan.words[i]!)) return true;
  }
  return false;
}

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
  if (!scan.lex.conjunctions.has(wordAt(scan, last) ?? "")) return last;
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
  if (verb && statesCapacity(scan, verb.start, verb.value)) return undefined;
  if (verb) {
    return { start: verb.start, end: last + 1, cueClass: verb.value, form: "before", modal: modalBefore(scan, verb.start) };
  }
  const noun = matchEndingAt(scan, scan.lex.cuesNominal, last, 4);
  if (noun) {
    return { start: noun.start, end: last + 1, cueClass: noun.value, form: "nominal", modal: proposalInSentenceBefore(scan, noun.start) };
  }
  return undefined;
}

const HOLD = "hold";
const SUBJECT_REACH = 6;

/** "The stadium in Orvel holds 40,000 people", "the shelter, which held 500": a capacity, not people held. */
function statesCapacity(scan: SentenceScan, verb: number, cueClass: string): boolean {
  if (cueClass !== HOLD) return false;
  for (let i = verb - 1; i >= Math.max(scan.from, verb - SUBJECT_REACH) && tokenAt(scan, i)!.pos !== "VERB"; i--) {
    if (scan.lex.capacitySubjects.has(scan.words[i]!)) return true;
  }
  return false;
}

const TOLL_REACH = 16;
const TOLL_MODIFIER_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"]);
/** the class of a toll that names the figure before it ("the number", "its own figure") */
export const PREVIOUS_FIGURE = "previous";

/** "Saturday's shelling", "the bombing": an -ing verb used as a noun after a possessive, article or adjective. */
function isGerund(scan: SentenceScan, i: number): boolean {
  const before = tokenAt(scan, i - 1)?.pos;
  return scan.words[i]!.endsWith("ing") && (before === "PART" || before === "DET" || before === "ADJ");
}

/**
 * A count named before the number: "the death toll rose from 300 to 500", "put the toll at 300", "the
 * toll, medics say, rose to 300". Words describing the toll may stand before its verb ("the death toll
 * from the bombing in Brenna has risen to 43"), never without one ("the dead in return for the release
 * of five detainees"). A toll that names the figure before it must stand right before its links: "the
 * number of visitors rose to 300" counts visitors, not the figure before.
 */
export function tollBefore(scan: SentenceScan, phraseStart: number): LeftCue | undefined {
  const lex = scan.lex;
  let appositionUsed = false;
  let verbSeen = false;
  let modified = false;
  for (let i = phraseStart - 1, n = 0; i >= scan.from && n < TOLL_REACH; i--, n++) {
    const toll = matchEndingAt(scan, lex.tolls, i, 5);
    if (toll && !(toll.value === PREVIOUS_FIGURE && modified)) {
      return { start: toll.start, end: i + 1, cueClass: toll.value, form: "before", modal: false };
    }
    const open = appositionUsed ? undefined : appositionStart(scan, i);
    if (open !== undefined) {
      appositionUsed = true;
      i = open;
      continue;
    }
    const word = wordAt(scan, i)!;
    const pos = tokenAt(scan, i)!.pos;
    if ((lex.tollLinks.has(word) && word !== "of") || pos === "NUM") {
      verbSeen ||= pos === "VERB" || pos === "AUX";
      continue;
    }
    const describes = TOLL_MODIFIER_TAGS.has(pos) || lex.tollLinks.has(word) || isGerund(scan, i);
    if (!describes || !verbSeen) return undefined;
    modified = true;
  }
  return undefined;
}
