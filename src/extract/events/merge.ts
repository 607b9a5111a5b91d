import type { Doc } from "../../doc/doc.js";
import type { Draft } from "./draft.js";

const overlap = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
/** An offer and a counter-offer in one sentence are two proposals. */
const differentTerms = (a: Draft, b: Draft) => a.terms !== null && b.terms !== null && JSON.stringify(a.terms) !== JSON.stringify(b.terms);
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * One event per type and actors in a sentence: "met ... in talks" is one meeting (a trigger without
 * actors joins another of its type). In one clause the first trigger, usually the verb, knows the
 * participants best; across clauses the actors are pooled.
 */
export function mergeSameEvents(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.type === d.type && overlap(o.actors, d.actors) && !differentTerms(o, d));
    if (!same) {
      out.push(d);
      continue;
    }
    if (same.clause !== d.clause) {
      same.actors = union(same.actors, d.actors);
      same.recipients = union(same.recipients, d.recipients).filter((r) => !same.actors.includes(r));
    } else {
      if (same.actors.length === 0) same.actors = d.actors;
      if (same.recipients.length === 0) same.recipients = d.recipients.filter((r) => !same.actors.includes(r));
    }
    same.date ??= d.date;
    same.place ??= d.place;
    same.terms ??= d.terms;
  }
  return out;
}

/** How many sentences apart two judgements by one speaker still make one statement. */
const STATEMENT_SENTENCES = 2;

/**
 * "There are significant gaps." "But nobody has walked out.": one speaker judging the talks one way,
 * then the other way in a sentence that opens with a contrast, at most a couple of sentences later,
 * makes one mixed assessment spanning both.
 */
export function joinContrastedAssessments(doc: Doc, drafts: Draft[], contrasts: (sentence: number) => boolean): Draft[] {
  const out: Draft[] = [];
  let previous: Draft | undefined;
  for (const d of drafts) {
    if (d.type !== "ASSESS") {
      out.push(d);
      continue;
    }
    const sentence = doc.sentenceAt(d.start);
    const joinable = previous && previous.polarity !== d.polarity && sameActors(previous, d) && contrasts(sentence)
      && sentence - doc.sentenceAt(previous.end - 1) <= STATEMENT_SENTENCES;
    if (joinable && previous) {
      previous.polarity = "mixed";
      previous.end = d.end;
      continue;
    }
    out.push(d);
    previous = d;
  }
  return out;
}

const sameActors = (a: Draft, b: Draft) => a.actors.length > 0 && a.actors.length === b.actors.length && a.actors.every((x) => b.actors.includes(x));
