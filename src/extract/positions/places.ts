import type { SentenceContext } from "./context.js";
import type { Wanted } from "./complement.js";
import { stanceWords } from "./words.js";

const MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

export function isPlaceHead(ctx: SentenceContext, i: number): boolean {
  const pos = ctx.pos(i);
  if (pos !== "NOUN" && pos !== "PROPN") return false;
  const heads = stanceWords().placeHeads;
  const word = ctx.word(i);
  return heads.has(word) || (word.endsWith("s") && heads.has(word.slice(0, -1)));
}

/**
 * A word that is part of a place's name: not a gerund ('ceding territory') nor a count in words
 * ('two border towns'); a number in digits stays ('the 1967 lines').
 */
function isModifier(ctx: SentenceContext, i: number): boolean {
  const word = ctx.word(i);
  if (ctx.pos(i) === "NUM") return /\d/.test(word);
  return (MODIFIERS.has(ctx.pos(i)) && !word.endsWith("ing")) || ctx.isWordHyphen(i);
}

/**
 * The places a wanted thing names, in order: mentions of 'place' actors, and noun phrases of two or
 * more words headed by a place noun ('the coastal highway' gives 'coastal highway'), without determiners.
 */
export function placesIn(ctx: SentenceContext, wanted: Wanted): string[] {
  const found: { first: number; last: number }[] = [];
  for (let i = wanted.first; i <= wanted.last; i++) {
    // the head is the last noun of its phrase: 'port city', not 'port'
    if (!isPlaceHead(ctx, i) || (i < wanted.last && (ctx.pos(i + 1) === "NOUN" || ctx.pos(i + 1) === "PROPN"))) continue;
    let first = i;
    while (first > wanted.first && isModifier(ctx, first - 1)) first--;
    // a bare 'the city' or 'territory' names no particular place
    if (first < i) found.push({ first, last: i });
  }
  for (const m of ctx.mentions) {
    const inside = m.first >= wanted.first && m.last <= wanted.last;
    if (inside && m.actor.type === "place" && !found.some((f) => f.first <= m.first && m.last <= f.last)) found.push(m);
  }
  // adjacent pieces are one name ('Eastern' + 'Mediterranean')
  const merged: { first: number; last: number }[] = [];
  for (const f of found.sort((a, b) => a.first - b.first)) {
    const previous = merged[merged.length - 1];
    if (previous && f.first <= previous.last + 1) previous.last = Math.max(previous.last, f.last);
    else merged.push({ ...f });
  }
  const texts: string[] = [];
  for (const m of merged) {
    const text = ctx.text(m.first, m.last);
    if (!texts.includes(text)) texts.push(text);
  }
  return texts;
}
