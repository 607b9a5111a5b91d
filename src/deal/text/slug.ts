/** Lower-case ASCII words joined by hyphens: "Coastal States Union" -> "coastal-states-union". */
export function slugify(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/['’]s\b/g, "s").replace(/[^a-z0-9]+/g, "-").replace(/^-+|(?<!-)-+$/g, "");
}

/** A comparable form of a name or place: case, accents, punctuation and a leading "the" ignored. */
export const nameKey = (text: string) => slugify(text).replace(/^the-/, "");
