import type { CueHit } from "./noun-run.js";
import { inCompound, matchAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** What may stand between a counted noun and the verb that says what happened to it. */

const CUSTODY_MODIFIER_REACH = 3;
const CUSTODY_MODIFIER_TAGS = new Set(["PROPN", "ADJ", "NOUN", "DET", "PRON"]);

/** "in rebel custody", "in Tarsian captivity", "under Kestrel detention": where people are held. */
export function custodyAt(scan: SentenceScan, i: number): CueHit | undefined {
  if (!scan.lex.custodyOpeners.has(wordAt(scan, i) ?? "")) return undefined;
  for (let k = i + 1; k <= i + 1 + CUSTODY_MODIFIER_REACH; k++) {
    const cueClass = scan.lex.custody.get(wordAt(scan, k) ?? "");
    if (cueClass) return { start: i, end: k + 1, cueClass };
    const token = tokenAt(scan, k);
    if (!token || (!CUSTODY_MODIFIER_TAGS.has(token.pos) && !inCompound(scan, k))) return undefined;
  }
  return undefined;
}

const POST_MODIFIER_REACH = 6;
const POST_MODIFIER_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PRON"]);

const isParticiple = (scan: SentenceScan, i: number) => tokenAt(scan, i)?.pos === "VERB" && (wordAt(scan, i) ?? "").endsWith("ing");

/**
 * The end (exclusive) of a phrase that describes the counted noun before its verb: "five people [in
 * the car] were killed", "engineers [repairing a bridge nearby] were seized", "trucks [carrying flour]
 * crossed". Only a link word or a cue may follow it, so "killed 40 people in the town" ends nothing.
 */
export function postModifierEnd(scan: SentenceScan, i: number): number | undefined {
  if (!scan.lex.postModifierPrepositions.has(wordAt(scan, i) ?? "") && !isParticiple(scan, i)) return undefined;
  let k = i + 1;
  while (k < scan.to && k <= i + POST_MODIFIER_REACH && (POST_MODIFIER_TAGS.has(tokenAt(scan, k)!.pos) || inCompound(scan, k))) k++;
  if (k === i + 1) return undefined;
  return scan.lex.linkWords.has(wordAt(scan, k) ?? "") || matchAt(scan, scan.lex.cuesAfter, k) ? k : undefined;
}

const CONJUNCT_REACH = 6;
const CONJUNCT_TAGS = new Set(["NUM", "DET", "ADJ", "NOUN", "PROPN"]);

/**
 * The end (exclusive) of a second noun phrase that shares the verb of the counted one: "two monitors
 * [and three observers] were wounded". A link word must follow it.
 */
export function conjunctEnd(scan: SentenceScan, i: number): number | undefined {
  if (!scan.lex.conjunctions.has(wordAt(scan, i) ?? "")) return undefined;
  let k = i + 1;
  while (k < scan.to && k <= i + CONJUNCT_REACH && (CONJUNCT_TAGS.has(tokenAt(scan, k)!.pos) || inCompound(scan, k))) k++;
  const last = tokenAt(scan, k - 1);
  const nounEnded = last?.pos === "NOUN" || last?.pos === "PROPN";
  return k > i + 1 && nounEnded && scan.lex.linkWords.has(wordAt(scan, k) ?? "") ? k : undefined;
}

const GAP_SUBJECT_REACH = 3;
const GAP_SUBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/**
 * A relative clause without a relative pronoun whose verb takes the counted noun as object: "the 350
 * people [it holds]", "the 120 hostages [the militia still holds]". Returns the verb as a cue.
 */
export function gapRelativeAt(scan: SentenceScan, i: number): CueHit | undefined {
  const lex = scan.lex;
  let k = i;
  if (lex.gapSubjects.has(wordAt(scan, k) ?? "")) k++;
  else while (k < i + GAP_SUBJECT_REACH && GAP_SUBJECT_TAGS.has(tokenAt(scan, k)?.pos ?? "")) k++;
  if (k === i || tokenAt(scan, k - 1)?.pos === "DET") return undefined;
  while (lex.linkWords.has(wordAt(scan, k) ?? "") || tokenAt(scan, k)?.pos === "ADV") k++;
  const verb = matchAt(scan, lex.cuesBefore, k);
  if (!verb || startsObject(scan, verb.end)) return undefined;
  return { start: k, end: verb.end, cueClass: verb.value };
}

const OBJECT_TAGS = new Set(["DET", "NUM", "PRON", "NOUN", "PROPN"]);

/** A noun phrase starts at `i` that is not a time ("on Sunday" is no object, nor is "Sunday"). */
function startsObject(scan: SentenceScan, i: number): boolean {
  const token = tokenAt(scan, i);
  return !!token && OBJECT_TAGS.has(token.pos) && !scan.lex.timeWords.has(scan.words[i]!);
}

/**
 * A verb right after the counted noun that takes an object is active and tells what the noun did
 * ("six gunmen killed 20 people"), unless its class has the noun as agent ("trucks carrying aid").
 */
export function isActiveUse(scan: SentenceScan, cue: CueHit): boolean {
  return !scan.lex.agentCues.has(cue.cueClass) && startsObject(scan, cue.end);
}
