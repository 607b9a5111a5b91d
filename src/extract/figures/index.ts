import type { Doc } from "../../doc/doc.js";
import type { FigureRecord } from "../../record/schema.js";
import { readAmount } from "./amounts.js";
import { asOfDate } from "./as-of.js";
import { findAttributions, governingAttribution, sentenceFinalAttribution, type Attribution } from "./attribution.js";
import { contextOf } from "./context.js";
import { figureLexicon } from "./lexicon.js";
import { findMeasure, type MeasureFinding } from "./measure.js";
import { isNonFigure } from "./non-figures.js";
import { sourceName } from "./pronoun-source.js";
import { qualify, type FigurePhrase } from "./qualifiers.js";
import { readQuantity, type QuantityFinding } from "./quantity.js";
import { measureNouns } from "./quantity-lexicon.js";
import type { EarlierFigure } from "./references.js";
import { normalisedWords, type SentenceScan } from "./scan.js";

interface Found {
  phrase: FigurePhrase;
  finding: MeasureFinding;
}

interface FoundQuantity {
  phrase: FigurePhrase;
  quantity: QuantityFinding;
}

interface SentenceFigures {
  counts: Found[];
  quantities: FoundQuantity[];
}

/** The last figure found, and in which sentence: a later "put the number at 400" may refer to it. */
interface LastFigure extends EarlierFigure {
  sentence: number;
}

/**
 * Every number in the sentence whose measure is found; other numbers (dates, ages, terms) are left out.
 * `last` is the last figure of the sentences before.
 */
function figuresIn(scan: SentenceScan, sentence: number, last: LastFigure | null): SentenceFigures {
  const found: Found[] = [];
  const quantities: FoundQuantity[] = [];
  const reachesBack = last !== null && sentence - last.sentence <= scan.lex.anaphoraReach;
  let inSentence: EarlierFigure | null = null;
  for (let i = scan.from; i < scan.to; i++) {
    const amount = readAmount(scan, i);
    if (!amount) continue;
    const phrase = qualify(scan, amount);
    i = phrase.end;
    const finding: MeasureFinding | undefined = isNonFigure(scan, phrase)
      ? undefined
      : findMeasure(scan, phrase, { inSentence, recent: inSentence ?? (reachesBack ? last : null) });
    if (finding) {
      found.push({ phrase, finding });
      inSentence = finding;
      continue;
    }
    // not a casualty count: a sum, a rate, a quantity or a count of workers, members, seats ...
    const before = quantities[quantities.length - 1]?.quantity;
    const quantity = readQuantity(scan, phrase, before, quantities[0]?.quantity);
    if (!quantity) continue;
    quantities.push({ phrase, quantity });
    // a bracketed conversion ("$2bn (£1.06bn)") belongs to the figure: its numbers are not read again
    i = Math.max(i, quantity.after - 1);
  }
  return { counts: found, quantities };
}

/** The speaker of the quote a figure stands in: "'... £200m less debt', a spokesman said" gives the figure its source. */
function quoteSpeaker(doc: Doc, offset: number): string | null {
  const quote = doc.quotes.find((q) => q.start <= offset && offset < q.end && q.speaker !== null);
  return quote ? doc.actors.find((actor) => actor.id === quote.speaker)?.name ?? null : null;
}

function quantityRecord(scan: SentenceScan, { phrase, quantity }: FoundQuantity, source: Attribution | null, asOf: string | null, id: string): FigureRecord {
  const tokens = scan.doc.tokens;
  const { amount } = phrase;
  const { unit } = quantity;
  const bounded = amount.range || amount.vague;
  const last = Math.max(phrase.end, (unit?.end ?? 0) - 1);
  return {
    id,
    value: amount.value,
    low: bounded ? amount.low : null,
    high: bounded ? amount.high : null,
    qualifier: quantity.qualifier ?? phrase.qualifier,
    measure: quantity.measure,
    measureText: scan.doc.text.slice(tokens[quantity.start]!.start, tokens[quantity.end - 1]!.end),
    context: quantity.context,
    source: source ? sourceName(scan, source) : quoteSpeaker(scan.doc, tokens[quantity.first]!.start),
    asOf,
    ...(unit ? { unit: unit.unit } : {}),
    ...(unit?.currency ? { currency: unit.currency } : {}),
    ...(amount.scale > 1 ? { scale: amount.scale } : {}),
    ...(unit?.per ? { per: unit.per } : {}),
    start: tokens[quantity.first]!.start,
    end: tokens[last]!.end,
  };
}

function toRecord(scan: SentenceScan, { phrase, finding }: Found, source: Attribution | null, asOf: string | null, id: string): FigureRecord {
  const tokens = scan.doc.tokens;
  const { amount } = phrase;
  const bounded = amount.range || amount.vague;
  return {
    id,
    value: amount.value,
    low: bounded ? amount.low : null,
    high: bounded ? amount.high : null,
    qualifier: phrase.qualifier,
    measure: finding.measure,
    measureText: scan.doc.text.slice(tokens[finding.start]!.start, tokens[finding.end - 1]!.end),
    context: contextOf(scan, phrase, finding),
    source: sourceName(scan, source),
    asOf,
    start: tokens[phrase.start]!.start,
    end: tokens[phrase.end]!.end,
  };
}

/**
 * The figures stage: counts of killed, wounded, abducted, held and released people (and aid trucks)
 * with qualifier, measure, context, source and date. A range keeps its lower end as `value` with
 * `low`/`high` and the qualifier "range"; a vague amount ("hundreds") has a null `value` and
 * `low`/`high` from number-words.json; exact and qualified numbers leave `low`/`high` null.
 */
export function extractFigures(doc: Doc): void {
  const lex = figureLexicon();
  const nouns = measureNouns();
  const words = normalisedWords(doc);
  const figures: FigureRecord[] = [];
  let last: LastFigure | null = null;
  for (const sentence of doc.sentences) {
    const scan: SentenceScan = { doc, lex, measureNouns: nouns, words, from: sentence.firstToken, to: sentence.endToken };
    const { counts: found, quantities } = figuresIn(scan, sentence.index, last);
    if (!found.length && !quantities.length) continue;
    if (found.length) {
      const { measure, nounClass, rightEnd } = found[found.length - 1]!.finding;
      last = { measure, nounClass, rightEnd, sentence: sentence.index };
    }
    const attributions = findAttributions(scan);
    const asOf = asOfDate(scan);
    for (const { phrase, quantity } of quantities) {
      const reporting = attributions.filter((a) => a.verb === null || a.verb < quantity.start || a.verb >= quantity.end);
      const end = Math.max(phrase.end, quantity.after - 1);
      const source = governingAttribution(scan, reporting, quantity.first, end) ?? sentenceFinalAttribution(scan, reporting, end);
      figures.push(quantityRecord(scan, { phrase, quantity }, source, asOf, ""));
    }
    for (const figure of found) {
      // "the war has claimed 9,000 lives": a source verb that is the figure's own cue reports nothing
      const { start, end } = figure.finding;
      const reporting = attributions.filter((a) => a.verb === null || a.verb < start || a.verb >= end);
      const source = governingAttribution(scan, reporting, figure.phrase.start, figure.phrase.end);
      figures.push(toRecord(scan, figure, source, asOf, ""));
    }
  }
  // in the order of the text, whichever reading found them
  figures.sort((a, b) => a.start - b.start);
  figures.forEach((figure, n) => (figure.id = `fig_${n + 1}`));
  doc.figures = figures;
}
