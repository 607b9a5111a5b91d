import { isActiveUse } from "./after-noun.js";
import type { CountNoun } from "./lexicon.js";
import type { FigurePhrase } from "./qualifiers.js";
import { inCompound, isCapitalised, matchAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** A word group found near the number, over tokens start..end (end exclusive). */
export interface Hit {
  start: number;
  end: number;
}
export interface NounHit extends Hit, CountNoun {}
export interface CueHit extends Hit {
  cueClass: string;
}

/** What follows the number up to the end of its noun phrase. */
export interface NounRun {
  head: NounHit | null;
  /** a cue inside the noun phrase, before the head ("34 wounded soldiers") */
  modifierCue: CueHit | null;
  /** a cue that ends the run ("253 abducted", "1,200 Israelis killed") */
  trailingCue: CueHit | null;
  /** "20 of them", "33 of the hostages": a part of a group, counted only with a cue */
  partitive: boolean;
  /** "12 of them", "40 of whom": a part of a group named before */
  ofPronoun: boolean;
  /** first token after the run */
  end: number;
}

const MAX_RUN = 6;
const MODIFIER_TAGS = new Set(["ADJ", "PROPN", "NOUN"]);
const PRONOUN_PARTITIVES = new Set(["them", "whom", "us"]);

/** "Israelis", "Sudanese": capitalised words with a demonym ending count people. */
function demonym(scan: SentenceScan, i: number): NounHit | undefined {
  const token = tokenAt(scan, i);
  if (!token || !isCapitalised(token) || !MODIFIER_TAGS.has(token.pos)) return undefined;
  const word = scan.words[i]!;
  const fits = scan.lex.demonymSuffixes.some((s) => word.length > s.length + 2 && word.endsWith(s));
  return fits ? { start: i, end: i + 1, nounClass: "person", impliedCue: null } : undefined;
}

function countNoun(scan: SentenceScan, i: number): NounHit | undefined {
  const m = matchAt(scan, scan.lex.nouns, i);
  return m ? { start: i, end: m.end, ...m.value } : demonym(scan, i);
}

/** Skips "of" after a vague amount ("hundreds of people") and reads partitives ("20 of them"). */
function runStart(scan: SentenceScan, phrase: FigurePhrase): { at: number; partitive: boolean; pronoun: NounHit | null } | undefined {
  const at = phrase.end + 1;
  if (wordAt(scan, at) !== "of") return { at, partitive: false, pronoun: null };
  const next = wordAt(scan, at + 1) ?? "";
  if (PRONOUN_PARTITIVES.has(next)) {
    return { at: at + 2, partitive: true, pronoun: { start: at + 1, end: at + 2, nounClass: "person", impliedCue: null } };
  }
  if (scan.lex.partitiveWords.has(next)) return { at: at + 2, partitive: !phrase.amount.vague, pronoun: null };
  return phrase.amount.vague ? { at: at + 1, partitive: false, pronoun: null } : undefined;
}

/**
 * Reads the noun phrase after the number: modifiers, the countable head noun (the last one, so
 * "Sudanese refugees" counts refugees) and any cue word inside it. Returns undefined when the number
 * counts something that is not a countable noun of the measures list ("two sides", "three days").
 */
export function readNounRun(scan: SentenceScan, phrase: FigurePhrase): NounRun | undefined {
  const start = runStart(scan, phrase);
  if (!start) return undefined;
  const run: NounRun = {
    head: start.pronoun, modifierCue: null, trailingCue: null, partitive: start.partitive, ofPronoun: start.pronoun !== null, end: start.at,
  };
  if (start.pronoun) return run;
  let cue: CueHit | null = null;
  let otherNounAfterHead = false;
  let otherNoun = false;
  let q = start.at;
  while (q < scan.to && q < start.at + MAX_RUN) {
    const cueMatch = matchAt(scan, scan.lex.cuesAfter, q);
    if (cueMatch) {
      cue = { start: q, end: cueMatch.end, cueClass: cueMatch.value };
      q = cueMatch.end;
      // after the head a cue ends the noun phrase: "trucks delivering flour entered" ends at "delivering"
      if (run.head) break;
      continue;
    }
    if (run.head && scan.lex.complements.has(scan.words[q]!)) break;
    const noun = countNoun(scan, q);
    if (noun) {
      if (cue) run.modifierCue = cue;
      cue = null;
      run.head = noun;
      otherNounAfterHead = false;
      q = noun.end;
      continue;
    }
    const token = scan.doc.tokens[q]!;
    if (!scan.lex.modifierWords.has(scan.words[q]!) && !MODIFIER_TAGS.has(token.pos) && !inCompound(scan, q)) break;
    if (token.pos === "NOUN") {
      otherNoun = true;
      if (run.head) otherNounAfterHead = true;
    }
    q++;
  }
  if (otherNounAfterHead || (!run.head && otherNoun)) return undefined;
  if (cue && isActiveUse(scan, cue)) cue = null;
  run.trailingCue = cue;
  run.end = cue ? cue.end : run.head ? run.head.end : start.at;
  return run;
}
