/**
 * Anchor cues as regular expressions: whole words, case-insensitive; '*' at the end of a word
 * matches any ending and at its start any beginning, ' ... ' up to four words in between (the
 * conventions of the profiles' keywords).
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const GAP = "(?:\\W+\\w+){0,4}\\W+";

const ANY = "[\\w'-]*";

function wordPattern(word: string): string {
  const open = word.startsWith("*");
  const close = word.length > 1 && word.endsWith("*");
  const stem = escape(word.slice(open ? 1 : 0, close ? -1 : undefined).replace(/[\u2019\u2018]/g, "'"));
  return `${open ? ANY : ""}${stem}${close ? ANY : ""}`;
}

export function cuePattern(cue: string): RegExp {
  const parts = cue.trim().split(/\s+\.\.\.\s+/).map((part) => part.split(/\s+/).map(wordPattern).join("\\s+"));
  return new RegExp(`(?<![\\w-])${parts.join(GAP)}(?![\\w-])`, "i");
}

export interface CueMatch<T> {
  value: T;
  cue: string;
  start: number;
  length: number;
}

/** The best match of any cue in the text: the longest, then the earliest. */
export function bestCue<T>(text: string, candidates: readonly { value: T; cues: readonly string[] }[]): CueMatch<T> | undefined {
  const normalised = text.replace(/[\u2019\u2018]/g, "'");
  let best: CueMatch<T> | undefined;
  for (const { value, cues } of candidates) {
    for (const cue of cues) {
      const match = cuePattern(cue).exec(normalised);
      if (!match) continue;
      const found = { value, cue, start: match.index, length: match[0].length };
      if (!best || found.length > best.length || (found.length === best.length && found.start < best.start)) best = found;
    }
  }
  return best;
}
