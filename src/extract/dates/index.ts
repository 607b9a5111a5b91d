import { casual, type ParsedResult } from "chrono-node";
import { readKbFile } from "../../kb/files.js";

/** How precisely an expression names a time: only "day" expressions give an event date. */
export type DateGranularity = "day" | "week" | "month" | "year";

/** A date expression found in the text, resolved against the document date. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  granularity: DateGranularity;
  /** YYYY-MM-DD read for a past or present statement: "Tuesday" is the latest Tuesday on or before the reference. */
  past: string;
  /** YYYY-MM-DD read for a statement about the future ("will meet on Tuesday"): the first Tuesday on or after it. */
  future: string;
}

interface DateCues {
  names: string[];
  words: string[];
  anaphoric: string[];
  vagueDay: string[];
  weekdays: string[];
  weekdayPrefixes: string[];
  relativePrefixes: string[];
  periods: Record<string, Period>;
  periodShifts: Record<string, number>;
}

/** What a period word names: "weekend" is a week-long span starting on a Saturday. */
type Period = "week" | "weekend" | "month" | "year";

interface CompiledCues {
  /** weekday name → 0 (Sunday) to 6 */
  weekdays: Map<string, number>;
  weekdayPrefixes: Set<string>;
  relativePrefixes: Set<string>;
  periods: Map<string, Period>;
  periodShifts: Map<string, number>;
  worthParsing: RegExp;
  /** the same, global, for matchAll (which starts at a copy of lastIndex: never `test` with it) */
  everyCue: RegExp;
  anaphoric: RegExp;
  vagueDay: RegExp;
}

let compiled: CompiledCues | undefined;
function cues(): CompiledCues {
  if (!compiled) {
    const data = readKbFile<DateCues>("event-date-cues.json");
    const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
    const cuePattern = `\\b(?:${data.names.join("|")})\\b|\\b(?:${data.words.map(anyCase).join("|")})\\b|\\b(?:19|20)\\d\\d\\b`;
    compiled = {
      // A four-digit year alone is also worth a look ("in March 2024", "2023").
      worthParsing: new RegExp(cuePattern),
      everyCue: new RegExp(cuePattern, "g"),
      anaphoric: words(data.anaphoric),
      vagueDay: words(data.vagueDay),
      weekdays: new Map(data.weekdays.map((day, i) => [day, i])),
      weekdayPrefixes: new Set(data.weekdayPrefixes),
      relativePrefixes: new Set(data.relativePrefixes),
      periods: new Map(Object.entries(data.periods)),
      periodShifts: new Map(Object.entries(data.periodShifts)),
    };
  }
  return compiled;
}

/** "week" → "[wW]eek": names stay case-sensitive ("May" the month, not "may"), other cues do not. */
const anyCase = (word: string) => `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1)}`;

/**
 * chrono's casual English parser without the time-of-day and numeric-format parsers: news dates are
 * words ("last Wednesday", "Oct. 7"), and the dropped parsers cost two thirds of the parsing time.
 */
const DATE_PARSERS = new Set([
  "ENYearMonthDayParser", "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENWeekdayParser",
  "ENTimeUnitAgoFormatParser", "ENCasualDateParser", "ENMonthNameParser", "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);
/** The refiners that merge and filter date results; those for times, time zones and ranges are left out. */
const DATE_REFINERS = new Set([
  "OverlapRemovalRefiner", "MergeWeekdayComponentRefiner", "ENMergeRelativeAfterDateRefiner",
  "ENMergeRelativeFollowByDateRefiner", "UnlikelyFormatFilter", "ENUnlikelyFormatFilter",
]);
let parser: typeof casual | undefined;
function dateParser(): typeof casual {
  if (!parser) {
    parser = casual.clone();
    const parsers = parser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
    const refiners = parser.refiners.filter((r) => DATE_REFINERS.has(r.constructor.name));
    // should a chrono release rename its classes, keep them all rather than find nothing
    if (parsers.length > 0) parser.parsers = parsers;
    if (refiners.length > 0) parser.refiners = refiners;
  }
  return parser;
}

const RELATIVE_PREFIX = /^(?:on\s+)?(?:last|next|this|past|coming)\b/i;

/** "2024-01-29" → a UTC date; undefined for anything else. */
export function parseIsoDate(iso: string | null | undefined): Date | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function weekdayReadings(weekday: number, ref: Date): [Date, Date] {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  return [addDays(ref, -back), addDays(ref, ahead)];
}

function monthDayReadings(month: number, day: number, ref: Date): [Date, Date] {
  const year = ref.getUTCFullYear();
  const thisYear = utc(year, month, day);
  const past = thisYear <= ref ? thisYear : utc(year - 1, month, day);
  const future = thisYear >= ref ? thisYear : utc(year + 1, month, day);
  return [past, future];
}

function monthReadings(month: number, ref: Date): [Date, Date] {
  const year = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  if (month === refMonth) return [utc(year, month, 1), utc(year, month, 1)];
  return month < refMonth ? [utc(year, month, 1), utc(year + 1, month, 1)] : [utc(year - 1, month, 1), utc(year, month, 1)];
}

function granularityOf(result: ParsedResult): DateGranularity | undefined {
  const c = result.start;
  if (c.isCertain("day") || c.isCertain("weekday")) return cues().vagueDay.test(result.text) ? "week" : "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return undefined;
}

/**
 * Both readings of one chrono result. chrono picks the nearest date for a bare weekday or a month-day
 * without a year, which may lie after the document date; news reports mostly look back, so the past
 * reading is the latest such date on or before the reference, the future reading the first on or after.
 */
function readings(result: ParsedResult, granularity: DateGranularity, ref: Date): [Date, Date] {
  const c = result.start;
  const year = c.isCertain("year");
  const month = c.get("month")!;
  if (granularity === "day" && c.isCertain("weekday") && !c.isCertain("day") && !RELATIVE_PREFIX.test(result.text)) {
    return weekdayReadings(c.get("weekday")!, ref);
  }
  if (!year && c.isCertain("month") && c.isCertain("day")) return monthDayReadings(month, c.get("day")!, ref);
  if (!year && granularity === "month") return monthReadings(month, ref);
  const resolved = granularity === "month" ? utc(c.get("year")!, month, 1)
    : granularity === "year" ? utc(c.get("year")!, 1, 1)
    : utc(c.get("year")!, month, c.get("day")!);
  return [resolved, resolved];
}

/** Cheap test: could chrono find anything here? */
export function mayContainDate(text: string): boolean {
  return cues().worthParsing.test(text);
}

/** Characters on each side of a cue handed to chrono with it ("three days ago", "Oct. 7, 2023"). */
const WINDOW = 32;

/** A stretch of text around date cues, and the cues in it. */
interface Window {
  start: number;
  end: number;
  cues: RegExpMatchArray[];
}

/**
 * The stretches of `text` around date cues, merged where they touch. chrono runs every parser over
 * all the text it is given, so giving it these stretches instead of whole sentences is several times faster.
 */
function windows(text: string): Window[] {
  const out: Window[] = [];
  for (const m of text.matchAll(cues().everyCue)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.cues.push(m);
    } else {
      out.push({ start, end, cues: [m] });
    }
  }
  return out;
}

const WORD_BEFORE = /(?<!\p{L})(\p{L}+)\s+$/u;

/**
 * "on Tuesday", "Tuesday": a stretch whose only cue is a weekday after no relative word ("last",
 * "next") is read here, as chrono would read it, since chrono's fixed cost per call dominates.
 */
function bareWeekday(text: string, w: Window, ref: Date): DateMention | null {
  const cue = w.cues.length === 1 ? w.cues[0]! : undefined;
  const weekday = cue && cues().weekdays.get(cue[0]);
  if (!cue || weekday === undefined) return null;
  const at = cue.index!;
  const before = WORD_BEFORE.exec(text.slice(w.start, at));
  const word = before?.[1]!.toLowerCase();
  if (word && cues().relativePrefixes.has(word)) return null;
  const start = before && cues().weekdayPrefixes.has(word!) ? at - before[0].length : at;
  const end = at + cue[0].length;
  const [past, future] = weekdayReadings(weekday, ref);
  return { start, end, text: text.slice(start, end), granularity: "day", past: iso(past), future: iso(future) };
}

const SATURDAY = 6;

/** The first day of the period `shift` periods away from the one holding `ref`; a bare weekend is the last one. */
function periodStart(period: Period, shift: number | undefined, ref: Date): Date {
  switch (period) {
    case "week": return addDays(ref, 7 * (shift ?? 0));
    case "weekend": {
      // "this", "next" and "coming weekend" lie ahead; "last weekend" and a bare "the weekend" behind
      const [last, next] = weekdayReadings(SATURDAY, ref);
      return shift === undefined || shift < 0 ? last : next;
    }
    case "month": return utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + (shift ?? 0), 1);
    case "year": return utc(ref.getUTCFullYear() + (shift ?? 0), 1, 1);
  }
}

/**
 * "this month", "next week", "last year", "the weekend": a stretch whose only cues are periods after
 * a shift word (or "the" before "weekend") names a span, never a day, so chrono's work on it is not needed.
 */
function relativePeriods(text: string, w: Window, ref: Date): DateMention[] | null {
  const out: DateMention[] = [];
  for (const cue of w.cues) {
    const period = cues().periods.get(cue[0].toLowerCase());
    if (!period) return null;
    const at = cue.index!;
    const before = WORD_BEFORE.exec(text.slice(w.start, at));
    const word = before?.[1]!.toLowerCase();
    const shift = word === undefined ? undefined : cues().periodShifts.get(word);
    if (shift === undefined && !(period === "weekend" && word === "the")) return null;
    const start = shift === undefined ? at : at - before![0].length;
    const end = at + cue[0].length;
    const day = iso(periodStart(period, shift, ref));
    out.push({ start, end, text: text.slice(start, end), granularity: period === "weekend" ? "week" : period, past: day, future: day });
  }
  return out;
}

/**
 * Date expressions in `text` (offsets shifted by `offset`), resolved against `reference` (YYYY-MM-DD).
 * Expressions counted from another date in the text ("the day before") and those without a
 * year, month or day ("this week") are left out: they cannot be resolved from the document date alone.
 */
export function findDates(text: string, reference: string | null | undefined, offset = 0): DateMention[] {
  const ref = parseIsoDate(reference);
  if (!ref) return [];
  const instant = new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const out: DateMention[] = [];
  for (const w of windows(text)) {
    const weekday = bareWeekday(text, w, ref);
    const read = weekday ? [weekday] : relativePeriods(text, w, ref);
    if (read) {
      for (const m of read) out.push({ start: offset + m.start, end: offset + m.end, text: m.text, granularity: m.granularity, past: m.past, future: m.future });
      continue;
    }
    for (const result of dateParser().parse(text.slice(w.start, w.end), instant, { forwardDate: false })) {
      const mention = resolve(result, ref);
      if (mention) {
        const start = offset + w.start + result.index;
        out.push({ text: mention.text, granularity: mention.granularity, past: mention.past, future: mention.future, start, end: start + result.text.length });
      }
    }
  }
  return out;
}

function resolve(result: ParsedResult, ref: Date): Omit<DateMention, "start" | "end"> | undefined {
  if (!mayContainDate(result.text) && !/\d/.test(result.text)) return undefined;
  if (cues().anaphoric.test(result.text)) return undefined;
  const granularity = granularityOf(result);
  if (!granularity) return undefined;
  const [past, future] = readings(result, granularity, ref);
  return { text: result.text, granularity, past: iso(past), future: iso(future) };
}

/** The day a mention names for a statement in the given tense; null when it names a longer span. */
export function dayOf(mention: DateMention, tense: "past" | "future"): string | null {
  if (mention.granularity !== "day") return null;
  return tense === "future" ? mention.future : mention.past;
}
