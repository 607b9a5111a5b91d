/** Lowercase, no diacritics, straight apostrophes, single spaces: the form names are compared in. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "The Coastal States Union" and "coastal states union" are one name. */
export function nameKey(name: string): string {
  return foldText(name).replace(/^the /, "");
}

/** A readable id part: "Lidia Marek" -> "lidia-marek". */
export function slug(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

/** Gives each base a unique id in the order asked: "marek", "marek-2", ... */
export function uniqueIds(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** The most frequent value, ties to the first seen. */
export function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}
