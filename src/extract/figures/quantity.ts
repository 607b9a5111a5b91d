import type { Qualifier } from "../../record/schema.js";
import { quantityLexicon } from "./quantity-lexicon.js";
import type { FigurePhrase } from "./qualifiers.js";
import { inCompound, isClauseMark, matchAt, matchEndingAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";
import { readUnit, type UnitReading } from "./units.js";

/** A figure that is a sum, a rate, a quantity or a count of workers, members, countries ... */
export interface QuantityFinding {
  measure: string;
  /** tokens of the words that name the measure (end exclusive); the number's own when none does */
  start: number;
  end: number;
  /** what the figure is of: "world trade" in "80 pct of world trade", "Southcorp" in "a stake in Southcorp" */
  context: string | null;
  unit: UnitReading | null;
  /** first token of the figure's words, currency sign and qualifier included */
  first: number;
  /** first token after the figure's words, its unit, rate and bracketed conversion included */
  after: number;
  /** a qualifier the measure's words give ("the estimated cost"), over the exact one of the number */
  qualifier?: Qualifier;
}

interface Span {
  start: number;
  end: number;
}

const NP_TAGS = new Set(["ADJ", "NOUN", "PROPN"]);
const NP_REACH = 5;
const HEAD_NOUNS = 2;
const WALK_REACH = 10;
const NEAREST_REACH = 24;
const PARTITIVE_OPENERS = ["of", "out"];
const CONTEXT_OPENERS = new Set(["of", "in", "on", "for", "to", "over"]);
const CONTEXT_REACH = 7;
/** words that continue the object of a context phrase: "oilseeds and fats", "the form of a bearer bond" */
const JOINERS = new Set(["and", "of"]);
const CONTEXT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART"]);
const POSSESSIVE = new Set(["'s", "'"]);
/** what a sum, a rate or a unit measures when no word says */
const RATE_MEASURE = "price";
const DEFAULT_MEASURES: Record<UnitReading["kind"], string> = { money: "amount", percent: "percentage", points: "points", physical: "quantity" };

const isTimeWord = (scan: SentenceScan, i: number) =>
  scan.lex.timeWords.has(wordAt(scan, i) ?? "") || quantityLexicon().timeUnits.has(wordAt(scan, i) ?? "");

const text = (scan: SentenceScan, span: Span) => scan.doc.text.slice(scan.doc.tokens[span.start]!.start, scan.doc.tokens[span.end - 1]!.end);

/** "output ceiling" → "output_ceiling". */
const asName = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") /* runs are already one "_" */;

/**
 * The measure a run of nouns names: the measure of the longest listed noun phrase that ends the run
 * ("the OPEC output ceiling" → quota), else the run's own last words ("pipeline capacity"). A noun
 * that never names a measure ("deal", "times", "level") names none.
 */
function measureOfNouns(scan: SentenceScan, head: Span, words: Span = head): { measure: string; counts: boolean } | undefined {
  const nouns = scan.measureNouns;
  for (let start = Math.min(words.start, head.start); start < head.end; start++) {
    const m = matchAt(scan, nouns, start);
    if (!m || m.end !== head.end) continue;
    // "service members" are soldiers, whom the casualty measures count only with a cue: not "members"
    const person = matchEndingAt(scan, scan.lex.nouns, head.end - 1, 4);
    return person && person.start < start ? { ...m.value, counts: false } : m.value;
  }
  const last = scan.words[head.end - 1]!;
  if (quantityLexicon().notMeasures.has(last) || quantityLexicon().unitWords.has(last) || isTimeWord(scan, head.end - 1) || !/[a-z]/.test(last)) return undefined;
  return { measure: asName(text(scan, head)), counts: false };
}

/** "existing loans", "frozen debt", "subsidized wheat": a participle describing the noun after it. */
const isParticiple = (scan: SentenceScan, i: number) =>
  tokenAt(scan, i)?.pos === "VERB" && /(?:ed|en|ing)$/.test(scan.words[i]!) && tokenAt(scan, i + 1)?.pos === "NOUN";

/** A noun that may join the head before it: not a time, a unit or a scale ("$11bn fraud" is fraud). */
const isHeadNoun = (scan: SentenceScan, i: number) =>
  tokenAt(scan, i)?.pos === "NOUN" && !isTimeWord(scan, i) && !quantityLexicon().unitWords.has(scan.words[i]!)
  && !scan.lex.scales.has(scan.words[i]!) && !quantityLexicon().attachedScales.has(scan.words[i]!);

/** The trailing nouns (at most two) of the noun phrase ending at `last`. */
/** A listed measure noun the tagger took for a name: "Exports hit ...", "all 11 Justices". */
const isListedName = (scan: SentenceScan, i: number) =>
  tokenAt(scan, i)?.pos === "PROPN" && tokenAt(scan, i + 1)?.pos !== "PROPN"
  && (i === scan.from || tokenAt(scan, i - 1)!.pos === "NUM" || tokenAt(scan, i - 1)!.pos === "PUNCT")
  && matchEndingAt(scan, scan.measureNouns, i, 1) !== undefined;

function headEndingAt(scan: SentenceScan, last: number): Span | undefined {
  if ((tokenAt(scan, last)?.pos !== "NOUN" && !isListedName(scan, last)) || isTimeWord(scan, last)) return undefined;
  let start = last;
  while (start > Math.max(scan.from, last - HEAD_NOUNS + 1) && isHeadNoun(scan, start - 1)) start--;
  return { start, end: last + 1 };
}

/**
 * The noun phrase starting at `i`, determiners and possessives passed when `determiners` allows:
 * its words and the run of nouns that ends it ("the overall output ceiling", "their existing loans").
 */
function nounPhraseAt(scan: SentenceScan, i: number, determiners: boolean): { words: Span; head: Span } | undefined {
  let k = i;
  if (determiners) {
    while (k < scan.to && k < i + 4) {
      const token = tokenAt(scan, k)!;
      const ownerEnds = POSSESSIVE.has(wordAt(scan, k + 1) ?? "");
      if (token.pos === "DET" || token.pos === "PRON") k++;
      else if (ownerEnds && (token.pos === "PROPN" || token.pos === "NOUN")) k += 2;
      else break;
    }
  }
  const start = k;
  let lastNoun = -1;
  while (k < scan.to && k < start + NP_REACH && (NP_TAGS.has(tokenAt(scan, k)!.pos) || inCompound(scan, k) || isParticiple(scan, k)) && !isTimeWord(scan, k)) {
    if (tokenAt(scan, k)!.pos === "NOUN" || isListedName(scan, k)) lastNoun = k;
    else if (lastNoun >= 0 && !inCompound(scan, k)) break;
    k++;
  }
  if (lastNoun < 0) return undefined;
  const head = headEndingAt(scan, lastNoun);
  return head ? { words: { start, end: lastNoun + 1 }, head } : undefined;
}

/** A measure from the noun phrase after the figure: "a 40% stake", "12,000 jobs", "13.2 billion dlrs of foreign debt". */
interface AfterReading {
  measure?: { measure: string; words: Span };
  /** "80 pct of world trade": what a share is a share of */
  of?: Span;
}

/** "10 out of OPEC's 13 members", "over 100 of the country's 350 creditors": the group a bare number is part of. */
function partitiveStart(scan: SentenceScan, i: number): number {
  const word = wordAt(scan, i);
  if (!word || !PARTITIVE_OPENERS.includes(word)) return i;
  let k = word === "out" && wordAt(scan, i + 1) === "of" ? i + 2 : i + 1;
  if (k === i + 1 && word !== "of") return i;
  while (k < scan.to && k < i + 6 && !isClauseMark(scan, k) && tokenAt(scan, k)!.kind !== "number") k++;
  return tokenAt(scan, k)?.kind === "number" ? k + 1 : i;
}

function measureAfter(scan: SentenceScan, unit: UnitReading | undefined, after: number, whole: boolean): AfterReading {
  if (!unit) {
    const phrase = nounPhraseAt(scan, partitiveStart(scan, after), false);
    const found = phrase && measureOfNouns(scan, phrase.head, phrase.words);
    return found?.counts && whole ? { measure: { measure: found.measure, words: phrase!.words } } : {};
  }
  // a listed phrase right after the unit, whatever the tagger made of its words ("a 2.5% pay rise")
  const listed = matchAt(scan, scan.measureNouns, after);
  if (listed && tokenAt(scan, listed.end)?.pos !== "NOUN") return { measure: { measure: listed.value.measure, words: { start: after, end: listed.end } } };
  const direct = nounPhraseAt(scan, after, false);
  const named = direct && measureOfNouns(scan, direct.head, direct.words);
  if (named) return { measure: { measure: named.measure, words: direct!.words } };
  const link = wordAt(scan, after);
  if (link !== "of" && link !== "in") return {};
  const object = nounPhraseAt(scan, after + 1, true);
  if (!object) return {};
  const objectMeasure = measureOfNouns(scan, object.head, object.words);
  // "80 pct of world trade" is a share of trade; "13 billion dlrs of debt" and "four mln tonnes of wheat" are debt and wheat
  const share = unit.kind === "percent" || unit.kind === "points";
  if (link === "of" && (share || !objectMeasure)) return { of: object.words };
  // "1.55 billion dlrs in new money": only a listed measure, so "A$5bn in Sydney" measures nothing
  const listedObject = matchEndingAt(scan, scan.measureNouns, object.head.end - 1, 3);
  if (link === "in" && !listedObject) return {};
  return objectMeasure ? { measure: { measure: objectMeasure.measure, words: object.words }, of: object.words } : {};
}

/** The figure before in the sentence, whose measure a figure continuing it takes. */
export interface PreviousQuantity {
  measure: string;
  start: number;
  end: number;
  context: string | null;
  /** first token after its words */
  after: number;
}

type Found = { measure: string; words: Span; previous?: PreviousQuantity };

const CONTINUATION_REACH = 4;
const PRONOUN_SUBJECTS = new Set(["they", "it"]);
const NAME_PREPOSITIONS = new Set(["in", "of", "at", "for"]);
const NP_OR_DET = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/** A unit word that belongs to a number just before it ("0.5 cts", "49 U.S. cts"), not a noun ("the commercial rand"). */
function isUnitOfNumber(scan: SentenceScan, k: number): boolean {
  if (!quantityLexicon().unitWords.has(scan.words[k]!)) return false;
  return [k - 1, k - 2].some((j) => tokenAt(scan, j)?.kind === "number" || tokenAt(scan, j)?.pos === "NUM" || scan.lex.scales.has(wordAt(scan, j) ?? ""));
}

/**
 * Reading back from the figure over links, change verbs, other figures and their units to the noun
 * that names what it measures: "a bid of A$6.35", "an offer worth 3.1bn", "exports fell to 78.3
 * billion", "the rand rose 0.5 cts to 49 cts", "Shares in Manchester United were up over 5%", "put
 * the output shortfall in February at 900,000 bpd". A figure continuing the one before it ("ending
 * the day at 1,314 stg, down 184 stg", "but they fell to 78.3 billion") takes its measure.
 */
function measureBefore(scan: SentenceScan, first: number, previous: PreviousQuantity | undefined, opening: PreviousQuantity | undefined): Found | undefined {
  const lex = quantityLexicon();
  let linked = false;
  const continued = (k: number) => (previous && previous.after >= k - CONTINUATION_REACH && previous.after <= k + 1
    ? { measure: previous.measure, words: previous, previous } : undefined);
  for (let k = first - 1; k >= Math.max(scan.from, first - WALK_REACH); k--) {
    if (isClauseMark(scan, k)) return continued(k);
    const word = scan.words[k]!;
    const token = tokenAt(scan, k)!;
    const link = matchEndingAt(scan, lex.valueLinks, k, 2);
    if (link || lex.changeParticles.has(word) || lex.changeVerbs.has(word)) {
      linked = true;
      k = link ? link.start : k;
      continue;
    }
    if (token.kind === "number" || token.kind === "currency" || token.kind === "symbol" || isUnitOfNumber(scan, k) || scan.lex.scales.has(word)) continue;
    if (token.pos === "ADV" || token.pos === "AUX" || (linked && token.pos === "DET")) continue;
    // "the output shortfall in February at": a time phrase stands between the noun and its link
    if (isTimeWord(scan, k) && tokenAt(scan, k - 1)?.pos === "ADP") {
      k--;
      continue;
    }
    if (!linked) return undefined;
    // "Exports hit 97.7 billion dlrs ..., but they fell to 78.3 billion": the subject of the sentence's first figure
    if (PRONOUN_SUBJECTS.has(word) && opening && opening.after <= k) return { measure: opening.measure, words: opening, previous: opening };
    if (token.pos === "NOUN" && lex.notMeasures.has(word)) continue;
    // "Shares in Manchester United were up", "the retirement age for public service workers from 60":
    // the noun a phrase after it describes is what moved
    let npStart = k;
    while (npStart > scan.from && NP_OR_DET.has(tokenAt(scan, npStart - 1)!.pos)) npStart--;
    const end = NAME_PREPOSITIONS.has(wordAt(scan, npStart - 1) ?? "") && headEndingAt(scan, npStart - 2) ? npStart - 2 : k;
    const head = headEndingAt(scan, end);
    const found = head && measureOfNouns(scan, head);
    return found ? { measure: found.measure, words: head! } : undefined;
  }
  return undefined;
}

const GOVERNOR_GAP = new Set(["for", "to", "about", "a", "an", "the", "some"]);

/** A verb that governs the figure and says what a sum is: "invest up to $20bn", "repay 1.42 billion dlrs", "settle for 2 billion dlrs". */
function measureOfVerb(scan: SentenceScan, first: number): { measure: string; words: Span } | undefined {
  let last = first - 1;
  while (last > scan.from && last > first - 3 && GOVERNOR_GAP.has(wordAt(scan, last) ?? "")) last--;
  const verb = matchEndingAt(scan, quantityLexicon().verbs, last, 2);
  return verb ? { measure: verb.value, words: { start: verb.start, end: last + 1 } } : undefined;
}

/** The nearest listed measure noun before the figure in its clause: "cut GM's stake in half to 10%". */
function nearestMeasure(scan: SentenceScan, first: number): { measure: string; words: Span } | undefined {
  const nouns = scan.measureNouns;
  for (let k = first - 1; k >= Math.max(scan.from, first - NEAREST_REACH) && (!isClauseMark(scan, k) || scan.words[k] === ","); k--) {
    if (tokenAt(scan, k)!.pos !== "NOUN" || quantityLexicon().perWords.has(wordAt(scan, k - 1) ?? "")) continue;
    const m = matchEndingAt(scan, nouns, k, 3);
    if (m && !m.value.counts) return { measure: m.value.measure, words: { start: m.start, end: k + 1 } };
  }
  return undefined;
}

/** "a stake in Southcorp", "a tax on oilseeds and fats", "11 plants in Ontario and Quebec": what the figure is of. */
function objectAfter(scan: SentenceScan, i: number): Span | undefined {
  if (!CONTEXT_OPENERS.has(wordAt(scan, i) ?? "")) return undefined;
  let k = i + 1;
  while (
    k < scan.to && k <= i + CONTEXT_REACH && !isTimeWord(scan, k)
    && (CONTEXT_TAGS.has(tokenAt(scan, k)!.pos) || POSSESSIVE.has(scan.words[k]!) || inCompound(scan, k)
      || (JOINERS.has(scan.words[k]!) && (NP_TAGS.has(tokenAt(scan, k + 1)?.pos ?? "") || tokenAt(scan, k + 1)?.pos === "DET")))
  ) k++;
  while (k > i + 1 && !NP_TAGS.has(tokenAt(scan, k - 1)!.pos)) k--;
  return k > i + 1 ? { start: i + 1, end: k } : undefined;
}

/** A number that is a date, an age, a label, a duration or a compound modifier ("a 12-year term"). */
function isNotQuantity(scan: SentenceScan, phrase: FigurePhrase, unit: UnitReading | undefined): boolean {
  const lex = scan.lex;
  const { amount } = phrase;
  const before = wordAt(scan, (unit?.lead ?? amount.first) - 1) ?? "";
  const after = wordAt(scan, amount.last + 1) ?? "";
  if (lex.months.has(before) || lex.months.has(after) || lex.ageBefore.has(before) || lex.labelBefore.has(before)) return true;
  if (unit) return false;
  if (amount.yearLike || quantityLexicon().timeUnits.has(after)) return true;
  return after === "-" || matchAt(scan, lex.unitsAfter, amount.last + 1) !== undefined;
}

const GROUP_PRONOUNS = new Set(["those", "them", "these", "whom"]);

/** "around 6,000 of those", "two of them": a part of the figure before, in its measure. */
function partOfPrevious(scan: SentenceScan, phrase: FigurePhrase, previous: PreviousQuantity | undefined): Found | undefined {
  const at = phrase.end + 1;
  if (!previous || wordAt(scan, at) !== "of" || !GROUP_PRONOUNS.has(wordAt(scan, at + 1) ?? "")) return undefined;
  return { measure: previous.measure, words: previous, previous };
}

/** Whether a listed measure (not merely a noun's own words) names the figure: a bare number needs one. */
const isListed = (scan: SentenceScan, found: Found | undefined) =>
  !!found && (found.previous !== undefined || matchEndingAt(scan, scan.measureNouns, found.words.end - 1, 4) !== undefined);

/** "the estimated cost": a word before the measure that makes its figure approximate. */
function measureQualifier(scan: SentenceScan, words: Span): Qualifier | undefined {
  return quantityLexicon().measureQualifiers.get(wordAt(scan, words.start - 1) ?? "");
}

/**
 * A figure that is not a casualty count: a sum, rate or quantity with its unit, whose measure is named
 * by the noun after it, a noun linked to it before, a verb governing it or the nearest measure noun of
 * its clause; or a bare number counting a noun of a measure that counts ("40,000 workers"), given a
 * listed measure by a link ("the retirement age from 60 to 65"), or a part of the figure before it.
 */
export function readQuantity(
  scan: SentenceScan, phrase: FigurePhrase, previous?: PreviousQuantity, opening?: PreviousQuantity,
): QuantityFinding | undefined {
  const unit = readUnit(scan, phrase.amount);
  if (isNotQuantity(scan, phrase, unit)) return undefined;
  const { amount } = phrase;
  // "the two companies": the group named before, not a count
  if (!unit && amount.soleWord !== null && wordAt(scan, phrase.start - 1) === "the") return undefined;
  const first = Math.min(phrase.start, unit?.lead ?? phrase.start);
  const afterNumber = unit ? unit.end : phrase.end + 1;
  const whole = amount.value === null || Number.isInteger(amount.value);
  const afterReading = measureAfter(scan, unit, afterNumber, whole);
  let found: Found | undefined = afterReading.measure;
  // "one" alone is a pronoun as often as a number ("one of the highest"): it counts only a noun after it
  if (!found && !unit && amount.soleWord !== null && scan.lex.needNoun.has(amount.soleWord)) return undefined;
  if (!found && !unit) {
    found = partOfPrevious(scan, phrase, previous);
    const linked = found ?? measureBefore(scan, first, previous, opening);
    if (!found && linked && (isListed(scan, linked) || amount.scale > 1)) found = linked;
    if (!found) return undefined;
  }
  found ??= measureBefore(scan, first, previous, opening) ?? measureOfVerb(scan, first) ?? nearestMeasure(scan, first);
  // "35 dlr per share" with no word for what it is: a price
  const rate = unit?.kind === "money" && unit.per && !quantityLexicon().timeUnits.has(unit.per) ? RATE_MEASURE : undefined;
  const measure = found?.measure ?? rate ?? quantityLexicon().unitMeasures.get(unit!.unit) ?? DEFAULT_MEASURES[unit!.kind];
  const words = found?.words ?? { start: amount.first, end: amount.last + 1 };
  const wordsAfter = words.start >= afterNumber;
  const of = afterReading.of ?? objectAfter(scan, wordsAfter ? words.end : afterNumber);
  const written = found ? text(scan, words) : null;
  const own = of ? text(scan, of) : written && (words.end - words.start > 1 || asName(written) !== measure) ? written : null;
  const context = own ?? found?.previous?.context ?? null;
  const qualifier = phrase.qualifier === "exact" && found ? measureQualifier(scan, words) : undefined;
  return { measure, start: words.start, end: words.end, context, unit: unit ?? null, first, after: afterNumber, qualifier };
}
