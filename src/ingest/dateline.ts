import { isDayOfMonth } from "./dates.js";

/** The place (and news agency, when bracketed) that opens an article: "CAIRO, May 3 (Reuters) -". */
export interface Dateline {
  place: string;
  agency?: string;
}

const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}'’./ -]*[\p{Lu}.]`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
/**
 * ", May 3" or ", Gaza Strip" between the place and the dash. Each free-text part begins and ends
 * with a non-space, so the spaces around it belong to one quantifier only: spaces that two
 * quantifiers could share make a failing match try every split (see tests/ingest/regex-audit.test.ts).
 */
const DETAIL = String.raw`(?:\s*,\s*[^()\n—–\s-](?:[^()\n—–-]{0,38}[^()\n—–\s-])?)?`;
const AGENCY = String.raw`\s*\(([^()\n]{1,30})\)`;
/** Without an agency only a real dash separates a dateline: "US - China talks" must stay text. */
const STRONG_DASH = String.raw`\s+(?:—|–|--)\s+`;
const ANY_DASH = String.raw`\s*(?:—|–|-{1,2})\s+`;

/**
 * A place, up to two regions and a day of the month before a plain dash: "NEW YORK, March 31 - ",
 * "GUANAJUATO, Mexico, June 1 - ", "London, March 27 - ". The day makes even a single hyphen and a
 * place in title case safe to read as a dateline.
 */
const DATED = new RegExp(
  `^(${UPPER_PLACE}|${TITLE_PLACE})((?:\\s*,\\s*\\p{Lu}(?:[^,()\\n]{0,24}?[^,()\\n\\s])?){0,2}?)\\s*,\\s*([^,()\\n\\s][^,()\\n]{1,13}?[^,()\\n\\s])${ANY_DASH}`,
  "u",
);
const UPPER_WITH_AGENCY = new RegExp(`^(${UPPER_PLACE})${DETAIL}${AGENCY}${ANY_DASH}`, "u");
const TITLE_WITH_AGENCY = new RegExp(`^(${TITLE_PLACE})${DETAIL}${AGENCY}${ANY_DASH}`, "u");
const UPPER_ALONE = new RegExp(`^(${UPPER_PLACE})${DETAIL}${STRONG_DASH}`, "u");
/** A lone dateline line: "GENEVA", "GAZA CITY, Gaza Strip", "SARN, Valdoria —", "CAIRO, May 3 (Reuters) -". */
const LONE_LINE = new RegExp(
  `^(${UPPER_PLACE})(?:\\s*,\\s*\\p{Lu}[\\p{L}\\p{N} .'’]{0,29}[\\p{L}\\p{N}.'’])*(?:${AGENCY})?(?:\\s*(?:—|–|-{1,2}))?$`,
  "u",
);

const MIN_PLACE_LETTERS = 3;
const MAX_PLACE_WORDS = 4;
/** No dateline is longer; only this much of a line is matched, so a long line costs no more than a short one. */
const MAX_DATELINE_CHARS = 160;

/**
 * The dateline that starts a paragraph (after its indentation), and where that prefix (place,
 * details, agency, dash and spaces) ends, so the caller can cut it off. An upper-case place is
 * needed unless a bracketed agency or a day of the month follows ("Washington (CNN) —").
 */
export function inlineDateline(line: string): { dateline: Dateline; end: number } | null {
  const indent = line.length - line.trimStart().length;
  const text = line.slice(indent);
  const head = text.slice(0, MAX_DATELINE_CHARS);
  const dated = DATED.exec(head);
  const datedResult = dated && isDayOfMonth(dated[3]!) ? found(dated, indent, text, undefined) : null;
  if (datedResult) return datedResult;
  for (const pattern of [UPPER_WITH_AGENCY, TITLE_WITH_AGENCY, UPPER_ALONE]) {
    const match = pattern.exec(head);
    const result = match && found(match, indent, text, match[2]?.trim());
    if (result) return result;
  }
  return null;
}

function found(match: RegExpExecArray, indent: number, text: string, agency: string | undefined) {
  if (!isPlace(match[1]!) || match[0].length >= text.length) return null;
  return { dateline: { place: match[1]!, ...(agency ? { agency } : {}) }, end: indent + match[0].length };
}

/** A dateline alone on its line, e.g. "GENEVA" or "GAZA CITY, Gaza Strip". */
export function loneDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > MAX_DATELINE_CHARS) return null;
  const match = LONE_LINE.exec(text);
  if (!match || !isPlace(match[1]!)) return null;
  const agency = match[2]?.trim();
  return { place: match[1]!, ...(agency ? { agency } : {}) };
}

function isPlace(place: string): boolean {
  return (place.match(/\p{L}/gu)?.length ?? 0) >= MIN_PLACE_LETTERS && place.split(/[\s/]+/).length <= MAX_PLACE_WORDS;
}
