import { analyseRecords } from "../../src/analysis/index.js";
import { documentId } from "../../src/extract/pipeline.js";
import type { ActorType, EventType, ParleyRecord } from "../../src/record/schema.js";
import { sentenceSpans } from "../../src/report/sentences.js";
import { DealBook } from "../../src/deal/index.js";
import { PartyDirectory } from "../../src/deal/parties.js";
import { readPassage } from "../../src/deal/read/passage.js";
import { documentText } from "../../src/deal/text/document.js";

/**
 * Fictional articles about the Ostmark talks, written for these tests, as hand-made records: every
 * actor mention, event and figure is placed by searching its words in the text, so the offsets cannot
 * drift from the text. Ostmark (a state) and the Highland Front (an armed group) negotiate; Pellan
 * mediates.
 */

export interface ActorSpec {
  name: string;
  type: ActorType;
  affiliation?: string;
  /** other forms found in the text */
  aliases?: string[];
}

export interface EventSpec {
  type: EventType;
  trigger: string;
  /** which occurrence of the trigger, 1 = the first */
  occurrence?: number;
  mode?: string;
  modality?: ParleyRecord["events"][number]["modality"];
  date?: string;
  actors?: string[];
  recipients?: string[];
  place?: string;
}

export interface FigureSpec {
  /** the number as written */
  number: string;
  value: number;
  measure: string;
  source?: string;
}

export interface ArticleSpec {
  text: string;
  date: string | null;
  outlet: string;
  actors?: ActorSpec[];
  events?: EventSpec[];
  figures?: FigureSpec[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "gu"))].map((m) => ({ start: m.index, end: m.index + phrase.length }));
}

function nth(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  const found = occurrences(text, phrase)[occurrence - 1];
  if (!found) throw new Error(`fixture phrase not found: ${phrase}`);
  return found;
}

export function article(spec: ArticleSpec): ParleyRecord {
  const { text } = spec;
  const sentences = sentenceSpans(text);
  const actors = (spec.actors ?? []).map((a, i) => {
    const forms = [a.name, ...(a.aliases ?? [])].sort((x, y) => y.length - x.length);
    const mentions: Array<{ start: number; end: number }> = [];
    for (const form of forms) {
      for (const m of occurrences(text, form)) if (!mentions.some((x) => m.start < x.end && m.end > x.start)) mentions.push(m);
    }
    if (!mentions.length) throw new Error(`fixture actor not in the text: ${a.name}`);
    return {
      id: `a${i + 1}`, name: a.name, type: a.type, aliases: a.aliases ?? [], roles: [], affiliation: a.affiliation ?? null,
      gender: null, mentions: mentions.sort((x, y) => x.start - y.start),
    };
  });
  const actorId = (name: string) => {
    const found = actors.find((a) => a.name === name);
    if (!found) throw new Error(`fixture event names an unknown actor: ${name}`);
    return found.id;
  };
  const events = (spec.events ?? []).map((e, i) => {
    const at = nth(text, e.trigger, e.occurrence);
    const sentence = sentences.find((s) => s.start <= at.start && at.start < s.end)!;
    return {
      id: `e${i + 1}`, type: e.type, mode: e.mode ?? null, trigger: e.trigger, actors: (e.actors ?? []).map(actorId),
      recipients: (e.recipients ?? []).map(actorId), modality: e.modality ?? "asserted", polarity: null, date: e.date ?? null,
      place: e.place ?? null, terms: null, start: sentence.start, end: sentence.end,
    };
  });
  const figures = (spec.figures ?? []).map((f, i) => ({
    id: `f${i + 1}`, value: f.value, low: null, high: null, qualifier: "exact" as const, measure: f.measure, measureText: f.number,
    context: null, source: f.source ?? null, asOf: null, ...nth(text, f.number),
  }));
  return {
    document: {
      id: documentId(text), path: null, url: null, title: null, date: spec.date, outlet: spec.outlet, authors: [], dateline: null,
      format: "text", text,
    },
    actors, quotes: [], figures, events, positions: [],
  };
}

export const OSTMARK: ActorSpec = { name: "Ostmark", type: "state" };
export const FRONT: ActorSpec = { name: "Highland Front", type: "group" };

/** Ostmark's 20-day truce offer, reported by two outlets; the Front's counter-proposal; Ostmark rejects it. */
export const PROPOSAL_ARTICLES: ArticleSpec[] = [
  {
    date: "2031-03-04", outlet: "Coastal Wire",
    text: "Ostmark’s government on Monday proposed a 20-day truce with the Highland Front, offering to halt air strikes in exchange for the release of civilians held by the rebels.\n\n"
      + "The proposal also calls for Highland Front fighters to withdraw from Kell.\n\n"
      + "\"We will not leave Kell,\" a rebel commander said.",
    actors: [OSTMARK, FRONT, { name: "Kell", type: "place" }],
    events: [{ type: "PROPOSE", trigger: "proposed", date: "2031-03-03", recipients: ["Highland Front"] }],
  },
  {
    date: "2031-03-04", outlet: "Hill Times",
    text: "Ostmark on Monday offered the Highland Front a 20-day truce, officials said.",
    actors: [OSTMARK, FRONT],
    events: [{ type: "PROPOSE", trigger: "offered", date: "2031-03-03", actors: ["Ostmark"], recipients: ["Highland Front"] }],
  },
  {
    date: "2031-03-07", outlet: "Coastal Wire",
    text: "The Highland Front on Thursday answered Ostmark's offer of a 20-day truce with a counter-proposal of its own: a 60-day ceasefire in two phases.\n\n"
      + "Under the plan, the first 20-day phase would see the release of women, children and the wounded held by either side. Soldiers would be freed in the second phase.\n\n"
      + "The plan also calls for the army to pull its artillery back 10 km from the Rusk valley.",
    actors: [OSTMARK, FRONT],
    // as the extractor reports it: the offer restated before the counter-proposal is an event of its own
    events: [{ type: "PROPOSE", trigger: "offer", date: "2031-03-06" }, { type: "PROPOSE", trigger: "counter-proposal", date: "2031-03-06", actors: ["Highland Front"] }],
  },
  {
    date: "2031-03-10", outlet: "Hill Times",
    text: "Ostmark's government on Sunday rejected the Highland Front's plan for a 60-day ceasefire, saying it asked too much.",
    actors: [OSTMARK, FRONT],
    events: [{ type: "REJECT", trigger: "rejected", date: "2031-03-09", recipients: ["Highland Front"] }],
  },
];

/** The agreement signed in Pellan on 1 April 2031, in force from Friday 4 April. */
export const AGREEMENT_ARTICLE: ArticleSpec = {
  date: "2031-04-01", outlet: "Coastal Wire",
  text: "The government of Ostmark and the Highland Front signed a 60-day ceasefire agreement on Tuesday in the presence of Pellan's foreign minister Ana Weld. It takes effect at midnight on Friday.\n\n"
    + "In the first phase, lasting 20 days, the Highland Front will free 30 women and children, while the government will release 90 prisoners. Soldiers are to be exchanged in the second phase.\n\n"
    + "The army will pull its artillery back 10 km from the Rusk valley.",
  actors: [OSTMARK, FRONT, { name: "Ana Weld", type: "person", affiliation: "Pellan" }, { name: "Pellan", type: "state" }],
  events: [{ type: "AGREE", trigger: "signed", date: "2031-04-01", actors: ["Highland Front"] }],
};

/** What happened after: a release, a violation, a postponement, a deadline, an attack before the deal. */
export const AFTER_ARTICLES: ArticleSpec[] = [
  {
    date: "2031-04-08", outlet: "Hill Times",
    text: "The Highland Front freed 30 women and children on Monday, and the government released 45 prisoners, the Red Crescent said.\n\n"
      + "Monitors from Pellan said there had been no serious violation of the ceasefire.",
    actors: [FRONT, { name: "Red Crescent", type: "organization" }, { name: "Pellan", type: "state" }],
    events: [{ type: "RETREAT", mode: "release", trigger: "freed", date: "2031-04-07", actors: ["Highland Front"] }],
    figures: [{ number: "45", value: 45, measure: "prisoners_released", source: "the Red Crescent" }],
  },
  {
    date: "2031-04-15", outlet: "Coastal Wire",
    text: "Fighters of the Highland Front attacked an army post near Kell on Sunday, killing two soldiers, the army said.\n\n"
      + "The second exchange of prisoners, due on Friday, has been postponed, the government said.\n\n"
      + "A clash near Kell on March 20 had killed four people.",
    actors: [FRONT, { name: "Kell", type: "place" }],
    events: [
      { type: "ASSAULT", trigger: "attacked", date: "2031-04-13", actors: ["Highland Front"] },
      { type: "ASSAULT", trigger: "clash", date: "2031-03-20" },
    ],
    figures: [{ number: "two", value: 2, measure: "killed", source: "the army" }],
  },
  {
    date: "2031-05-12", outlet: "Hill Times",
    text: "The Highland Front said the army, which under the agreement is due to pull back from the Rusk valley by May 10, had not moved.",
    actors: [FRONT],
  },
];

export const records = (specs: readonly ArticleSpec[]) => specs.map(article);

/** The deals of a set of articles, built as `parley deals` builds them (actors resolved by the analysis). */
export function dealBookOf(specs: readonly ArticleSpec[]): DealBook {
  const list = records(specs);
  return new DealBook(list, analyseRecords(list, {}).actors);
}

/** The terms each sentence of an article states, read as a deal passage reads them (one phase context per paragraph). */
export function termsOfArticle(spec: ArticleSpec, context: readonly ArticleSpec[] = []) {
  const record = article(spec);
  const others = records(context);
  const directory = new PartyDirectory([record, ...others], analyseRecords([record, ...others], {}).actors);
  const doc = documentText(record);
  return readPassage({ record, directory }, { sentences: doc.sentences, from: 0 }).map((t) => ({ ...t, text: record.document.text.slice(t.span.start, t.span.end) }));
}
