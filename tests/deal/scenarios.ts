import type { ActorSpec, ArticleSpec } from "./fixture.js";

/**
 * Wire-style scenarios written for these tests (fiction about real-world-style parties), as the record
 * an extractor gives them, mistakes included: an AID event on aid that was blocked, a release event
 * in the price of an extension, no ASSAULT event for a shooting.
 */

const ISRAEL: ActorSpec = { name: "Israel", type: "state" };
const HAMAS: ActorSpec = { name: "Hamas", type: "group" };
const EGYPT: ActorSpec = { name: "Egypt", type: "state" };
const CIVIL_DEFENCE: ActorSpec = { name: "Gaza civil defence agency", type: "organization" };

/** An article of the fictional Delta Wire. */
const wire = (date: string, text: string, rest: Omit<ArticleSpec, "date" | "text" | "outlet">): ArticleSpec => ({ date, outlet: "Delta Wire", text, ...rest });

/** A five-day pause with an exchange at a fixed ratio and an extension offered as a rule, then extended by two days. */
export const PAUSE_AGREED: ArticleSpec = wire("2031-11-18", "CAIRO (Delta Wire) - Israel and Hamas agreed on Tuesday to a five-day pause in fighting, under which Hamas will free 40 women and children held hostage in exchange for 120 Palestinian prisoners, Egypt said.\n\n"
    + "The pause takes effect on Thursday. It could be extended by one day for every 10 more hostages freed.", {
  actors: [ISRAEL, HAMAS, EGYPT],
  events: [
    { type: "AGREE", trigger: "agreed", date: "2031-11-18", actors: ["Israel", "Hamas"] },
    { type: "RETREAT", mode: "release", trigger: "freed", modality: "asserted" },
  ],
});

export const FIRST_RELEASE: ArticleSpec = wire("2031-11-21", "GAZA (Delta Wire) - Hamas freed 13 hostages, including four children, on Thursday, and Israel released 39 prisoners, Egypt said.\n\n"
    + "Dozens of aid trucks entered Gaza on Thursday.", {
  actors: [ISRAEL, HAMAS, EGYPT, { name: "Gaza", type: "place" }],
  events: [
    { type: "RETREAT", mode: "release", trigger: "freed", date: "2031-11-20", actors: ["Hamas"] },
    { type: "AID", trigger: "aid trucks", date: "2031-11-20" },
  ],
  figures: [{ number: "13", value: 13, measure: "hostages_released", source: "Egypt" }, { number: "39", value: 39, measure: "prisoners_released", source: "Egypt" }],
});

export const ACCUSATION: ArticleSpec = wire("2031-11-23", "GAZA (Delta Wire) - Hamas accused Israel on Saturday of violating the pause by blocking aid trucks.\n\n"
    + "Israeli soldiers shot dead two farmers near the fence on Saturday, the Gaza civil defence agency said.", {
  actors: [ISRAEL, HAMAS, CIVIL_DEFENCE],
  events: [
    { type: "ACCUSE", mode: "disapprove", trigger: "accused", actors: ["Hamas"], recipients: ["Israel"] },
    { type: "AID", trigger: "aid trucks" },
  ],
  figures: [{ number: "two", value: 2, measure: "killed", source: "the Gaza civil defence agency" }],
});

export const EXTENDED: ArticleSpec = wire("2031-11-24", "CAIRO (Delta Wire) - Israel and Hamas agreed on Friday to extend the pause by two days, Egypt said.", {
  actors: [ISRAEL, HAMAS, EGYPT],
  events: [{ type: "AGREE", trigger: "agreed", date: "2031-11-24", actors: ["Israel", "Hamas"] }],
});

/** Only one side's word: an accusation, no neutral account. */
export const ONLY_ACCUSED: ArticleSpec = wire("2031-11-22", "GAZA (Delta Wire) - Israel accused Hamas on Friday of violating the pause.", {
  actors: [ISRAEL, HAMAS],
  events: [{ type: "ACCUSE", mode: "disapprove", trigger: "accused", actors: ["Israel"], recipients: ["Hamas"] }],
});
