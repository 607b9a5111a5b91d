import type { Analysis, AnalysisActor, PositionCell, StanceReport, TimelineEvent } from "../../src/analysis/types.js";
import type { ActorInput } from "../../src/bargaining/models/index.js";
import type { Scenario } from "../../src/bargaining/scenario.js";
import type { ParleyRecord } from "../../src/record/schema.js";

/** Fictional inputs for the bargaining tests (the Valdoria talks of the demo corpus, invented). */

export const actor = (id: string, position: number, salience: number, capability: number): ActorInput => ({ id, position, salience, capability });

export function analysisActor(id: string, name: string, affiliation: string | null = null): AnalysisActor {
  return {
    id, name, type: "organization", aliases: [], affiliation, roles: [], members: [], mentions: [], documentCount: 1,
    firstSeen: null, lastSeen: null, edited: false,
  };
}

export function stance(documentId: string, start: number, text: string, stanceName: StanceReport["stance"], date: string | null): StanceReport {
  return { documentId, start, end: start + text.length, stance: stanceName, date, outlet: "Coastal Herald", positionId: `p${start}`, text, places: [], copies: [] };
}

export function cell(party: string, issue: string, evidence: StanceReport[]): PositionCell {
  return { party, issue, stance: evidence[evidence.length - 1]!.stance, firstSeen: null, lastSeen: null, evidence, changes: [] };
}

export function proposal(documentId: string, eventId: string, start: number, end: number, actors: string[], date: string): TimelineEvent {
  return {
    id: `ev-${eventId}`, documentId, start, end, type: "PROPOSE", trigger: "proposed", date, documentDate: date, place: null, actors,
    recipients: [], modality: "asserted", polarity: null, sources: [{ documentId, start, end, outlet: null, date, eventId }],
  };
}

export function analysisOf(parts: { actors: AnalysisActor[]; cells: PositionCell[]; timeline?: TimelineEvent[] }): Analysis {
  return {
    since: null, until: null, documents: [], actors: parts.actors, series: [], conflicts: [], timeline: parts.timeline ?? [],
    positions: { parties: parts.actors.map((a) => a.id), issues: [...new Set(parts.cells.map((c) => c.issue))], cells: parts.cells },
    momentum: { smoothing: 0.3, points: [] }, duplicates: { threshold: 0.8, shingleSize: 5, groups: [] },
  };
}

/** A one-document record whose only event carries proposal terms. */
export function recordWithTerms(documentId: string, text: string, eventId: string, terms: Record<string, unknown>): ParleyRecord {
  return {
    document: { id: documentId, path: null, url: null, title: null, date: "2025-03-04", outlet: null, authors: [], dateline: null, format: "text", text },
    actors: [], quotes: [], figures: [], positions: [],
    events: [{
      id: eventId, type: "PROPOSE", mode: null, trigger: "proposed", actors: [], recipients: [], modality: "asserted", polarity: null,
      date: "2025-03-04", place: null, terms, start: 0, end: text.length,
    }],
  };
}

/** Two parties and a mediator on one issue, every value set by an analyst. */
export function valdoriaScenario(): Scenario {
  const analyst = (value: number) => ({ value, source: "analyst" as const });
  return {
    title: "Valdoria talks",
    issues: [{
      id: "ceasefire_permanence",
      label: "Permanence of the ceasefire",
      anchors: [
        { id: "temporary", at: 0, label: "temporary only", cues: ["temporary"] },
        { id: "permanent", at: 100, label: "a permanent end to the war", cues: ["permanent"] },
      ],
      positiveDefault: "permanent",
      statusQuo: analyst(0),
    }],
    actors: [
      { id: "government", name: "Government of Valdoria", side: "Valdoria", capability: analyst(100) },
      { id: "front", name: "Northern Liberation Front", side: "Northern Liberation Front", capability: analyst(50) },
      { id: "kestria", name: "Kestria", side: null },
    ],
    assessments: [
      { actor: "government", issue: "ceasefire_permanence", position: analyst(20), salience: analyst(50) },
      { actor: "front", issue: "ceasefire_permanence", position: analyst(100), salience: analyst(100) },
      { actor: "kestria", issue: "ceasefire_permanence", position: analyst(60), salience: analyst(40), capability: analyst(25) },
    ],
  };
}
