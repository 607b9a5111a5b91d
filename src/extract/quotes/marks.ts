import type { Doc } from "../../doc/doc.js";

/** A stretch of quoted words: `start`/`end` bound the words inside the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark, or the paragraph's start when the quote runs on into it without one. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs on to the end of its paragraph. */
  close: number;
  start: number;
  end: number;
  paragraph: number;
  /** The quote goes on in the next paragraph (no closing mark here, an opening mark there). */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
const DOUBLE_CLOSE = new Set(["\u201D", "\u00BB"]);
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
/**
 * Old wire copy types the apostrophe as a straight double mark (`bloc"s`, `don"t`): a double mark
 * between a letter and a contraction ending closes nothing and opens nothing.
 */
const isApostropheMark = (text: string, at: number) => text[at] === '"' && /\p{L}/u.test(text[at - 1] ?? "") && /^(s|t|re|ll|ve|d|m)(?![\p{L}\p{N}])/u.test(text.slice(at + 1, at + 4));
const isOpeningContext = (c: string | undefined) => c === undefined || /[\s(\[{\u2014\u2013:-]/u.test(c);

/**
 * Finds quoted stretches paragraph by paragraph. Curly and straight double marks, single marks used
 * as quotation marks (but not apostrophes: "We’re", "Qataris’"), and mismatched pairs (‘…”) are
 * handled; a quote left open at the end of a paragraph whose successor opens with a mark is
 * the journalistic continuation of one quote over several paragraphs.
 */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  let spans = cache.get(doc);
  if (!spans) {
    spans = scanQuoteSpans(doc);
    cache.set(doc, spans);
  }
  return spans;
}

// Both the actors and the quotes stage need the quoted stretches of a document.
const cache = new WeakMap<Doc, QuoteSpan[]>();

const MARKS = /["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/g;

/**
 * One pass over the document: a single cursor walks the quote marks while the paragraphs are read in
 * order, and every look ahead or back is bounded or amortised (a mark-less paragraph must not send a
 * search on to the end of the text, which made many short paragraphs quadratic).
 */
function scanQuoteSpans(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const spans: QuoteSpan[] = [];
  const marks = new RegExp(MARKS.source, "g");
  let pending = marks.exec(text);
  const closingAfter = new NextOccurrence(text, "\u201D");
  const openingAfter = new NextOccurrence(text, "\u201C");
  let runningOn: QuoteSpan | null = null;
  doc.paragraphs.forEach((p, paragraph) => {
    let open = -1;
    // where the quoted words start: after the opening mark, or at the paragraph a quote runs on into
    let from = -1;
    // `said, "First part.⏎⏎ Second part."`: the quote left open goes on into this paragraph though
    // no mark opens it, when the first mark here can only close a quote
    if (runningOn && closesFirst(text, p.start, p.end)) {
      runningOn.continues = true;
      open = p.start;
      from = p.start;
    }
    runningOn = null;
    let single = false;
    let mismatched = false;
    while (pending && pending.index < p.start) pending = marks.exec(text);
    for (; pending && pending.index < p.end; pending = marks.exec(text)) {
      const m = pending;
      const i = m.index;
      const c = m[0];
      const prev = i > p.start ? text[i - 1] : undefined;
      const next = text[i + 1];
      if (isApostropheMark(text, i)) continue;
      if (open < 0) {
        // a closing mark typed for an opening one can only open at the start of a paragraph
        const misturned = c === "\u201D" && i === p.start && isWordChar(next);
        if (DOUBLE_OPEN.has(c) || misturned || (c === '"' && !/\s/.test(next ?? " "))) {
          open = i;
          from = i + 1;
          single = false;
        } else if ((c === "\u2018" || c === "'") && isOpeningContext(prev) && isWordChar(next)) {
          open = i;
          from = i + 1;
          single = true;
          // ‘...” : when a closing double mark follows, the single marks inside are apostrophes.
          const close = closingAfter.from(i);
          mismatched = close < p.end && openingAfter.from(i) > close;
        }
        continue;
      }
      // `“First part. “Second part.”`: a fresh opening mark after a sentence starts the next part of
      // the quote (BBC style) without closing the first one.
      if (!single && opensAgain(text, i, open)) {
        spans.push({ open, close: -1, start: from, end: i, paragraph, continues: false });
        open = i;
        from = i + 1;
        continue;
      }
      const closesDouble = DOUBLE_CLOSE.has(c) || c === '"';
      const closesSingle = single && !mismatched && (c === "\u2019" || c === "'") && !isWordChar(next);
      if (closesDouble || closesSingle) {
        if (i > from) spans.push({ open, close: i, start: from, end: i, paragraph, continues: false });
        open = -1;
      }
    }
    if (open >= 0 && !single) {
      const nextParagraph = doc.paragraphs[paragraph + 1];
      const opensNext = !!nextParagraph && /^["\u201C\u2018']/.test(text[nextParagraph.start] ?? "");
      const span = { open, close: -1, start: from, end: p.end, paragraph, continues: opensNext };
      spans.push(span);
      if (!opensNext) runningOn = span;
    }
  });
  return spans.map(trim(text)).filter((s) => s.end > s.start);
}

/**
 * The first double mark of a paragraph closes a quote: it follows the end of a sentence or clause and no word.
 * A straight mark used as an apostrophe is passed over (and what follows it is looked at as from a fresh start).
 */
function closesFirst(text: string, from: number, to: number): boolean {
  let start = from;
  for (let i = start; i < to; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "\u201C" && c !== "\u201D") continue;
    if (isApostropheMark(text, i)) {
      start = i + 1;
      continue;
    }
    return c !== "\u201C" && i > start && /[.?!,]/.test(text[i - 1]!) && !isWordChar(text[i + 1]);
  }
  return false;
}

/** An opening mark after a sentence end and a space, inside the quote opened at `open`. */
function opensAgain(text: string, at: number, open: number): boolean {
  const c = text[at]!;
  if (!DOUBLE_OPEN.has(c) && c !== '"') return false;
  let i = at - 1;
  while (i > open && /\s/.test(text[i]!)) i--;
  return i < at - 1 && i > open && /[.?!]/.test(text[i]!) && isWordChar(text[at + 1]);
}

/** Where `mark` next occurs at or after an offset; offsets asked for only grow, so the text is searched once. */
class NextOccurrence {
  private at = -1;
  constructor(private readonly text: string, private readonly mark: string) {}

  from(offset: number): number {
    if (this.at < offset && this.at !== Infinity) {
      const found = this.text.indexOf(this.mark, offset);
      this.at = found < 0 ? Infinity : found;
    }
    return this.at;
  }
}

function trim(text: string) {
  return (s: QuoteSpan): QuoteSpan => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { ...s, start, end };
  };
}
