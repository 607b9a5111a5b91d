import { expect } from "vitest";
import type { Doc } from "../../src/doc/doc.js";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractPositions } from "../../src/extract/positions/index.js";
import type { ActorRecord, ActorType, PositionRecord } from "../../src/record/schema.js";
import { source } from "../helpers.js";

// Builds a document with the actors and quotations a test names, so positions tests do not depend on
// the actors and quotes stages.

export interface ActorSpec {
  name: string;
  type: ActorType;
  /** surface forms to mark as mentions; the name by default */
  forms?: string[];
  affiliation?: string;
  gender?: "male" | "female";
  roles?: string[];
}

/** A quotation of the fixture: the quoted words as they stand in the text, and the speaker's name. */
export interface QuoteSpec {
  words: string;
  speaker: string;
}

const tokensOnly = stages.filter((s) => s.name === "tokens" || s.name === "clauses");

function mentionsOf(text: string, forms: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const form of forms) {
    const pattern = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index!, end: m.index! + form.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function docWith(text: string, actors: ActorSpec[], quotes: QuoteSpec[] = []): Doc {
  const doc = analyse(source(text), tokensOnly);
  doc.actors = actors.map(
    (a, i): ActorRecord => ({
      id: `a${i + 1}`, name: a.name, type: a.type, aliases: [], roles: a.roles ?? [], affiliation: a.affiliation ?? null,
      gender: a.gender ?? null, mentions: mentionsOf(text, a.forms ?? [a.name]),
    }),
  );
  doc.quotes = quotes.map((q, i) => {
    const start = text.indexOf(q.words);
    expect(start, `quoted words "${q.words}"`).toBeGreaterThanOrEqual(0);
    const speaker = doc.actors.find((a) => a.name === q.speaker)!.id;
    return { id: `q${i + 1}`, text: q.words, speaker, start, end: start + q.words.length, attribution: null, fragment: false };
  });
  return doc;
}

export function positionsOf(
  text: string, actors: ActorSpec[], quotes: QuoteSpec[] = [],
): (PositionRecord & { actorName: string | null })[] {
  const doc = docWith(text, actors, quotes);
  extractPositions(doc);
  for (const p of doc.positions) expect(text.slice(p.start, p.end)).toBe(p.text);
  return doc.positions.map((p) => ({ ...p, actorName: doc.actor(p.actor)?.name ?? null }));
}

