import { readKbFile } from "../kb/files.js";

interface BylineWords {
  staffSuffixes: string[];
  outletWords: string[];
  roleWords: string[];
  nameParticles: string[];
}

export function bylineWords(): BylineWords {
  return readKbFile<BylineWords>("ingest-byline.json");
}

/** "A, B and C" / "A & B" / "A in Cairo and B" → ["A", "B", "C"] (a trailing "in PLACE" is dropped). */
export function splitNameList(text: string): string[] {
  return text
    .split(/(?<!\s)(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/)
    .map((part) => part.replace(/(?<!\s)\s+in\s+\p{Lu}.*$/u, "").trim())
    .filter(Boolean);
}

const MAX_NAME_WORDS = 5;

/**
 * Whether `text` reads as a person's name: one to five capitalised words (initials, hyphens and
 * apostrophes allowed; lower-case particles such as "de" or "al" inside), no digits.
 */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || /\d/.test(text)) return false;
  const particles = new Set(bylineWords().nameParticles);
  return words.every((word, i) =>
    /^(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}'’.-]*$/u.test(word) || (i > 0 && i < words.length - 1 && particles.has(word)),
  );
}

/** Whether `text` is written in capitals only ("PATTI DOMM"), as some bylines are. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A name written in capitals, in the usual case: "TED D'AFFLISIO" → "Ted D'Afflisio", "JEAN-LUC" → "Jean-Luc". */
export function nameCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Whether a byline part names an outlet ("Example News", "Reuters") rather than a person. */
export function looksLikeOutlet(text: string): boolean {
  return containsAnyWord(text, bylineWords().outletWords);
}

/** Whether a byline part is a job title ("Chief Diplomatic Correspondent"). */
export function looksLikeRole(text: string): boolean {
  return containsAnyWord(text, bylineWords().roleWords);
}

function containsAnyWord(text: string, words: string[]): boolean {
  const padded = ` ${text.replace(/[^\p{L}\p{N}&'’-]+/gu, " ")} `;
  return words.some((word) => padded.includes(` ${word} `));
}

/** Appends the names not already listed (compared without case). */
export function addNames(into: string[], names: string[]): void {
  for (const name of names) {
    if (!into.some((known) => known.toLowerCase() === name.toLowerCase())) into.push(name);
  }
}
