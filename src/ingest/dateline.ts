/** The place (and news agency, when bracketed) that opens an article: "CAIRO, May 3 (Reuters) -". */
export interface Dateline {
  place: string;
  agency?: string;
}

const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}'’./ -]*[\p{Lu}.]`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
/** ", May 3" or ", Gaza Strip" between the place and the dash. */
const DETAIL = String.raw`(?:\s*,\s*[^()\n—–-]{1,40}?)?`;
const AGENCY = String.raw`\s*\(([^()\n]{1,30})\)`;
/** Without an agency only a real dash separates a dateline: "US - China talks" must stay text. */
const STRONG_DASH = String.raw`\s+(?:—|–|--)\s+`;
const ANY_DASH = String.raw`\s*(?:—|–|-{1,2})\s+`;

const UPPER_WITH_AGENCY = new RegExp(`^(${UPPER_PLACE})${DETAIL}${AGENCY}${ANY_DASH}`, "u");
const TITLE_WITH_AGENCY = new RegExp(`^(${TITLE_PLACE})${DETAIL}${AGENCY}${ANY_DASH}`, "u");
const UPPER_ALONE = new RegExp(`^(${UPPER_PLACE})${DETAIL}${STRONG_DASH}`, "u");
/** A lone dateline line: "GENEVA", "GAZA CITY, Gaza Strip", "SARN, Valdoria —", "CAIRO, May 3 (Reuters) -". */
const LONE_LINE = new RegExp(
  `^(${UPPER_PLACE})(?:\\s*,\\s*\\p{Lu}[\\p{L}\\p{N} .'’]{1,30})*(?:${AGENCY})?(?:\\s*(?:—|–|-{1,2}))?$`,
  "u",
);

const MIN_PLACE_LETTERS = 3;
const MAX_PLACE_WORDS = 4;

/**
 * The dateline that starts a paragraph, and the length of that prefix (place, details, agency,
 * dash and spaces) so the caller can cut it off. An upper-case place is needed unless a bracketed
 * agency follows ("Washington (CNN) —").
 */
export function inlineDateline(line: string): { dateline: Dateline; length: number } | null {
  for (const pattern of [UPPER_WITH_AGENCY, TITLE_WITH_AGENCY, UPPER_ALONE]) {
    const match = pattern.exec(line);
    if (!match || !isPlace(match[1]!) || match[0].length >= line.length) continue;
    const agency = match[2]?.trim();
    return { dateline: { place: match[1]!, ...(agency ? { agency } : {}) }, length: match[0].length };
  }
  return null;
}

/** A dateline alone on its line, e.g. "GENEVA" or "GAZA CITY, Gaza Strip". */
export function loneDateline(line: string): Dateline | null {
  const match = LONE_LINE.exec(line.trim());
  if (!match || !isPlace(match[1]!)) return null;
  const agency = match[2]?.trim();
  return { place: match[1]!, ...(agency ? { agency } : {}) };
}

function isPlace(place: string): boolean {
  return (place.match(/\p{L}/gu)?.length ?? 0) >= MIN_PLACE_LETTERS && place.split(/[\s/]+/).length <= MAX_PLACE_WORDS;
}
