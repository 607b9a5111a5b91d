import type { EventRecord } from "../../record/schema.js";
import type { Assessment } from "./assess.js";
import { clauseAround, type Clause } from "./clauses.js";
import type { Modality, ModalityCue, TriggerNeed, TriggerSpec } from "./lexicon.js";
import { isConditional, modalityCues, modalityOf } from "./modality.js";
import { objectAfter, participantsOf } from "./participants.js";
import type { PhraseMatch } from "./phrases.js";
import { placeOf } from "./place.js";
import { releasesPeople } from "./release.js";
import type { SentenceView, TokenRange } from "./sentence.js";
import { speakerOf, spokenBy } from "./speaker.js";
import { termsOf, type Terms } from "./terms.js";
import type { TriggerHit } from "./triggers.js";
import { timeOf, type EventTime } from "./when.js";

/** An event before numbering; `at` orders it, `clause` (first token) tells events of one clause apart. */
export type Draft = Omit<EventRecord, "id"> & { at: number; clause: number };

const TYPES_WITH_TERMS = new Set(["PROPOSE", "AGREE", "CONCEDE"]);
/** What a trigger's requirements are checked against; the date and the place are found only when asked for. */
interface Circumstances {
  range: TokenRange;
  clause: Clause;
  agents: string[];
  anyone: boolean;
  terms: Terms | null;
  time: () => EventTime;
  place: () => string | null;
}

const needsOf = (spec: TriggerSpec): TriggerNeed[] => (spec.needs === undefined ? [] : Array.isArray(spec.needs) ? spec.needs : [spec.needs]);

/** A meeting of this many actors or more, with no other mode, is multilateral. */
const MULTILATERAL = 3;
/** Who can pay a visit: people and their offices, not a country or a people travelling. */
const VISITORS = new Set(["person", "organization", "unnamed"]);

/** Builds the events of one sentence from its triggers and its assessment, or refuses them (null). */
export class SentenceEvents {
  private readonly cues: PhraseMatch<ModalityCue>[];
  private terms: Terms | null | undefined;

  constructor(private readonly view: SentenceView) {
    this.cues = modalityCues(view);
  }

  private termsOnce(): Terms | null {
    if (this.terms === undefined) this.terms = termsOf(this.view);
    return this.terms;
  }

  private base(range: TokenRange, clause: Clause): Pick<Draft, "trigger" | "start" | "end" | "at" | "clause"> {
    const view = this.view;
    const span = view.span(range);
    const sentence = view.doc.sentences[view.index]!;
    return { trigger: view.doc.text.slice(span.start, span.end), start: sentence.start, end: sentence.end, at: span.start, clause: clause.first };
  }

  /** "The attack ignited a war": a definite noun trigger with nobody and no date refers back to an event told before. */
  private refersBack(range: TokenRange): boolean {
    const view = this.view;
    const pos = view.token(range.first)?.pos;
    if (pos !== "NOUN" && pos !== "PROPN") return false;
    let i = range.first - 1;
    while (view.token(i)?.pos === "ADJ") i--;
    return view.lex.participants.anaphoricDeterminers.has(view.lower(i));
  }

  /** "meet Netanyahu", or "agreed to meet in Geneva" with participants named before or a day or place; not "meet its objectives". */
  private meetsSomeone(range: TokenRange, anchored: boolean): boolean {
    const object = objectAfter(this.view, range.end);
    return object === "named" || (object === "none" && anchored);
  }

  /** Does the clause hold a word from `words` (something that can be put off, a proposal)? */
  private clauseHas(clause: Clause, words: Set<string>): boolean {
    for (let i = clause.first; i < clause.end; i++) if (words.has(this.view.lower(i))) return true;
    return false;
  }

  private satisfies(need: TriggerNeed, c: Circumstances): boolean {
    const anchored = () => c.anyone || c.time().date !== null || c.place() !== null;
    switch (need) {
      case "actor": return c.anyone;
      case "agent": return c.agents.length > 0;
      case "object": return this.meetsSomeone(c.range, anchored());
      case "visitor": return c.agents.some((id) => VISITORS.has(this.view.doc.actor(id)?.type ?? ""));
      case "terms": return c.anyone || c.terms !== null;
      case "releasable": return releasesPeople(this.view, c.range, c.clause);
      case "anchor": return anchored();
      case "suspendable": return this.clauseHas(c.clause, this.view.lex.participants.suspendables);
      case "proposal": return this.clauseHas(c.clause, this.view.lex.participants.proposalNouns);
    }
  }

  /** Parties to a meeting: each actor stands for its affiliation, so a minister and his state are one side. */
  private sides(actorIds: string[]): number {
    const doc = this.view.doc;
    const sides = new Set(actorIds.map((id) => {
      const actor = doc.actor(id);
      return (actor?.affiliation ?? actor?.name ?? id).toLowerCase();
    }));
    return sides.size;
  }

  fromTrigger(hit: TriggerHit): Draft | null {
    const view = this.view;
    const range = view.wordTokens(hit.from, hit.to);
    const clause = clauseAround(view, range);
    const found = participantsOf(view, range, clause, hit.spec.participants === "all", hit.spec.transitive);
    const announced = hit.spec.actor === "announcer" && found.agents.length === 0;
    const participants = hit.spec.actor === "speaker" || announced ? spokenBy(view, hit.from, hit.to, found) : found;
    if (!participants) return null;
    const { agents, recipients } = participants;
    const terms = TYPES_WITH_TERMS.has(hit.type) ? this.termsOnce() : null;
    const anyone = agents.length + recipients.length > 0;

    let modality: Modality = hit.modality ?? modalityOf(view, this.cues, hit.from, clause, hit.to);
    let time: EventTime | undefined;
    let place: string | null | undefined;
    const circumstances: Circumstances = {
      range, clause, agents, anyone, terms,
      // "said he would travel to Tarnov on Thursday": a day in what is foreseen lies ahead
      time: () => (time ??= timeOf(view, range, clause, modality === "future" || modality === "hypothetical")),
      place: () => (place === undefined ? (place = placeOf(view, range, clause, hit.type === "CONSULT")) : place),
    };
    if (!needsOf(hit.spec).every((need) => this.satisfies(need, circumstances))) return null;
    const { date, ahead } = circumstances.time();
    if (!anyone && date === null && this.refersBack(range)) return null;
    if (modality === "asserted" && ahead) modality = "future";
    const mode = hit.mode ?? (hit.type === "CONSULT" && this.sides(agents) >= MULTILATERAL ? "multilateral" : null);
    const { trigger, start, end, at } = this.base(range, clause);
    // spelled out, not spread from base(): spreading made building each draft one of the stage's hot spots
    return {
      trigger, start, end, at, clause: clause.first,
      type: hit.type,
      mode,
      actors: agents,
      recipients,
      modality,
      polarity: null,
      date,
      place: circumstances.place(),
      terms: terms as Record<string, unknown> | null,
    };
  }

  /** null for an assessment in a condition or a question: "if the talks had not collapsed" judges nothing. */
  fromAssessment(a: Assessment): Draft | null {
    const view = this.view;
    const range = view.wordTokens(a.from, a.to);
    const clause = clauseAround(view, range);
    if (isConditional(view, this.cues, a.from, clause)) return null;
    const modality = modalityOf(view, this.cues, a.from, clause);
    const { trigger, start, end, at } = this.base(range, clause);
    return {
      trigger, start, end, at, clause: clause.first,
      type: "ASSESS",
      mode: null,
      actors: speakerOf(view, a.from, a.to, a.firstEnd),
      recipients: [],
      // a negation is already part of the polarity ("not constructive")
      modality: modality === "negated" ? "asserted" : modality,
      polarity: a.polarity,
      date: timeOf(view, range, clause, false).date,
      place: null,
      terms: null,
    };
  }
}
