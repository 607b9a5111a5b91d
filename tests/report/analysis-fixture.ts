import type {
  Analysis, AnalysisActor, DocumentEntry, Evidence, FigureReport, StanceReport, TimelineEvent,
} from "../../src/analysis/types.js";
import { AnalysisSchema } from "../../src/analysis/types.js";
import { ReportContext } from "../../src/report/index.js";

/**
 * A small fictional negotiation (Orvane, the Ridge Alliance, mediator Tessaly) as an Analysis built by
 * hand, with the stored texts its evidence points into. Offsets are found in the texts, never typed.
 */
export const TEXTS = {
  d1: "Envoys of Orvane and the Ridge Alliance met on Monday in Pellmar for talks mediated by Tessaly.\n\n" +
    "Foreign Minister Ilse Varga said Orvane demands the release of all hostages. The Ridge Alliance holds at least 40 hostages, according to the Orvane interior ministry.",
  d2: "The Ridge Alliance said it holds 25 hostages. The Orvane interior ministry said about 40 hostages remain in captivity.\n\n" +
    "Tomas Brenk, the alliance's spokesman, said the group demands a full withdrawal. Marit Ons said the talks were difficult but serious.",
  d3: "Orvane and the Ridge Alliance agreed on Saturday to a ten-day truce. The alliance released 12 hostages on Sunday, the Orvane interior ministry said.\n\n" +
    "Brenk said the alliance now accepts the truce. Ons said real progress had been made.",
  hostile: "A man shouted </script><script>alert(1)</script> at the gate. Officials counted 7 injured <img src=x onerror=alert(2)> people.",
};

type DocKey = keyof typeof TEXTS;

export const DOC_IDS: Record<DocKey, string> = {
  d1: "doc_1111111111111111", d2: "doc_2222222222222222", d3: "doc_3333333333333333", hostile: "doc_4444444444444444",
};

export const INJECTION_TITLE = "</script><script>alert(1)</script>";

const DOCUMENTS: Record<DocKey, Omit<DocumentEntry, "id">> = {
  d1: { title: "Talks open in Pellmar", date: "2025-05-05", outlet: "Pellmar Wire", path: "01.txt", url: "https://example.org/talks-open" },
  d2: { title: "Pellmar talks stall over hostage numbers", date: "2025-05-08", outlet: "Ridge Ledger", path: "02.txt", url: "javascript:alert(3)" },
  d3: { title: "Ten-day truce agreed", date: "2025-05-12", outlet: "Coastal Post", path: "03.txt", url: null },
  hostile: { title: INJECTION_TITLE, date: "2025-05-13", outlet: "<b>Bold</b> Outlet", path: "04.txt", url: null },
};

/** Evidence for the `nth` occurrence of `phrase` in a document; throws when the phrase is not there. */
export function at(doc: DocKey, phrase: string): Evidence {
  const start = TEXTS[doc].indexOf(phrase);
  if (start < 0) throw new Error(`fixture: '${phrase}' not in ${doc}`);
  return { documentId: DOC_IDS[doc], start, end: start + phrase.length };
}

const meta = (doc: DocKey) => ({ outlet: DOCUMENTS[doc].outlet, date: DOCUMENTS[doc].date });

function figure(doc: DocKey, phrase: string, value: Partial<FigureReport> & Pick<FigureReport, "value" | "qualifier" | "source">): FigureReport {
  return {
    ...at(doc, phrase), figureId: `f-${doc}-${phrase}`, low: null, high: null, asOf: DOCUMENTS[doc].date, copies: [],
    ...meta(doc), ...value,
  };
}

function actor(id: string, name: string, type: AnalysisActor["type"], extra: Partial<AnalysisActor>): AnalysisActor {
  return {
    id, name, type, aliases: [], affiliation: null, roles: [], members: [], mentions: [], documentCount: 1,
    firstSeen: null, lastSeen: null, edited: false, ...extra,
  };
}

function event(doc: DocKey, sentence: string, extra: Partial<TimelineEvent> & Pick<TimelineEvent, "type" | "trigger">): TimelineEvent {
  return {
    ...at(doc, sentence), id: `e-${doc}-${extra.trigger}`, date: null, documentDate: DOCUMENTS[doc].date, place: null,
    actors: [], recipients: [], modality: "asserted", polarity: null, sources: [], ...extra,
  };
}

function stance(doc: DocKey, phrase: string, value: StanceReport["stance"], places: string[] = []): StanceReport {
  return { ...at(doc, phrase), stance: value, positionId: `p-${doc}`, text: phrase, places, copies: [], ...meta(doc) };
}

export function fixtureAnalysis(): Analysis {
  const demandWithdrawal = stance("d2", "demands a full withdrawal", "demand", ["Ashen valley"]);
  const rejectTruce = stance("d2", "demands a full withdrawal", "reject");
  const acceptTruce = stance("d3", "accepts the truce", "accept");
  const analysis: Analysis = {
    since: null,
    until: null,
    documents: (Object.keys(DOCUMENTS) as DocKey[]).map((doc) => ({ id: DOC_IDS[doc], ...DOCUMENTS[doc] })),
    actors: [
      actor("ilse-varga", "Ilse Varga", "person", {
        affiliation: "Orvane", aliases: ["Varga"], documentCount: 1, firstSeen: "2025-05-05", lastSeen: "2025-05-05",
        roles: [{ role: "Foreign Minister", firstSeen: "2025-05-05", lastSeen: "2025-05-05", evidence: [at("d1", "Foreign Minister Ilse Varga")] }],
        mentions: [at("d1", "Ilse Varga")],
      }),
      actor("ridge-alliance", "Ridge Alliance", "organization", {
        aliases: ["the alliance"], documentCount: 3, firstSeen: "2025-05-05", lastSeen: "2025-05-12",
        mentions: [at("d3", "Ridge Alliance"), at("d1", "Ridge Alliance"), at("d2", "Ridge Alliance")],
      }),
      actor("tomas-brenk", "Tomas Brenk", "person", {
        affiliation: "Ridge Alliance", aliases: ["Brenk"], documentCount: 2, firstSeen: "2025-05-08", lastSeen: "2025-05-12",
        roles: [{ role: "spokesman", firstSeen: "2025-05-08", lastSeen: "2025-05-08", evidence: [at("d2", "Tomas Brenk, the alliance's spokesman")] }],
        mentions: [at("d2", "Tomas Brenk"), at("d3", "Brenk")],
      }),
      actor("pellmar", "Pellmar", "place", { mentions: [at("d1", "Pellmar")] }),
      actor("hostile", "<img src=x onerror=alert(4)>", "unnamed", { mentions: [at("hostile", "A man")], firstSeen: "2025-05-13", lastSeen: "2025-05-13" }),
    ],
    series: [{
      id: "s-hostages", measure: "hostages_held", context: null, contextForms: [],
      quantity: "people_held", measures: ["hostages_held"], scope: "standing", population: null, event: null, part: false, grouping: [],
      points: [
        figure("d1", "at least 40", { value: 40, qualifier: "at_least", source: "the Orvane interior ministry" }),
        figure("d2", "25", { value: 25, qualifier: "exact", source: "The Ridge Alliance" }),
        figure("d2", "about 40", {
          value: 40, qualifier: "approx", source: "The Orvane interior ministry",
          copies: [{ ...at("d3", "Orvane interior ministry"), outlet: "Coastal Post", date: "2025-05-12" }],
        }),
      ],
    }, {
      id: "s-injured", measure: "injured", context: "the gate",
      contextForms: ["the gate"],
      quantity: "injured", measures: ["injured"], scope: "incident", population: null, event: null, part: false, grouping: [],
      points: [figure("hostile", "7", { value: 7, qualifier: "exact", source: null })],
    }],
    conflicts: [{
      id: "c-hostages", measure: "hostages_held", context: null, from: "2025-05-08", to: "2025-05-08",
      values: [
        figure("d2", "25", { value: 25, qualifier: "exact", source: "The Ridge Alliance" }),
        figure("d2", "about 40", { value: 40, qualifier: "approx", source: "The Orvane interior ministry" }),
      ],
    }],
    timeline: [
      event("d3", "The alliance released 12 hostages on Sunday, the Orvane interior ministry said.", {
        type: "RETREAT", trigger: "released", date: "2025-05-11", actors: ["ridge-alliance"],
      }),
      event("d1", "Envoys of Orvane and the Ridge Alliance met on Monday in Pellmar for talks mediated by Tessaly.", {
        type: "CONSULT", trigger: "met", date: "2025-05-05", place: "Pellmar", actors: ["ridge-alliance"],
        sources: [{ ...at("d2", "The Ridge Alliance said"), outlet: "Ridge Ledger", date: "2025-05-08", eventId: "e2" }],
      }),
      event("d3", "Orvane and the Ridge Alliance agreed on Saturday to a ten-day truce.", {
        type: "AGREE", trigger: "agreed", date: null, modality: "asserted", actors: ["ridge-alliance"],
      }),
    ],
    positions: {
      parties: ["ridge-alliance", "ilse-varga"],
      unplaced: [],
      issues: ["withdrawal", "ceasefire_duration", "hostages_release"],
      cells: [
        {
          party: "ilse-varga", issue: "hostages_release", stance: "demand", firstSeen: "2025-05-05", lastSeen: "2025-05-05",
          evidence: [stance("d1", "demands the release of all hostages", "demand")], changes: [],
        },
        {
          party: "ridge-alliance", issue: "withdrawal", stance: "demand", firstSeen: "2025-05-08", lastSeen: "2025-05-08",
          evidence: [demandWithdrawal], changes: [],
        },
        {
          party: "ridge-alliance", issue: "ceasefire_duration", stance: "accept", firstSeen: "2025-05-08", lastSeen: "2025-05-12",
          evidence: [rejectTruce, acceptTruce],
          changes: [{ from: "reject", to: "accept", date: "2025-05-12", before: rejectTruce, after: acceptTruce }],
        },
      ],
    },
    momentum: {
      smoothing: 0.5,
      points: [
        { date: "2025-05-08", raw: -1, index: -1, contributions: [{ ...at("d2", "difficult but serious"), eventId: "a1", speaker: null, side: "Tessaly", polarity: "negative", score: -1, weight: 1 }] },
        { date: "2025-05-09", raw: null, index: -1, contributions: [] },
        { date: "2025-05-12", raw: 1, index: 0, contributions: [{ ...at("d3", "real progress had been made"), eventId: "a2", speaker: "tomas-brenk", side: "Ridge Alliance", polarity: "positive", score: 1, weight: 1 }] },
      ],
    },
    duplicates: { threshold: 0.8, shingleSize: 5, groups: [] },
    counts: {
      documents: 4, reports: 4, outlets: 4, actors: 4, unnamed: 0, quotes: 2,
      definitions: { documents: "reprints counted once, every outlet kept as a source", actors: "resolved across documents", quotes: "direct quotes, a reprinted quote counted once, fragments aside" },
    },
  };
  return AnalysisSchema.parse(analysis);
}

/** The fixture analysis, or a variation of it, with the fixture texts. */
export function fixtureContext(analysis: Analysis = fixtureAnalysis()): ReportContext {
  const texts = new Map((Object.keys(TEXTS) as DocKey[]).map((doc) => [DOC_IDS[doc], TEXTS[doc]]));
  return new ReportContext(analysis, texts);
}
