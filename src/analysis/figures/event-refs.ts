import { casual } from "chrono-node";
import { foldText } from "../text.js";
import type { IdentityData } from "./identity-data.js";

/** An incident named in a sentence: its class, and what anchors it in the world (a place, a day). */
export interface EventRef {
  noun: string;
  kind: string;
  place: string | null;
  date: string | null;
  /** the words as written, for the explanation */
  text: string;
}

const PLACE_REACH = 90;
const PLACE_AFTER = /\b(?:in|of|near|at|outside|around|on)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/** "the town of Brenna", "the village of Korsk": what "the town", "the village" stand for in this document. */
export function placeKindsOf(text: string, data: IdentityData): Map<string, string> {
  const kinds = new Map<string, string>();
  const pattern = new RegExp(`\\b(${data.placeKinds.join("|")}) of (\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`, "gu");
  for (const m of text.matchAll(pattern)) if (!kinds.has(m[1]!)) kinds.set(m[1]!, m[2]!);
  return kinds;
}

function isDateWord(word: string): boolean {
  return casual.parse(word).length > 0;
}

/** The place a phrase names: a known alias, a capitalised name after a preposition, or "the town" of its document. */
export function placeIn(phrase: string, kinds: Map<string, string>, data: IdentityData): string | null {
  const folded = foldText(phrase);
  for (const [place, aliases] of Object.entries(data.placeAliases)) {
    if (aliases.some((a) => new RegExp(`\\b${a}\\b`).test(folded))) return place;
  }
  for (const m of phrase.matchAll(PLACE_AFTER)) {
    const name = m[1]!;
    if (isDateWord(name)) continue;
    return canonicalPlace(name, data);
  }
  for (const [kind, place] of kinds) if (new RegExp(`\\bthe ${kind}\\b`).test(folded)) return canonicalPlace(place, data);
  return null;
}

/** The first run of capitalised words; a possessive ("the Front's rampage") names who did it, not where. */
function firstCapitalisedRun(phrase: string): string | null {
  const run: string[] = [];
  for (const raw of phrase.split(/\s+/)) {
    const word = /[.,;:]$/.test(raw) ? raw.slice(0, -1) : raw;
    if (/^\p{Lu}[\p{L}-]*$/u.test(word)) run.push(word);
    else if (run.length) break;
  }
  return run.length ? run.join(" ") : null;
}

/** A context's place: as placeIn, or its capitalised word ("the Brenna bombing"). */
export function namedPlace(phrase: string, kinds: Map<string, string>, data: IdentityData): string | null {
  const named = firstCapitalisedRun(phrase);
  return placeIn(phrase, kinds, data) ?? (named && !isDateWord(named) ? canonicalPlace(named, data) : null);
}

function canonicalPlace(name: string, data: IdentityData): string {
  const folded = foldText(name);
  for (const [place, aliases] of Object.entries(data.placeAliases)) {
    if (foldText(place) === folded || aliases.includes(folded)) return place;
  }
  return name;
}

/**
 * The day a sentence names for the incident at `at` ("Wednesday's bombing", "the April 2 attack", "a
 * bomb exploded ... on Wednesday"): the named day nearest the incident's noun, counted back from the
 * document date ("Talks resumed on Monday, three months after the March 3 raid": March 3).
 */
export function dayIn(sentence: string, documentDate: string | null, at = 0): string | null {
  if (!documentDate) return null;
  const reference = new Date(`${documentDate}T12:00:00Z`);
  const days = casual.parse(sentence, reference, { forwardDate: false })
    .filter((r) => r.start.isCertain("day") || r.start.isCertain("weekday"))
    .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  const c = days[0]?.start;
  if (!c) return null;
  const day = new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!, 12));
  if (day > reference && !c.isCertain("year")) {
    if (c.isCertain("day")) day.setUTCFullYear(day.getUTCFullYear() - 1);
    else day.setTime(day.getTime() - 7 * 86_400_000);
  }
  return day.toISOString().slice(0, 10);
}

/** The first incident a phrase names, with the place and day its sentence gives it. */
export function eventIn(
  phrase: string, sentence: string, documentDate: string | null, kinds: Map<string, string>, data: IdentityData,
): EventRef | null {
  for (const m of phrase.matchAll(/[\p{L}]+/gu)) {
    const noun = m[0].toLowerCase();
    const kind = data.eventNouns[noun];
    if (!kind) continue;
    const words = phrase.slice(0, m.index).trim().split(/\s+/).slice(-4).join(" ");
    const text = `${words} ${m[0]}`.trim();
    // the place the incident happened is named shortly after its noun ("a bombing in the town of Brenna");
    // a place elsewhere in the sentence is often another thing's ("talks in Kestria since the April 2 attack")
    const at = sentence.search(new RegExp(`\\b${m[0]}\\b`));
    const place = (phrase !== sentence ? namedPlace(phrase, kinds, data) : null)
      ?? (at >= 0 ? placeIn(sentence.slice(at, at + PLACE_REACH), kinds, data) : null);
    return { noun, kind, place, date: dayIn(sentence, documentDate, Math.max(at, 0)), text };
  }
  return null;
}
