import { expect } from "vitest";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { extractEvents } from "../../src/extract/events/index.js";
import type { Doc } from "../../src/doc/doc.js";
import type { ActorType, EventRecord } from "../../src/record/schema.js";
import { source } from "../helpers.js";

// A fictional negotiation: Valdoria and the Amber Front, mediated by Orland. 2024-01-29 is a Monday.
// the events stage reads the clause layer (subjects, verb chains, conditions) built from the tokens
const tokensOnly = stages.filter((s) => s.name === "tokens" || s.name === "clauses");

interface ActorSpec {
  type?: ActorType;
  affiliation?: string;
}

const CAST: Record<string, ActorSpec> = {
  "Tomas Greer": { type: "person", affiliation: "Orland" },
  Greer: { type: "person", affiliation: "Orland" },
  "Mara Lenz": { type: "person", affiliation: "Valdoria" },
  Lenz: { type: "person", affiliation: "Valdoria" },
  "Idris Kahn": { type: "person", affiliation: "Amber Front" },
  Kahn: { type: "person", affiliation: "Amber Front" },
  "Selim Oduya": { type: "person", affiliation: "Kestrel" },
  Oduya: { type: "person", affiliation: "Kestrel" },
  Valdoria: { type: "state" },
  Valdorian: { type: "state" },
  Kestrel: { type: "state" },
  Orland: { type: "state" },
  "Kestrel citizens": { type: "unnamed", affiliation: "Kestrel" },
  "Amber Front": { type: "group" },
  "head of Valdoria's intelligence service": { type: "unnamed", affiliation: "Valdoria" },
  "Kestrel's prime minister": { type: "unnamed", affiliation: "Kestrel" },
  "head of the Amber Front's political office": { type: "unnamed", affiliation: "Amber Front" },
  Reuters: { type: "organization" },
  "Harbour Workers Union": { type: "organization" },
  "Tarnov Mining": { type: "organization" },
  "Brel Copper": { type: "organization" },
  "Supreme Court of Valdoria": { type: "organization" },
  Geneva: { type: "place" },
  Riyadh: { type: "place" },
};

/** Tokenises `text` and adds an actor for each cast name found in it (longest names first), then extracts events. */
export function eventsOf(text: string, date = "2024-01-29", setup: (doc: Doc) => void = () => {}): { doc: Doc; events: EventRecord[] } {
  const doc = analyse(source(text, { date }), tokensOnly);
  const taken: { start: number; end: number }[] = [];
  const names = Object.keys(CAST).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const mentions = [...text.matchAll(new RegExp(`\\b${name.replace(/[.'’]/g, "\\$&")}\\b`, "g"))]
      .map((m) => ({ start: m.index, end: m.index + name.length }))
      .filter((m) => !taken.some((t) => m.start >= t.start && m.end <= t.end));
    if (mentions.length === 0) continue;
    taken.push(...mentions);
    const spec = CAST[name]!;
    doc.actors.push({ id: name, name, type: spec.type ?? "person", aliases: [], roles: [], affiliation: spec.affiliation ?? null, mentions });
  }
  setup(doc);
  extractEvents(doc);
  return { doc, events: doc.events };
}

export const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type);
export const one = (events: EventRecord[], type: string) => {
  const found = ofType(events, type);
  expect(found, `${type} in ${JSON.stringify(events.map((e) => [e.type, e.trigger]))}`).toHaveLength(1);
  return found[0]!;
};

/** Adds a quote by `speaker` over the first occurrence of `quoted` in the document (for use as an `eventsOf` setup). */
export function quoteBy(speaker: string, quoted: string): (doc: Doc) => void {
  return (doc) => {
    const start = doc.text.indexOf(quoted);
    expect(start, `"${quoted}" in the text`).toBeGreaterThanOrEqual(0);
    doc.quotes.push({ id: `q${doc.quotes.length + 1}`, text: quoted, speaker, start, end: start + quoted.length, attribution: null, fragment: false });
  };
}

