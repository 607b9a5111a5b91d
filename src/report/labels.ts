import type { Qualifier } from "../record/schema.js";

/** "hostages_held" → "Hostages held": measure and issue labels are snake_case identifiers. */
export function humanize(label: string): string {
  const words = label.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words put before a value; one entry per qualifier so the compiler flags a new qualifier. */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approx: "about",
  more_than: "more than",
  at_least: "at least",
  less_than: "less than",
  at_most: "at most",
  range: "",
};

export interface FigureValue {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}

const number = (n: number) => n.toLocaleString("en-US");

/** The value as an analyst would say it: "at least 40", "25–30", or "unstated" for "hundreds". */
export function figureText(figure: FigureValue): string {
  if (figure.low !== null && figure.high !== null && (figure.qualifier === "range" || figure.value === null)) {
    // A vague amount ("dozens") is stored as bounds with its qualifier: "about 24–99".
    return [QUALIFIER_WORDS[figure.qualifier], `${number(figure.low)}–${number(figure.high)}`].filter(Boolean).join(" ");
  }
  if (figure.value === null) return "no number given";
  return [QUALIFIER_WORDS[figure.qualifier], number(figure.value)].filter(Boolean).join(" ");
}

/** "2025-05-05 – 2025-05-12", one date when both are the same, "undated" when neither is known. */
export function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return "undated";
  if (!first || !last || first === last) return (first ?? last)!;
  return `${first} – ${last}`;
}

/** "+0.50", "−0.25", "0.00": a score's sign always shows. */
export function signedScore(score: number): string {
  return (score > 0 ? "+" : score < 0 ? "−" : "") + Math.abs(score).toFixed(2);
}
