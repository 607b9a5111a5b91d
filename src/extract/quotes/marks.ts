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

function scanQuoteSpans(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const spans: QuoteSpan[] = [];
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
    MARKS.lastIndex = p.start;
    for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
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
          const rest = text.slice(i, p.end);
          mismatched = /\u201D/.test(rest) && !/\u201C/.test(rest.slice(0, rest.indexOf("\u201D")));
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

/** The first double mark of a paragraph closes a quote: it follows the end of a sentence or clause and no word. */
function closesFirst(text: string, from: number, to: number): boolean {
  const at = text.slice(from, to).search(/["\u201C\u201D]/);
  if (at < 0) return false;
  const i = from + at;
  if (isApostropheMark(text, i)) return closesFirst(text, i + 1, to);
  return text[i] !== "\u201C" && /[.?!,]$/.test(text.slice(from, i)) && !isWordChar(text[i + 1]);
}

function opensAgain(text: string, at: number, open: number): boolean {
  const c = text[at]!;
  if (!DOUBLE_OPEN.has(c) && c !== '"') return false;
  const before = text.slice(open + 1, at);
  return /[.?!]\s+$/.test(before) && isWordChar(text[at + 1]);
}

function trim(text: string) {
  return (s: QuoteSpan): QuoteSpan => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { ...s, start, end };
  };
}
