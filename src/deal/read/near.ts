import type { PartyMention } from "../parties.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { Clause } from "./clauses.js";
import type { Side } from "./drafts.js";

/** Who does what a clause says, and where: shared by the release, withdrawal and aid readers. */

/** The party named last before word `at` in the clause, a few words before it at most ("the NLF will free ..."). */
export function partyBefore(mentions: readonly PartyMention[], clause: Clause, at: number): Side {
  const before = mentions.filter((m) => m.from >= clause.from && m.to <= at && at - m.to <= vocabulary().partyReach);
  return before[before.length - 1]?.party ?? null;
}

/** The party after "by" or "of" right after word `at`: "held by the rebels", "withdrawal of Israeli forces". */
export function partyAfter(words: readonly Word[], mentions: readonly PartyMention[], clause: Clause, at: number, links: readonly string[]): Side {
  const REACH = 3;
  for (let i = at; i < Math.min(clause.to, at + REACH); i++) {
    if (!links.includes(words[i]!.text)) continue;
    const m = mentions.find((x) => x.from > i && x.from <= i + 2 && x.to <= clause.to);
    if (m) return m.party;
  }
  return null;
}

/** Words of a place after a preposition ("from the Vask corridor", "into the rebel-held port of Sarn"), as written. */
export function placeAfter(text: string, words: readonly Word[], clause: Clause, at: number): { name: string; to: number } | undefined {
  const v = vocabulary();
  const MAX_WORDS = 7;
  let i = at;
  while (i < clause.to && /^(?:the|a|an)$/.test(words[i]!.text)) i++;
  const from = i;
  while (i < clause.to && i - from < MAX_WORDS && !v.areaStops.has(words[i]!.text) && !/^\d/.test(words[i]!.text)) i++;
  if (i === from) return undefined;
  return { name: text.slice(words[from]!.start, words[i - 1]!.end), to: i };
}

/** The first place after one of the given prepositions, from word `at` to the clause end. */
export function placeIntroducedBy(text: string, words: readonly Word[], clause: Clause, at: number, prepositions: ReadonlySet<string>) {
  for (let i = at; i < clause.to; i++) {
    if (!prepositions.has(words[i]!.text)) continue;
    const place = placeAfter(text, words, clause, i + 1);
    if (place) return { ...place, preposition: words[i]!.text, from: i };
  }
  return undefined;
}
