import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type winkNLPType from "wink-nlp";

/**
 * wink-nlp, made to tokenize every text as if it were the first it reads.
 *
 * wink adds each out-of-vocabulary word it meets to its cache, and its tokenizer then treats a learned
 * word like a known one: having once read "TransCanada's" whole, it no longer splits "TransCanada" +
 * "'s" in the next article. A record then depended on the articles the process had read before (and,
 * with a worker pool, on which thread read what). wink has no option for this, so the wrapper it puts
 * around each document while tokenizing (dd-wrapper.js, the only user of the cache's `lookup` while
 * splitting text) is given a view of the cache whose `lookup` knows only the model's own vocabulary.
 * The cache itself still learns words (their ids stay stable) and the tagger's features read it as
 * before; only the splitting of text no longer depends on what was read earlier.
 */
const require = createRequire(import.meta.url);
const mainPath = require.resolve("wink-nlp");
const wrapperPath = join(dirname(mainPath), "dd-wrapper.js");

type CacheMethods = { lookup: (text: string) => number[] | null; intrinsicSize: () => number };
type DocData = { cache: CacheMethods };
type DocDataWrapper = (data: DocData) => unknown;

/** The cache as the tokenizer sees it: a word it learned from an earlier text is not a known word. */
function modelVocabularyView(cache: CacheMethods): CacheMethods {
  const known = cache.intrinsicSize();
  return Object.assign(Object.create(null) as CacheMethods, cache, {
    lookup: (text: string) => {
      const found = cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! >= known ? null : found;
    },
  });
}

const originalWrapper = require(wrapperPath) as DocDataWrapper;
const historyFreeWrapper: DocDataWrapper = (data) => {
  const cache = data.cache;
  data.cache = modelVocabularyView(cache); // read once by the wrapper when it is made
  try {
    return originalWrapper(data);
  } finally {
    data.cache = cache;
  }
};
require.cache[wrapperPath]!.exports = historyFreeWrapper;
// wink's main module binds the wrapper when it is evaluated: evaluate it (again) after the swap.
delete require.cache[mainPath];

export const winkNLP = require("wink-nlp") as typeof winkNLPType;
