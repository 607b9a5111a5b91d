import { parseHeaderLine, type HeaderFacts } from "./byline.js";
import { parseCreditLine, signOff, trailingCredit } from "./credits.js";
import { inlineDateline, loneDateline } from "./dateline.js";
import { isDebrisLine } from "./debris.js";
import type { DetectedMeta } from "./meta.js";
import { addNames, isAllCaps } from "./names.js";
import { collapseBlankLines, looseKey } from "./normalise.js";
import { speakerLabel } from "./transcript.js";

export interface HeaderOptions {
  /** A title known from elsewhere (HTML tags, front matter): a first line repeating it is dropped. */
  knownTitle?: string;
  /** Whether a first line that merely looks like a headline is taken for one (plain text, not HTML). */
  guessHeadline: boolean;
}

/** How many lines from the top may hold headline, byline and date lines. */
const HEADER_ZONE_LINES = 8;
/** A line this long is an article paragraph: the header zone ends there. */
const PARAGRAPH_WORDS = 20;
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 200;
const MAX_CREDIT_LINES = 4;
const MAX_KICKER_WORDS = 6;

/** Lines of the text; a removed line becomes null so indices stay stable. */
type Lines = (string | null)[];

/**
 * Finds metadata in plain text and cuts it out, so that the returned text starts at the first real
 * paragraph: headline (once, even when repeated), byline and date lines, a lone or prefixed dateline,
 * trailing credits and scraping debris. Only what is recognised with confidence is removed.
 */
export function readTextMeta(text: string, options: HeaderOptions): { text: string; meta: DetectedMeta } {
  const lines: Lines = text.split("\n").map((line) => (isDebrisLine(line) ? null : line));
  const meta: DetectedMeta = { authors: [] };
  const header = readHeaderZone(lines, meta, options);
  let agency: string | undefined;
  if (header.body >= 0 && !meta.dateline) agency = cutInlineDateline(lines, header.body, meta);
  const signedFor = cutSignOff(lines);
  addNames(meta.authors, readCredits(lines));
  meta.outlet ??= header.outlet ?? agency ?? signedFor;
  return { text: collapseBlankLines(lines.filter((line) => line !== null).join("\n")), meta };
}

/** Reads and removes header lines; returns where the body starts and an outlet named by a byline. */
function readHeaderZone(lines: Lines, meta: DetectedMeta, options: HeaderOptions): { body: number; outlet?: string } {
  let body = nextContent(lines, 0);
  let outlet: string | undefined;
  /** The headline may be the first line, or the second below an upper-case kicker ("COASTAL STATES UNION"). */
  let headlineSlot = true;
  /** Once a line kept in the text reads as a paragraph, the body has begun: a later dateline is body text. */
  let bodyBegun = false;
  for (let i = body, seen = 0; i >= 0 && seen < HEADER_ZONE_LINES; i = nextContent(lines, i + 1), seen++) {
    const line = lines[i]!;
    if (!bodyBegun && inlineDateline(line)) return { body: i, outlet };
    const next = nextContent(lines, i + 1);
    if (next < 0 || speakerLabel(line)) break;
    const mayBeHeadline = headlineSlot;
    headlineSlot = seen === 0 && isKicker(line);
    if (mayBeHeadline && options.guessHeadline && isWireHeadline(line, lines[next]!)) {
      meta.title ??= line.trim();
      lines[i] = null;
      body = next;
      continue;
    }
    const facts = parseHeaderLine(line, { outletNames: meta.title !== undefined });
    // A byline in capitals ("BY JANE ROE, REUTERS") would also pass for a lone dateline.
    const dateline = !facts && isParagraph(lines[next]!) ? loneDateline(line) : null;
    if (dateline) {
      meta.dateline = dateline.place;
      lines[i] = null;
      return { body: next, outlet: outlet ?? dateline.agency };
    }
    if (facts) {
      const named = takeFacts(facts, meta);
      outlet ??= named;
      lines[i] = null;
      body = next;
    } else if (mayBeHeadline && isHeadline(line, lines[next]!, options)) {
      meta.title ??= line.trim();
      lines[i] = null;
      if (looseKey(lines[next]!) === looseKey(line)) lines[next] = null;
      body = nextContent(lines, i + 1);
      if (body < 0) break;
      i = body - 1;
    } else if (wordCount(line) >= PARAGRAPH_WORDS) {
      break;
    } else {
      bodyBegun ||= isParagraph(line);
    }
  }
  return { body, outlet };
}

function takeFacts(facts: HeaderFacts, meta: DetectedMeta): string | undefined {
  addNames(meta.authors, facts.authors);
  meta.date ??= facts.date;
  return facts.outlet;
}

/**
 * A headline guessed from its looks must not run on into the next line: in hard-wrapped text a first
 * line followed by one going on in lower case is the start of a sentence ("date 2023-05-14" is a header line).
 */
function isHeadline(line: string, next: string, options: HeaderOptions): boolean {
  if (options.knownTitle && looseKey(line) === looseKey(options.knownTitle)) return true;
  const runsOn = /^\s*\p{Ll}/u.test(next) && !parseHeaderLine(next, { outletNames: false });
  return options.guessHeadline && looksLikeHeadline(line.trim()) && !runsOn;
}

/**
 * Short, starts like a title, has lower-case letters and does not end like a sentence or a
 * dateline. An opening sentence of an article ends with a full stop (or a quote after one) and is
 * therefore body text; an upper-case line is a kicker, a dateline or a label, never taken for a title.
 */
function looksLikeHeadline(line: string): boolean {
  const words = wordCount(line);
  return (
    words >= 2 && words <= MAX_HEADLINE_WORDS && line.length <= MAX_HEADLINE_CHARS &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line) && /\p{Ll}/u.test(line) && !/^By\s/.test(line) &&
    !/[.,;:—–-]$/.test(line) && !/[.!?,]["”’')]$/.test(line)
  );
}

/**
 * An upper-case wire headline ("PENNZOIL <PZL> WILL CONSIDER OFFER"). Upper case alone would also
 * fit a kicker or a label, so the line must stand right above a byline or a paragraph that opens
 * with a dateline.
 */
function isWireHeadline(line: string, next: string): boolean {
  const text = line.trim();
  if (!isAllCaps(text) || wordCount(text) > MAX_HEADLINE_WORDS || text.length > MAX_HEADLINE_CHARS) return false;
  if (parseHeaderLine(text, { outletNames: false })) return false;
  return inlineDateline(next) !== null || (parseHeaderLine(next, { outletNames: false })?.authors.length ?? 0) > 0;
}

/** A short upper-case line above the headline, naming a section or an organisation. */
function isKicker(line: string): boolean {
  return !/\p{Ll}/u.test(line) && wordCount(line) <= MAX_KICKER_WORDS;
}

/** A line that reads as an article paragraph: long, or closed like a sentence. */
function isParagraph(line: string): boolean {
  return wordCount(line) >= PARAGRAPH_WORDS || /[.!?]["”’')]?$/.test(line.trim());
}

/**
 * Cuts "WASHINGTON (Reuters) - " from the first body line, keeping its indentation (which marks
 * paragraphs in wire copy); returns the bracketed agency, if any.
 */
function cutInlineDateline(lines: Lines, body: number, meta: DetectedMeta): string | undefined {
  const line = lines[body]!;
  const found = inlineDateline(line);
  if (!found) return undefined;
  meta.dateline = found.dateline.place;
  lines[body] = line.slice(0, line.length - line.trimStart().length) + line.slice(found.end);
  return found.dateline.agency;
}

/** Removes a wire sign-off ("Reuter") from the end; returns the outlet it names, if any. */
function cutSignOff(lines: Lines): string | undefined {
  const last = previousContent(lines, lines.length - 1);
  const found = last > 0 ? signOff(lines[last]!) : undefined;
  if (!found) return undefined;
  lines[last] = null;
  return found.outlet ?? undefined;
}

/** Removes credit lines at the end ("Reporting by A; editing by C") and returns the authors they name. */
function readCredits(lines: Lines): string[] {
  const credited: string[][] = [];
  let i = previousContent(lines, lines.length - 1);
  for (let count = 0; i >= 0 && count < MAX_CREDIT_LINES; count++, i = previousContent(lines, i - 1)) {
    const authors = parseCreditLine(lines[i]!);
    if (!authors) break;
    credited.unshift(authors);
    lines[i] = null;
  }
  const last = previousContent(lines, lines.length - 1);
  const bracketed = last >= 0 ? trailingCredit(lines[last]!) : null;
  if (bracketed) {
    credited.unshift(bracketed.authors);
    lines[last] = lines[last]!.slice(0, bracketed.start);
  }
  return credited.flat();
}

function nextContent(lines: Lines, from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]?.trim()) return i;
  return -1;
}

function previousContent(lines: Lines, from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i]?.trim()) return i;
  return -1;
}

function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}
