import { documentId } from "../../src/extract/pipeline.js";
import type { ParleyRecord, Span } from "../../src/record/schema.js";

/** A fictional negotiation, written for these tests. */
export const TALKS_TEXT = [
  "VALMORA — Envoys from Arden and the Northern Coalition met in Valmora on Tuesday for a third round of talks.",
  "\"We are closer than we have ever been,\" said Arden's foreign minister Lise Okafor.",
  "Coalition spokesman Tomas Reyk said the group would release 40 detainees if shelling stopped, calling the offer \"final\".",
  "At least 120 people have been killed since March, according to the Valmora Red Crescent.",
].join("\n");

/** The span of the n-th occurrence of `phrase` in `text`; throws if absent so fixtures cannot drift. */
export function spanOf(text: string, phrase: string, occurrence = 1): Span {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  }
  return { start, end: start + phrase.length };
}

export function talksRecord(text = TALKS_TEXT): ParleyRecord {
  const at = (phrase: string, occurrence = 1) => spanOf(text, phrase, occurrence);
  return {
    document: {
      id: documentId(text), path: "fixtures/valmora.txt", url: "https://example.org/valmora", title: "Valmora talks",
      date: "2031-05-06", outlet: "The Example Post", authors: ["Jane Roe", "Ari Ko"], dateline: "VALMORA",
      format: "text", text,
    },
    actors: [
      {
        id: "a1", name: "Lise Okafor", type: "person", aliases: ["Okafor"], roles: ["foreign minister"],
        affiliation: "Arden", gender: "female", mentions: [at("Lise Okafor")],
      },
      {
        id: "a2", name: "Tomas Reyk", type: "person", aliases: [], roles: ["Coalition spokesman"],
        affiliation: "Northern Coalition", gender: "male", mentions: [at("Tomas Reyk")],
      },
      {
        id: "a3", name: "Northern Coalition", type: "group", aliases: ["the group", "Coalition"], roles: [],
        affiliation: null, gender: null, mentions: [at("Northern Coalition"), at("the group"), at("Coalition", 2)],
      },
      { id: "a4", name: "Arden", type: "state", aliases: [], roles: [], affiliation: null, gender: null, mentions: [at("Arden"), at("Arden", 2)] },
      { id: "a5", name: "Valmora", type: "place", aliases: [], roles: [], affiliation: null, gender: null, mentions: [at("Valmora", 2)] },
    ],
    quotes: [
      {
        id: "q1", text: "We are closer than we have ever been,", speaker: "a1",
        ...at("\"We are closer than we have ever been,\""), attribution: at("said Arden's foreign minister Lise Okafor"),
        fragment: false,
      },
      { id: "q2", text: "final", speaker: "a2", ...at("\"final\""), attribution: null, fragment: true },
    ],
    figures: [
      {
        id: "f1", value: 40, low: null, high: null, qualifier: "exact", measure: "detainees_released",
        measureText: "40 detainees", context: "offer", source: "Tomas Reyk", asOf: null, ...at("40 detainees"),
      },
      {
        id: "f2", value: 120, low: null, high: null, qualifier: "at_least", measure: "killed",
        measureText: "At least 120 people have been killed", context: null, source: "the Valmora Red Crescent",
        asOf: "2031-05-06", ...at("At least 120 people have been killed"),
      },
      {
        id: "f3", value: null, low: 2.5, high: 7.25, qualifier: "range", measure: "aid_tonnes",
        measureText: "third round", context: null, source: null, asOf: null, ...at("third round"),
      },
    ],
    events: [
      {
        id: "e1", type: "CONSULT", mode: "meet", trigger: "met", actors: ["a4", "a3"], recipients: [],
        modality: "asserted", polarity: "positive", date: "2031-05-06", place: "Valmora",
        terms: null, ...at("met in Valmora on Tuesday"),
      },
      {
        id: "e2", type: "PROPOSE", mode: null, trigger: "would release", actors: ["a3"], recipients: ["a4"],
        modality: "hypothetical", polarity: null, date: null, place: null,
        terms: { release: { count: 40, who: "detainees" }, condition: "shelling stopped", final: true },
        ...at("would release 40 detainees if shelling stopped"),
      },
    ],
    positions: [
      {
        id: "p1", actor: "a3", stance: "demand", issue: "ceasefire", text: "if shelling stopped", places: ["Valmora"],
        ...at("if shelling stopped"),
      },
      { id: "p2", actor: null, stance: "support", issue: "talks", text: "third round of talks", places: [], ...at("third round of talks") },
    ],
  };
}

/** The same negotiation with different text, hence a different document id. */
export function otherRecord(): ParleyRecord {
  return talksRecord(TALKS_TEXT + "\nTalks resume on Friday.");
}
