import type { AnalysisConfig } from "../config.js";
import { foldText } from "../text.js";

type Settings = Pick<AnalysisConfig["figures"], "contextStopwords" | "contextSynonyms">;

interface ContextWords {
  key: string;
  words: Set<string>;
  /** capitalised words: the places (and named events) the context is about */
  places: string;
}

function contextWords(context: string, settings: Settings): ContextWords | null {
  const stop = new Set(settings.contextStopwords);
  const words = new Set<string>();
  const places = new Set<string>();
  for (const raw of context.match(/[\p{L}\p{N}][\p{L}\p{N}.\-]*/gu) ?? []) {
    const word = foldText(raw).replace(/\.$/, "");
    if (stop.has(word)) continue;
    if (/^\p{Lu}/u.test(raw)) places.add(word);
    words.add(settings.contextSynonyms[word] ?? word);
  }
  if (!words.size) return null;
  return { key: [...words].sort().join(" "), words, places: [...places].sort().join(" ") };
}

/**
 * Groups near-identical contexts: the same words after stopwords, possessives and synonyms ("the
 * Brenna bombing", "bombing in Brenna"), or fewer words naming the same places when only one fuller
 * context fits ("Brenna" within "bus station bombing in Brenna"). Contexts naming different places
 * never share a group, and a context without a place joins only an identical one. Returns the group
 * key of a context as written (null for none).
 */
export function groupContexts(
  contexts: Array<string | null>, settings: Settings,
): (context: string | null) => string | null {
  const parsed = new Map<string, ContextWords | null>();
  for (const c of contexts) if (c !== null && !parsed.has(c)) parsed.set(c, contextWords(c, settings));
  const distinct = new Map<string, ContextWords>();
  for (const w of parsed.values()) if (w) distinct.set(w.key, w);
  const target = new Map<string, string>();
  for (const w of distinct.values()) target.set(w.key, fullerContext(w, [...distinct.values()])?.key ?? w.key);

  return (context) => {
    const w = context === null ? null : parsed.get(context);
    return w ? target.get(w.key)! : null;
  };
}

/** The one maximal context that contains all of `w`'s words and names exactly its places, if any. */
function fullerContext(w: ContextWords, all: ContextWords[]): ContextWords | undefined {
  if (!w.places) return undefined;
  const supersets = all.filter((o) => o.places === w.places && o.words.size > w.words.size
    && [...w.words].every((x) => o.words.has(x)));
  const maximal = supersets.filter((o) => !supersets.some((p) => p !== o && p.words.size > o.words.size
    && [...o.words].every((x) => p.words.has(x))));
  return maximal.length === 1 ? maximal[0] : undefined;
}
