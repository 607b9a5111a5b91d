import type { Doc } from "../../doc/doc.js";
import type { FigureRecord } from "../../record/schema.js";
import { readAmount } from "./amounts.js";
import { asOfDate } from "./as-of.js";
import { findAttributions, governingAttribution, type Attribution } from "./attribution.js";
import { contextOf } from "./context.js";
import { figureLexicon } from "./lexicon.js";
import { findMeasure, type MeasureFinding } from "./measure.js";
import { isNonFigure } from "./non-figures.js";
import { qualify, type FigurePhrase } from "./qualifiers.js";
import { normalisedWords, type SentenceScan } from "./scan.js";

interface Found {
  phrase: FigurePhrase;
  finding: MeasureFinding;
}

/** Every number in the sentence whose measure is found; other numbers (dates, ages, terms) are left out. */
function figuresIn(scan: SentenceScan): Found[] {
  const found: Found[] = [];
  let previousClass: string | null = null;
  for (let i = scan.from; i < scan.to; i++) {
    const amount = readAmount(scan, i);
    if (!amount) continue;
    const phrase = qualify(scan, amount);
    i = phrase.end;
    if (isNonFigure(scan, phrase)) continue;
    const finding = findMeasure(scan, phrase, previousClass);
    if (!finding) continue;
    found.push({ phrase, finding });
    previousClass = finding.nounClass;
  }
  return found;
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
    source: source?.source ?? null,
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
  const words = normalisedWords(doc);
  const figures: FigureRecord[] = [];
  for (const sentence of doc.sentences) {
    const scan: SentenceScan = { doc, lex, words, from: sentence.firstToken, to: sentence.endToken };
    const found = figuresIn(scan);
    if (!found.length) continue;
    const attributions = findAttributions(scan);
    const asOf = asOfDate(scan);
    for (const figure of found) {
      const source = governingAttribution(scan, attributions, figure.phrase.start, figure.phrase.end);
      figures.push(toRecord(scan, figure, source, asOf, `fig_${figures.length + 1}`));
    }
  }
  doc.figures = figures;
}
