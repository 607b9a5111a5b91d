import type { Random } from "./random.js";
import { vocabulary, type QualifierStyle } from "./vocabulary.js";

const grouped = new Intl.NumberFormat("en-US");

/** As news writes numbers: '1,240', and millions as '1.9 million'. */
export function formatNumber(n: number): string {
  if (n >= 1_000_000) return `${(Math.round(n / 100_000) / 10).toString()} million`;
  return grouped.format(n);
}

/** Approximate figures are round in the news: two significant digits. */
export function roundFigure(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/** Log-uniform, so that a range of 5 to 32,000 yields tens as often as thousands. */
export function drawNumber(rng: Random, low: number, high: number): number {
  const logLow = Math.log(Math.max(1, low));
  const logHigh = Math.log(Math.max(low + 1, high));
  return Math.max(low, Math.min(high, Math.round(Math.exp(logLow + rng.next() * (logHigh - logLow)))));
}

/** A number with a qualifier, as written ('more than 1,200', 'between 30 and 40', 'dozens of'). */
export function qualifiedCount(rng: Random, low: number, high: number, numericOnly = false): string {
  const styles = numericOnly ? vocabulary.qualifiers.filter(hasNumber) : vocabulary.qualifiers;
  const style = rng.weighted(styles);
  const drawn = drawNumber(rng, low, high);
  const n = style.round ? roundFigure(drawn) : drawn;
  const m = roundFigure(Math.max(n + 1, Math.round(n * (1.1 + rng.next() * 0.4))));
  return rng.pick(style.forms).replace("{n}", formatNumber(n)).replace("{m}", formatNumber(m));
}

function hasNumber(style: QualifierStyle): boolean {
  return style.forms.every((form) => form.includes("{n}"));
}
