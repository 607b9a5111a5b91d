import type { SentenceView } from "./sentence.js";

/** Part-of-speech tests shared by the participant rules (wink's Universal tags). */
export const isVerb = (view: SentenceView, i: number) => view.token(i)?.pos === "VERB";

/** wink tags some participles as adjectives ("The deal, mediated by Qatar, ..."). */
export const isParticiple = (view: SentenceView, i: number) =>
  isVerb(view, i) || (view.token(i)?.pos === "ADJ" && /(?:ed|ing)$/.test(view.lower(i)));

/** Tags a noun phrase is made of. */
export const NP_INNER = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "X"]);
