import type { FigurePhrase } from "./qualifiers.js";
import type { MeasureFinding } from "./measure.js";
import { withoutTime } from "./time-phrases.js";
import { inCompound, isCapitalised, isClauseMark, matchAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

const TRIMMED_TAGS = new Set(["DET", "ADP", "CCONJ", "PUNCT", "PART", "ADV"]);
const VERB_TAGS = new Set(["VERB", "AUX"]);
const PLACE_REACH = 3;
/** how far the search for a context runs in a clause without punctuation */
const CLAUSE_REACH = 30;

function isPlaceWord(scan: SentenceScan, i: number): boolean {
  const token = tokenAt(scan, i);
  return !!token && token.pos === "PROPN" && isCapitalised(token) && !scan.lex.timeWords.has(scan.words[i]!);
}

const isEventWord = (scan: SentenceScan, i: number) => matchAt(scan, scan.lex.eventNouns, i) !== undefined;

/** A number that is not part of a date ("on Oct. 7"): another figure, where the phrase must end. */
const isCountNumber = (scan: SentenceScan, i: number) =>
  tokenAt(scan, i)!.pos === "NUM" && !scan.lex.months.has(wordAt(scan, i - 1) ?? "") && !scan.lex.months.has(wordAt(scan, i + 1) ?? "");

/** The end (exclusive) of tokens start..end without closing articles, prepositions, conjunctions and adverbs. */
function trimmedEnd(scan: SentenceScan, start: number, end: number): number {
  while (end > start && TRIMMED_TAGS.has(tokenAt(scan, end - 1)!.pos)) end--;
  return end;
}

/** The phrase after a preposition up to the end of its clause or its first verb. */
function phraseAfter(scan: SentenceScan, open: number): { start: number; end: number } | undefined {
  const lex = scan.lex;
  let end = open + 1;
  while (
    end < scan.to && end - open <= lex.contextMaxTokens && !isClauseMark(scan, end)
    && !lex.contextPhraseStops.has(scan.words[end]!) && !isCountNumber(scan, end)
    && (!VERB_TAGS.has(tokenAt(scan, end)!.pos) || inCompound(scan, end))
  ) end++;
  end = trimmedEnd(scan, open + 1, end);
  if (end <= open + 1 || lex.timeWords.has(scan.words[open + 1]!)) return undefined;
  return { start: open + 1, end };
}

function holds(scan: SentenceScan, span: { start: number; end: number }, test: (scan: SentenceScan, i: number) => boolean): boolean {
  for (let i = span.start; i < span.end; i++) if (test(scan, i)) return true;
  return false;
}

function slice(scan: SentenceScan, start: number, end: number): string {
  return scan.doc.text.slice(scan.doc.tokens[start]!.start, scan.doc.tokens[end - 1]!.end);
}

/** "southern Gaza on Saturday" → "southern Gaza": a date adds nothing to a place (it does to an event: "the raid on Oct. 7"). */
function placeWithoutTime(scan: SentenceScan, phrase: { start: number; end: number }): string {
  const end = withoutTime(scan, { start: phrase.start, end: phrase.end - 1 }).end + 1;
  return slice(scan, phrase.start, trimmedEnd(scan, phrase.start, end));
}

interface RightContext {
  /** "in a drone attack in northeastern Jordan": a place or an event, opened by a place preposition */
  place: string | null;
  /** "after the deadly Oct. 7 attack on Israel": an event, opened by a time preposition */
  event: string | null;
}

/** Place and event phrases after the measure, in the same clause; other figures and their qualifiers are passed over. */
function contextAfter(scan: SentenceScan, from: number): RightContext {
  const lex = scan.lex;
  const found: RightContext = { place: null, event: null };
  for (let i = from; i < Math.min(scan.to, from + CLAUSE_REACH) && !isClauseMark(scan, i) && !found.place; i++) {
    const word = scan.words[i]!;
    if (lex.contextSearchStops.has(word)) break;
    const qualifier = matchAt(scan, lex.qualifiersBefore, i);
    if (qualifier) {
      i = qualifier.end - 1;
      continue;
    }
    const placeOpener = lex.contextPrepositions.has(word);
    if (!placeOpener && !(lex.eventPrepositions.has(word) && !found.event)) continue;
    const phrase = phraseAfter(scan, i);
    if (!phrase) continue;
    const event = holds(scan, phrase, isEventWord);
    if (placeOpener && event) found.place = slice(scan, phrase.start, phrase.end);
    else if (placeOpener && holds(scan, phrase, isPlaceWord)) found.place = placeWithoutTime(scan, phrase);
    else if (!placeOpener && event) found.event = slice(scan, phrase.start, phrase.end);
    i = phrase.end - 1;
  }
  return found;
}

/** "in Gaza", "in the Gaza Strip". */
function afterPreposition(scan: SentenceScan, i: number): boolean {
  const before = wordAt(scan, i - 1) ?? "";
  if (scan.lex.leftPrepositions.has(before)) return true;
  return tokenAt(scan, i - 1)?.pos === "DET" && scan.lex.leftPrepositions.has(wordAt(scan, i - 2) ?? "");
}

/**
 * The place named before the number in the same clause: right before it ("in Gaza 300 people ...")
 * or with the figure in a relative clause on it ("in Gaza where more than 39,000 people have died",
 * "strikes on Gaza that ... killed more than 26,000 people").
 */
function placeBefore(scan: SentenceScan, before: number): string | null {
  let relative = false;
  for (let i = before - 1; i > Math.max(scan.from, before - CLAUSE_REACH) && !isClauseMark(scan, i); i--) {
    relative ||= scan.lex.placeRelatives.has(scan.words[i]!);
    if (!relative && i < before - PLACE_REACH) continue;
    if (!isPlaceWord(scan, i) || !afterPreposition(scan, i)) continue;
    let end = i + 1;
    while (isPlaceWord(scan, end)) end++;
    return slice(scan, i, end);
  }
  return null;
}

/**
 * Where or in which event the figure happened, read from its clause: a place or event phrase after
 * the measure, else a place named before the number, else an event phrase after it; null when the
 * clause does not say.
 */
export function contextOf(scan: SentenceScan, phrase: FigurePhrase, finding: MeasureFinding): string | null {
  const after = contextAfter(scan, finding.rightEnd);
  return after.place ?? placeBefore(scan, Math.min(phrase.start, finding.start)) ?? after.event;
}
