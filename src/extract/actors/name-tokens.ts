import { phraseTokens } from "../../kb/phrases.js";

/** How many tokenised names to keep: enough for the names a corpus repeats, bounded over a long run. */
const CAPACITY = 4096;
const cache = new Map<string, readonly string[]>();

/**
 * The tokens of a name or headline as the pipeline splits text (`phraseTokens`), remembered: each
 * call runs the tokenizer over a new string, and organisations and datelines recur from text to
 * text. The lists are shared and must not be changed.
 */
export function nameTokens(phrase: string): readonly string[] {
  let tokens = cache.get(phrase);
  if (!tokens) {
    if (cache.size >= CAPACITY) cache.clear();
    tokens = phraseTokens(phrase);
    cache.set(phrase, tokens);
  }
  return tokens;
}
