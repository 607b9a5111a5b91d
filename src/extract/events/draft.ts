import type { EventRecord } from "../../record/schema.js";
import { clauseAt } from "../clauses/index.js";
import type { Assessment } from "./assess.js";
import { clauseAround, type Clause } from "./clauses.js";
import type { Modality, ModalityCue, TriggerNeed, TriggerSpec } from "./lexicon.js";
import { isConditional, modalityCues, modalityOf } from "./modality.js";
import { objectAfter, participantsOf } from "./participants.js";
import { isThreat } from "./threats.js";
import type { PhraseMatch } from "./phrases.js";
import { placeOf } from "./place.js";
import { releasesPeople } from "./release.js";
import type { SentenceView, TokenRange } from "./sentence.js";
import { speakerOf, spokenBy, subjectOfJudgement } from "./speaker.js";
import { termsAround, type TermRegion, type Terms } from "./terms.js";
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

/** Parts of speech inside a noun phrase: "proposed a three-phase plan" is one proposal, "offer of a truce with a counter-proposal" two. */
const NOUN_PHRASE_INNER = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

function onlyNounPhraseBetween(view: SentenceView, fromWord: number, toWord: number): boolean {
  for (let w = fromWord; w < toWord; w++) if (!NOUN_PHRASE_INNER.has(view.token(view.words[w]!.token)?.pos ?? "")) return false;
  return true;
}

/** Words allowed between "there will be" and its noun ("there will be a national strike"). */
const EXISTENTIAL_NOUN_PHRASE = new Set(["DET", "ADJ", "NUM"]);

/** "there will be a strike", "there would be no deal": the noun at `token` is what a sentence says exists. */
function isExistential(view: SentenceView, token: number): boolean {
  let i = token - 1;
  while (EXISTENTIAL_NOUN_PHRASE.has(view.token(i)?.pos ?? "")) i--;
  if (view.lower(i) !== "be") return false;
  for (let k = i - 1; k >= Math.max(view.first, i - 3); k--) if (view.lower(k) === "there") return true;
  return false;
}

/** Builds the events of one sentence from its triggers and its assessment, or refuses them (null). */
export class SentenceEvents {
  private readonly cues: PhraseMatch<ModalityCue>[];
  /** the triggers of the sentence that carry terms, in order, grouped when they name one proposal ("proposed a plan") */
  private readonly termGroups: TriggerHit[][];
  /** term triggers that made an event; triggers are built last to first, so those after a trigger are known */
  private readonly built = new Set<TriggerHit>();
  /** the triggers of one proposal ("proposed a plan") share its region and its terms */
  private readonly termsByRegion = new Map<string, Terms | null>();

  constructor(private readonly view: SentenceView, hits: TriggerHit[] = []) {
    this.cues = modalityCues(view);
    this.termGroups = [];
    let last: TriggerHit | undefined;
    for (const hit of hits.filter((h) => TYPES_WITH_TERMS.has(h.type))) {
      if (last && onlyNounPhraseBetween(view, last.to, hit.from)) this.termGroups[this.termGroups.length - 1]!.push(hit);
      else this.termGroups.push([hit]);
      last = hit;
    }
  }

  private termsOf(hit: TriggerHit): Terms | null {
    const k = this.termGroups.findIndex((group) => group.includes(hit));
    const next = this.termGroups.slice(k + 1).find((group) => group.some((h) => this.built.has(h)));
    const region: TermRegion = {
      before: this.termGroups[k - 1]?.at(-1)!.to ?? 0,
      trigger: this.termGroups[k]?.[0]!.from ?? hit.from,
      after: next?.[0]!.from ?? this.view.words.length,
    };
    const key = `${region.before}:${region.trigger}:${region.after}`;
    let terms = this.termsByRegion.get(key);
    if (terms === undefined) this.termsByRegion.set(key, (terms = termsAround(this.view, region)));
    return terms;
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

  /** Does the object of the trigger's predicate in the clause layer hold a word from `words` ("offer a proposal", not "offer a timeline")? */
  private objectHas(range: TokenRange, words: Set<string>): boolean {
    const clause = clauseAt(this.view.doc, range.first);
    const object = clause && clause.predicate >= range.first && clause.predicate < range.end ? clause.object : null;
    if (!object) return false;
    for (let i = object.first; i <= object.last; i++) if (words.has(this.view.lower(i))) return true;
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
      case "proposalObject": return this.objectHas(c.range, this.view.lex.participants.proposalNouns);
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

  /** Call for the sentence's triggers from last to first: a trigger's terms end where the next proposal begins. */
  fromTrigger(hit: TriggerHit): Draft | null {
    const view = this.view;
    const range = view.wordTokens(hit.from, hit.to);
    const clause = clauseAround(view, range);
    const found = participantsOf(view, range, clause, hit.spec.participants === "all", hit.spec.transitive);
    // "there will be a strike, he said": a deed with no doer in a sentence that only says it will be is the speaker's
    const announced = (hit.spec.actor === "announcer" || isExistential(view, range.first)) && found.agents.length === 0;
    const participants = hit.spec.actor === "speaker" || announced ? spokenBy(view, hit.from, hit.to, found) : found;
    if (!participants) return null;
    const { agents, recipients } = participants;
    const terms = TYPES_WITH_TERMS.has(hit.type) ? this.termsOf(hit) : null;
    const anyone = agents.length + recipients.length > 0;

    let modality: Modality = hit.modality ?? modalityOf(view, this.cues, hit.from, clause, hit.to, hit.type);
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
    if (TYPES_WITH_TERMS.has(hit.type)) this.built.add(hit);
    // spelled out, not spread from base(): spreading made building each draft one of the stage's hot spots
    return {
      trigger, start, end, at, clause: clause.first,
      type: isThreat(view.doc, hit.type, range.first) ? "THREATEN" : hit.type,
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
    const speaker = speakerOf(view, a.from, a.to, a.firstEnd);
    return {
      trigger, start, end, at, clause: clause.first,
      type: "ASSESS",
      mode: null,
      actors: speaker.length > 0 ? speaker : subjectOfJudgement(view, a.from),
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
