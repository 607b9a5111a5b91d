/**
 * Where a text's paragraphs end. Most news text keeps one paragraph per line, and there every line
 * break ends a paragraph (and a sentence: headlines and bylines stand on lines of their own). Wire
 * copy is hard-wrapped instead: lines of about the same width break in mid-sentence, and only a
 * blank line or an indented line starts a new paragraph. In such a text a line break inside a
 * paragraph is just a space, so a quote or a sentence that wraps stays whole.
 */

/** Fewer lines running into each other than this: too little to call the text wrapped. */
const MIN_JOINS = 4;
/** Wrapped lines are rarely wider than this; one paragraph per line usually is. */
const MAX_WRAP_WIDTH = 100;
/** A line this share of the wrap width or more is full: the wrapper broke it, not the writer. */
const FULL_LINE = 0.75;
/**
 * Shares of joined lines that must be full, that must stop in mid-sentence, and whose next line must
 * go on in lower case, in a wrapped text (a list of headings has full lines without full stops too).
 */
const MIN_FULL_SHARE = 0.6;
const MIN_OPEN_SHARE = 0.5;
const MIN_LOWER_SHARE = 0.3;
/** The width is read at this percentile of line lengths, so one long table row does not set it. */
const WIDTH_PERCENTILE = 0.9;

/** A line ends a sentence with one of these (a closing quote or bracket may follow). */
const SENTENCE_END = /[.!?:;]["”’')\]]*$/;

interface Line {
  text: string;
  /** Offset of the line break that ends the line (text.length for the last line). */
  breakAt: number;
  indent: number;
}

/**
 * Offsets of the line breaks that do not end a paragraph: empty unless the text is hard-wrapped.
 * Offsets point at '\n' characters of `text`; nothing in the text is changed.
 */
export function softLineBreaks(text: string): ReadonlySet<number> {
  const lines = splitLines(text);
  const soft = new Set<number>();
  const width = wrapWidth(lines);
  if (width === null) return soft;
  const baseIndent = continuationIndent(lines);
  const indented = lines.some((line, i) => i > 0 && isContent(line) && isContent(lines[i - 1]!) && line.indent > baseIndent);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!isContent(line) || !isContent(next)) continue;
    if (next.indent > baseIndent || (!indented && endsShort(line, width))) continue;
    soft.add(line.breakAt);
  }
  return soft;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const breakAt = end < 0 ? text.length : end;
    const body = text.slice(start, breakAt).trimEnd();
    lines.push({ text: body, breakAt, indent: body.length - body.trimStart().length });
    if (end < 0) return lines;
    start = end + 1;
  }
}

const isContent = (line: Line) => line.text.trim().length > 0;

/**
 * The width the text is wrapped at, or null when it is not wrapped: enough lines run into the next
 * one, most of them fill the width and stop in mid-sentence (a paragraph per line ends each line
 * with a full stop), and many of the next lines go on in lower case.
 */
function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.filter(isContent).map((line) => line.text.length).sort((a, b) => a - b);
  if (!lengths.length) return null;
  const width = lengths[Math.floor(WIDTH_PERCENTILE * (lengths.length - 1))]!;
  if (width > MAX_WRAP_WIDTH) return null;
  const joins = lines.flatMap((line, i) => (isContent(line) && i + 1 < lines.length && isContent(lines[i + 1]!) ? [[line, lines[i + 1]!]] : []));
  if (joins.length < MIN_JOINS) return null;
  const share = (test: (line: Line, next: Line) => boolean) => joins.filter(([line, next]) => test(line!, next!)).length / joins.length;
  const full = share((line) => line.text.length >= FULL_LINE * width);
  const open = share((line) => !SENTENCE_END.test(line.text));
  const lower = share((_, next) => /^\p{Ll}/u.test(next.text.trimStart()));
  return full >= MIN_FULL_SHARE && open >= MIN_OPEN_SHARE && lower >= MIN_LOWER_SHARE ? width : null;
}

/** The indentation most lines that continue a paragraph have (usually none). */
function continuationIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  lines.forEach((line, i) => {
    if (i > 0 && isContent(line) && isContent(lines[i - 1]!)) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  });
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of counts) if (count > bestCount || (count === bestCount && indent < best)) [best, bestCount] = [indent, count];
  return best;
}

/**
 * Without indented paragraph starts, a short line closing a sentence ends its paragraph (a full
 * line that ends a sentence may well go on).
 */
function endsShort(line: Line, width: number): boolean {
  return line.text.length < FULL_LINE * width && SENTENCE_END.test(line.text);
}
