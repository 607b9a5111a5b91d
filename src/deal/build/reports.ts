import type { EventRecord, ParleyRecord } from "../../record/schema.js";
import { BOTH, type Party, type PartyDirectory, type PartyMention } from "../parties.js";
import type { Span, TermDraft } from "../read/drafts.js";
import { passageOf, readPassage, refersBack, type Passage } from "../read/passage.js";
import { documentText, type Sentence } from "../text/document.js";
import { vocabulary } from "../vocabulary.js";

export type DealKind = "proposal" | "agreement";

export interface PartyRef {
  party: Party;
  span: Span;
}

/** One document's account of one proposal or agreement: the events it rests on and the terms of its passage. */
export interface Report {
  kind: DealKind;
  record: ParleyRecord;
  events: EventRecord[];
  start: Sentence;
  passage: Passage;
  /** the date the events give, not the publication date */
  date: { value: string; span: Span } | null;
  proposers: PartyRef[];
  parties: PartyRef[];
  terms: TermDraft[];
  counterMarker: Span | null;
  signed: Span | null;
  /** names the deal without a date or a proposer of its own: it can only join a deal found elsewhere */
  reference: boolean;
  /** an earlier offer restated in a sentence that answers it */
  restated?: boolean;
}

const KIND: Partial<Record<EventRecord["type"], DealKind>> = { PROPOSE: "proposal", AGREE: "agreement" };

const partyKey = (p: Party) => p.actorId ?? p.name;

/** Words between a deal noun and "between", and between "between" and the sides ("a hostage release deal between Israel and Hamas"). */
const BETWEEN_REACH = 4;

export function uniqueParties(list: readonly PartyRef[]): PartyRef[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(partyKey(r.party)) && seen.add(partyKey(r.party)));
}

export const sharesParty = (a: readonly PartyRef[], b: readonly PartyRef[]) =>
  a.some((x) => b.some((y) => partyKey(x.party) === partyKey(y.party)));

/** Two lists of parties that may name the same side: one is empty, or they share a party. */
export const compatibleParties = (a: readonly PartyRef[], b: readonly PartyRef[]) => !a.length || !b.length || sharesParty(a, b);

/** Where the event's trigger is written (the first match inside the event's span). */
function triggerSpan(text: string, event: EventRecord): Span {
  const at = text.slice(event.start, event.end).toLowerCase().indexOf(event.trigger.toLowerCase());
  return at < 0 ? { start: event.start, end: event.end } : { start: event.start + at, end: event.start + at + event.trigger.length };
}

class RecordReader {
  private readonly doc;

  constructor(private readonly record: ParleyRecord, private readonly directory: PartyDirectory) {
    this.doc = documentText(record);
  }

  /** The parties an event's actors are or speak for, each with the actor's mention inside the event. */
  eventParties(event: EventRecord, ids: readonly string[]): PartyRef[] {
    return ids.flatMap((id) => {
      const party = this.directory.partyOf(this.record.document.id, id);
      const actor = this.record.actors.find((a) => a.id === id);
      const mention = actor?.mentions.find((m) => m.start >= event.start && m.end <= event.end);
      return party ? [{ party, span: mention ?? { start: event.start, end: event.end } }] : [];
    });
  }

  /**
   * Parties named before the trigger, after the last speech verb before it: in "The official said the
   * two sides had agreed" the official speaks and proposes nothing.
   */
  private mentionsBefore(sentence: Sentence, offset: number): Array<PartyMention & { party: Party }> {
    const v = vocabulary();
    const words = sentence.words;
    const end = words.findIndex((w) => w.start >= offset);
    const speech = v.speechVerbs.scan(words, 0, end < 0 ? words.length : end).pop();
    const mediatorNames = v.mediatorCues.scan(words).filter((c) => c.value.reach === 0);
    return this.directory.mentions(this.record, sentence)
      .filter((m): m is PartyMention & { party: Party } => m.party !== BOTH && words[m.to - 1]!.end <= offset
        && (!speech || m.from >= speech.to) && !mediatorNames.some((c) => c.from >= m.from && c.from <= m.to));
  }

  /** The two parties of the first "deal (talks, ...) between X and Y" in the document, if it has one. */
  private sidesBetween(): PartyRef[] {
    const v = vocabulary();
    for (const sentence of this.doc.sentences) {
      const words = sentence.words;
      const at = words.findIndex((w, i) => w.text === "between" && v.dealNouns.scan(words, Math.max(0, i - BETWEEN_REACH), i).length > 0);
      if (at < 0) continue;
      const sides = this.directory.mentions(this.record, sentence)
        .filter((m): m is PartyMention & { party: Party } => m.party !== BOTH && m.from > at && m.from <= at + BETWEEN_REACH);
      if (sides.length === 2) return sides.map((m) => this.refOf(sentence, m));
    }
    return [];
  }

  private refOf(sentence: Sentence, m: PartyMention & { party: Party }): PartyRef {
    return { party: m.party, span: { start: sentence.words[m.from]!.start, end: sentence.words[m.to - 1]!.end } };
  }

  private isCandidate(event: EventRecord): boolean {
    return KIND[event.type] !== undefined && vocabulary().observedModalities.has(event.modality);
  }

  /**
   * One report per sentence and kind, however many PROPOSE or AGREE events the sentence holds, led by
   * the event whose trigger comes first; in a sentence with a counter-proposal marker, the events
   * before it restate the offer being answered and become a reference to that offer.
   */
  reports(): Report[] {
    const reports: Report[] = [];
    for (const { sentence, kind, events } of this.candidateGroups()) {
      const counter = vocabulary().counterMarkers.scan(sentence.words)[0];
      const markerAt = counter ? sentence.words[counter.from]!.start : Infinity;
      const restated = counter ? events.filter((e) => triggerSpan(this.record.document.text, e).start < markerAt) : [];
      const stated = events.filter((e) => !restated.includes(e));
      if (counter && restated.length) reports.push(this.restatement(restated, kind, sentence, counter.from));
      const lead = stated[0];
      if (!lead) continue;
      const who = uniqueParties(stated.flatMap((e) => this.proposersOf(e, kind, sentence)));
      // a report without a side of its own (a reference) does not take in an event that names one
      const holder = reports.find((r) => r.kind === kind && !r.restated && r.passage.sentences.includes(sentence)
        && compatibleParties(who, r.proposers) && (r.proposers.length > 0 || who.length === 0));
      if (holder) {
        holder.events.push(...stated);
        holder.date ??= this.dateOf(stated);
        continue;
      }
      const report = this.report(lead, kind, sentence, who);
      if (!report) continue;
      report.events.push(...stated.slice(1));
      report.date = this.dateOf(stated);
      // "both sides have written proposals: the government's truce and the Front's plan" sums up, it proposes nothing
      const sumsUp = stated.length > 1 && !stated.some((e) => this.eventParties(e, e.actors).length);
      report.reference = !report.date && (!report.proposers.length || sumsUp);
      reports.push(report);
    }
    return reports;
  }

  /** Candidate events grouped by sentence and kind, each group in the order of its triggers. */
  private candidateGroups(): Array<{ sentence: Sentence; kind: DealKind; events: EventRecord[] }> {
    const groups = new Map<string, { sentence: Sentence; kind: DealKind; events: EventRecord[] }>();
    for (const event of this.record.events.filter((e) => this.isCandidate(e))) {
      const sentence = this.doc.sentenceAt(event.start);
      if (!sentence) continue;
      const kind = KIND[event.type]!;
      const key = `${sentence.index}|${kind}`;
      const group = groups.get(key) ?? { sentence, kind, events: [] };
      group.events.push(event);
      groups.set(key, group);
    }
    const at = (e: EventRecord) => triggerSpan(this.record.document.text, e).start;
    return [...groups.values()]
      .map((g) => ({ ...g, events: g.events.sort((a, b) => at(a) - at(b)) }))
      .sort((a, b) => a.sentence.index - b.sentence.index);
  }

  /** The date of the first event, in trigger order, that has one. */
  private dateOf(events: readonly EventRecord[]): Report["date"] {
    const dated = events.find((e) => e.date);
    return dated ? { value: dated.date!, span: { start: dated.start, end: dated.end } } : null;
  }

  /** "answered the government's offer of a 30-day truce with a counter-proposal": the offer, restated, as a reference. */
  private restatement(events: EventRecord[], kind: DealKind, sentence: Sentence, until: number): Report {
    const passage = { sentences: [sentence], from: 0, until };
    return {
      kind, record: this.record, events, start: sentence, passage, date: null,
      proposers: this.proposersOf(events[0]!, kind, sentence), parties: [],
      terms: readPassage({ record: this.record, directory: this.directory }, passage),
      counterMarker: null, signed: null, reference: true, restated: true,
    };
  }

  /** Who proposes: the event's actors, else an agreement's every side named before its trigger, a proposal's last one. */
  private proposersOf(event: EventRecord, kind: DealKind, sentence: Sentence): PartyRef[] {
    const actors = this.eventParties(event, event.actors);
    const trigger = triggerSpan(this.record.document.text, event);
    const before = this.mentionsBefore(sentence, trigger.start).map((m) => this.refOf(sentence, m));
    if (kind === "agreement") return uniqueParties([...actors, ...before]).sort((a, b) => a.span.start - b.span.start);
    if (actors.length) return actors;
    const offer = this.offerSplit(sentence, trigger.start);
    if (offer) return offer.proposers;
    // "Valdoria's government on Wednesday put forward a proposal": the side a few words before the trigger
    const reach = vocabulary().partyReach;
    const nearest = before[before.length - 1];
    const gap = nearest ? sentence.words.filter((w) => w.start >= nearest.span.end && w.end <= trigger.start).length : Infinity;
    return nearest && gap <= reach ? [nearest] : [];
  }

  /**
   * "Qatar and Egypt presented Israel and Hamas with a proposal": the sides named before the offer verb
   * (a few words before it) propose, the ones between it and the trigger receive.
   */
  private offerSplit(sentence: Sentence, triggerAt: number): { proposers: PartyRef[]; recipients: PartyRef[] } | undefined {
    const words = sentence.words;
    const end = words.findIndex((w) => w.start >= triggerAt);
    const verb = vocabulary().offerVerbs.scan(words, 0, end < 0 ? words.length : end).pop();
    if (!verb) return undefined;
    const named = this.mentionsBefore(sentence, triggerAt);
    const before = named.filter((m) => m.to <= verb.from && verb.from - m.to <= vocabulary().partyReach);
    const recipients = named.filter((m) => m.from >= verb.to).map((m) => this.refOf(sentence, m));
    return before.length ? { proposers: uniqueParties(before.map((m) => this.refOf(sentence, m))), recipients } : undefined;
  }

  private report(event: EventRecord, kind: DealKind, start: Sentence, proposers: PartyRef[]): Report | undefined {
    const v = vocabulary();
    const trigger = triggerSpan(this.record.document.text, event);
    const before = this.mentionsBefore(start, trigger.start).map((m) => this.refOf(start, m));
    const continues = (first: Sentence) => refersBack(first) || this.record.events.some((e) =>
      KIND[e.type] === kind && this.isCandidate(e) && e.start >= first.start && e.start < first.end
      && compatibleParties(this.eventParties(e, e.actors), proposers));
    const passage = passageOf(this.doc, start, continues);
    const terms = readPassage({ record: this.record, directory: this.directory }, passage);
    const own = terms.filter((t) => t.span.start >= start.start && t.span.end <= start.end && t.kind !== "mediator");
    const sign = kind === "agreement" ? unblocked(start, v.signWords.scan(start.words))[0] : undefined;
    const aboutDeal = unblocked(start, v.dealNouns.scan(start.words)).length > 0;
    if (!aboutDeal && !sign) return undefined;
    if (!terms.some((t) => t.kind !== "mediator")) return undefined;
    // an agreement needs a term or a signing in its own sentence: "close to a ceasefire agreement" agrees nothing
    if (kind === "agreement" && !own.length && !sign) return undefined;
    const counter = v.counterMarkers.scan(start.words)[0];
    const mediators = new Set(terms.flatMap((t) => (t.kind === "mediator" ? [partyKey(t.value.party)] : [])));
    const sides = terms.flatMap((t): PartyRef[] => {
      const by = t.kind === "release" || t.kind === "withdrawal" ? t.value.by : null;
      return by && by !== BOTH ? [{ party: by, span: t.span }] : [];
    });
    // proposers who hand both sides a plan ("Qatar and Egypt presented Israel and Hamas with a proposal") are not its parties
    const offered = kind === "proposal" ? this.offerSplit(start, trigger.start)?.recipients ?? [] : [];
    const proposing = offered.length >= 2 ? [] : proposers;
    const named = uniqueParties([...proposing, ...offered, ...this.eventParties(event, event.recipients), ...(kind === "agreement" ? before : []), ...sides])
      .filter((p) => !mediators.has(partyKey(p.party)));
    // "the deal, offered by President Biden": a proposal whose only side is its proposer is made to the
    // sides the article says the deal is between ("a deal between Israel and Hamas")
    const onlyProposers = kind === "proposal" && named.every((p) => proposers.some((q) => partyKey(q.party) === partyKey(p.party)));
    const between = onlyProposers ? this.sidesBetween().filter((s) => !proposers.some((q) => partyKey(q.party) === partyKey(s.party))) : [];
    const parties = between.length === 2 ? between : named;
    const wordSpan = (m: { from: number; to: number }) => ({ start: start.words[m.from]!.start, end: start.words[m.to - 1]!.end });
    return {
      kind, record: this.record, events: [event], start, passage,
      date: event.date ? { value: event.date, span: { start: event.start, end: event.end } } : null,
      proposers: uniqueParties(proposers), parties, terms,
      counterMarker: counter ? wordSpan(counter) : null,
      signed: sign ? wordSpan(sign) : null,
      reference: !event.date && !proposers.length,
    };
  }
}

/** Matches not preceded by a blocker: "until a full agreement was signed" is no signing. */
function unblocked<T extends { from: number }>(sentence: Sentence, matches: T[]): T[] {
  const v = vocabulary();
  return matches.filter((m) => !v.blockers.has(sentence.words, Math.max(0, m.from - v.blockerReach), m.from));
}

/** The proposals and agreements one record states, each with the terms read from its passage. */
export function reportsOf(record: ParleyRecord, directory: PartyDirectory): Report[] {
  return new RecordReader(record, directory).reports();
}
