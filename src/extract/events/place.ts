import type { Clause } from "./clauses.js";
import { startsClause } from "./mentions.js";
import type { SentenceView, TokenRange } from "./sentence.js";

const NOT_A_PLACE_ACTOR = new Set(["person", "organization", "group"]);
const POSSESSIVE = /^'s?$|^\u2019s?$/;

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);

/**
 * The place name starting at token `at` ("northeastern Jordan", "the Red Sea" → "Red Sea",
 * "Sharm el-Sheikh"), or null. A name that modifies a noun ("the Israel-Hamas war") or is
 * followed by a possessive is not a place; neither is a name that belongs to a person or organisation.
 */
function placeNameAt(view: SentenceView, at: number): { first: number; end: number } | null {
  const pl = view.lex.places;
  let i = at;
  while (pl.skip.has(view.lower(i))) i++;
  const first = i;
  while (pl.modifiers.has(view.lower(i))) i++;
  const core = i;
  while (view.token(i)) {
    const text = view.token(i)!.text;
    if (isCapitalised(text) && !pl.notPlaces.has(text.toLowerCase())) i++;
    else if (i > core && pl.connectors.has(text.toLowerCase()) && isCapitalised(view.token(i + 1)?.text ?? "")) i++;
    else break;
  }
  if (i === core) return null;
  if (pl.placeNouns.has(view.lower(i))) i++;
  const next = view.token(i);
  if (next && ((next.pos === "NOUN" && /^[a-z]/.test(next.text)) || POSSESSIVE.test(next.text))) return null;
  const start = view.doc.tokens[core]!.start;
  const end = view.doc.tokens[i - 1]!.end;
  const owner = view.mentions.find((m) => m.start < end && start < m.end);
  if (owner && NOT_A_PLACE_ACTOR.has(owner.actor.type)) return null;
  return { first, end: i };
}

function nameText(view: SentenceView, name: { first: number; end: number }): string {
  let first = name.first;
  while (view.lex.places.skip.has(view.lower(first))) first++;
  return view.doc.text.slice(view.doc.tokens[first]!.start, view.doc.tokens[name.end - 1]!.end);
}

/**
 * "a pause in the war in Gaza", "the work of the teams in Jeddah": a place phrase right after a common
 * noun inside an adjunct or an "of" phrase belongs to that noun, not to the event. After the object or
 * the target it stays the event's ("struck a bus in Sumy", "an attack on troops in Jordan").
 */
function modifiesNoun(view: SentenceView, prep: number, trigger: TokenRange): boolean {
  const before = view.token(prep - 1);
  if (prep - 1 < trigger.end || before?.pos !== "NOUN" || !/^[a-z]/.test(before.text)) return false;
  const stops = view.lex.participants.objectStops;
  for (let i = trigger.end; i < prep - 1; i++) if (stops.has(view.lower(i)) || view.lower(i) === "of") return true;
  return false;
}

/**
 * Where an event happened: "in/at X" after the trigger and before a new clause (nearest first), then
 * up to 'window' tokens before it, within the clause; for a visit, the place visited anywhere in the
 * sentence ("when he visited Washington").
 */
export function placeOf(view: SentenceView, trigger: TokenRange, clause: Clause, visit: boolean): string | null {
  const pl = view.lex.places;
  const after: number[] = [];
  const before: number[] = [];
  // a new clause after a comma has places of its own ("... withdrawn from the talks, they remain in X")
  let last = clause.end;
  for (let i = trigger.end; i < clause.end; i++) {
    if (view.lower(i) === "," && (view.token(i + 1)?.pos === "PRON" || startsClause(view, i + 1))) {
      last = i;
      break;
    }
  }
  for (let i = clause.first; i < last; i++) {
    if (!pl.prepositions.has(view.lower(i))) continue;
    if (i >= trigger.end && !modifiesNoun(view, i, trigger)) after.push(i);
    else if (i < trigger.first && trigger.first - i <= pl.window) before.unshift(i);
  }
  for (const prep of [...after, ...before]) {
    const name = placeNameAt(view, prep + 1);
    if (name) return nameText(view, name);
  }
  if (!visit) return null;
  for (const hit of pl.visitVerbs.scan(view.words)) {
    const name = placeNameAt(view, view.words[hit.to - 1]!.token + 1);
    if (name) return nameText(view, name);
  }
  return null;
}
