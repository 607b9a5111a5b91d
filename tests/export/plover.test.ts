import { describe, expect, it } from "vitest";
import { recordToPlover } from "../../src/export/plover.js";
import type { EventRecord, ParleyRecord } from "../../src/record/schema.js";

// A fictional record: Valdoria, Kestrel and the Harbour Workers Union.
const TEXT = "Valdoria offered a six-week truce. Talks with Kestrel broke down on Friday. The Harbour Workers Union went on strike. Valdoria and Kestrel signed an accord.";

function event(fields: Partial<EventRecord> & Pick<EventRecord, "type" | "trigger">): EventRecord {
  const start = TEXT.lastIndexOf(".", TEXT.indexOf(fields.trigger)) + 1;
  const end = TEXT.indexOf(".", TEXT.indexOf(fields.trigger)) + 1;
  return {
    id: "e1", mode: null, actors: [], recipients: [], modality: "asserted", polarity: null, date: null, place: null, terms: null,
    start: start === 0 ? 0 : start + 1, end, ...fields,
  };
}

function recordOf(...events: EventRecord[]): ParleyRecord {
  return {
    document: { id: "doc_0123456789abcdef", path: null, url: null, title: null, date: "2024-01-29", outlet: null, authors: [], dateline: null, format: "text", text: TEXT },
    actors: [
      { id: "a1", name: "Valdoria", type: "state", aliases: [], roles: [], affiliation: null, mentions: [] },
      { id: "a2", name: "Kestrel", type: "state", aliases: [], roles: [], affiliation: null, mentions: [] },
    ] as ParleyRecord["actors"],
    quotes: [], figures: [], positions: [],
    events: events.map((e, i) => ({ ...e, id: `e${i + 1}` })),
  };
}

describe("PLOVER export", () => {
  it("writes an offer as PLOVER AGREE and keeps PROPOSE as Parley's subtype, with actors, date and offsets", () => {
    const [r] = recordToPlover(recordOf(event({ type: "PROPOSE", trigger: "offered", actors: ["a1"], recipients: ["a2"], date: "2024-01-26" })));
    expect(r!.event).toEqual(["AGREE"]);
    expect(r!.event_type).toBe("AGREE");
    expect(r!.subtype).toBe("PROPOSE");
    expect(r!.source.map((a) => a.actor_text)).toEqual(["Valdoria"]);
    expect(r!.recipient.map((a) => a.actor_text)).toEqual(["Kestrel"]);
    expect(r!.date).toBe("2024-01-26");
    expect(r!.text).toBe("Valdoria offered a six-week truce.");
    expect(TEXT.slice(r!.text_info.event_text_start!, r!.text_info.event_text_end!)).toBe("offered");
  });

  it("codes a statement on the talks as CONSULT, and talks that broke down as SANCTION cancel", () => {
    const [good, failed] = recordToPlover(recordOf(
      event({ type: "ASSESS", trigger: "Talks with Kestrel", polarity: "positive" }),
      event({ type: "ASSESS", trigger: "broke down", polarity: "negative", actors: ["a2"] }),
    ));
    expect(good!.event_type).toBe("CONSULT");
    expect(good!.subtype).toBe("ASSESS");
    expect(failed!.event_type).toBe("SANCTION");
    expect(failed!.mode).toBe("cancel");
    expect(failed!.parley.polarity).toBe("negative");
  });

  it("puts modality into PLOVER's contexts and the document date where the event has none", () => {
    const [planned, denied] = recordToPlover(recordOf(
      event({ type: "CONSULT", trigger: "Talks with Kestrel", modality: "future" }),
      event({ type: "AGREE", trigger: "offered", modality: "negated" }),
    ));
    expect(planned!.context).toContain("future");
    expect(planned!.date).toBe("2024-01-29");
    expect(denied!.context).toContain("negation");
  });

  it("keeps PLOVER's own modes and leaves Parley-only modes under `parley`", () => {
    const [strike, hunger, sued] = recordToPlover(recordOf(
      event({ type: "PROTEST", trigger: "went on strike", mode: "strike-lim" }),
      event({ type: "PROTEST", trigger: "went on strike", mode: "hunger" }),
      event({ type: "ACCUSE", trigger: "broke down", mode: "sue" }),
    ));
    expect(strike!.mode).toBe("strike-lim");
    expect(strike!.context).toContain("economic");
    expect(hunger!.mode).toBe("strike-hun");
    expect(sued!.mode).toBeNull();
    expect(sued!.parley.mode).toBe("sue");
    expect(sued!.context).toContain("legal");
  });

  it("writes talks broken off once, and what happened before what did not", () => {
    const records = recordToPlover(recordOf(
      event({ type: "AGREE", trigger: "Talks with Kestrel", modality: "negated" }),
      event({ type: "SANCTION", trigger: "broke down", actors: ["a2"] }),
      event({ type: "ASSESS", trigger: "broke down", polarity: "negative" }),
    ));
    expect(records.map((r) => [r.event_type, r.subtype])).toEqual([["SANCTION", "SANCTION"], ["AGREE", "AGREE"]]);
  });

  it("codes a signed agreement as PLOVER SUPPORT and a meeting told in the future as AGREE, keeping Parley's types", () => {
    const [signed, reached, planned] = recordToPlover(recordOf(
      event({ type: "AGREE", trigger: "signed an accord", actors: ["a1", "a2"] }),
      event({ type: "AGREE", trigger: "offered" }),
      event({ type: "CONSULT", trigger: "Talks with Kestrel", modality: "future" }),
    ));
    expect([signed!.event_type, signed!.subtype]).toEqual(["SUPPORT", "AGREE"]);
    expect(reached!.event_type).toBe("AGREE");
    expect([planned!.event_type, planned!.subtype]).toEqual(["AGREE", "CONSULT"]);
    expect(planned!.context).toContain("future");
  });

  it("writes talks that collapsed as one SANCTION by those who talked", () => {
    const records = recordToPlover(recordOf(
      event({ type: "CONSULT", trigger: "Talks with Kestrel", actors: ["a1", "a2"] }),
      event({ type: "ASSESS", trigger: "broke down", polarity: "negative" }),
    ));
    expect(records.map((r) => r.event_type)).toEqual(["SANCTION"]);
    expect(records[0]!.source.map((a) => a.actor_text)).toEqual(["Valdoria", "Kestrel"]);
  });
});
