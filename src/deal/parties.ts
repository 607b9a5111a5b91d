import type { AnalysisActor } from "../analysis/types.js";
import type { EventType, ParleyRecord } from "../record/schema.js";
import type { Sentence } from "./text/document.js";
import { stateOfAdjective } from "./text/demonyms.js";
import { nameKey, slugify } from "./text/slug.js";
import { vocabulary } from "./vocabulary.js";

/** A side of a negotiation, named by its canonical analysis actor when there is one. */
export interface Party {
  name: string;
  /** the analysis actor id (as in `parley report`), null for a side known only by name */
  actorId: string | null;
  /** an acronym the actor goes by ("NLF"), else its name: for titles */
  short: string;
  /** `short` as a slug, for deal ids */
  slug: string;
}

export const BOTH = "both" as const;

/** A party named in a sentence, at words [from, to). */
export interface PartyMention {
  from: number;
  to: number;
  party: Party | typeof BOTH;
}

/** Events whose actors are taken for the sides of the negotiation when a role word has to be resolved. */
const SIDE_EVENTS = new Set<EventType>(["PROPOSE", "AGREE", "REJECT", "RETREAT", "CONCEDE"]);
const ACRONYM = /^[A-Z]{2,6}$/;

const memberKey = (documentId: string, actorId: string) => `${documentId}\u0000${actorId}`;

export function partyOfActor(actor: AnalysisActor): Party {
  const acronym = actor.aliases.find((a) => ACRONYM.test(a.replace(/\./g, "")));
  return { name: actor.name, actorId: actor.id, short: acronym ?? actor.name, slug: slugify(acronym ?? actor.name) };
}

const namedOnly = (name: string): Party => ({ name, actorId: null, short: name, slug: slugify(name) });

/**
 * Resolves what a text says about the sides: record actors to the parties they are or speak for, a
 * state written with a government word ("Valdoria's government") to that state, and role words ("the
 * government", "the rebels") to the one party of the corpus that fits the role.
 */
export class PartyDirectory {
  private readonly byMember = new Map<string, AnalysisActor>();
  private readonly byName = new Map<string, AnalysisActor>();
  private readonly roleParty = new Map<string, Party>();
  private governmentPattern: RegExp | undefined;
  private namePattern: RegExp | undefined;

  constructor(records: readonly ParleyRecord[], actors: readonly AnalysisActor[]) {
    for (const actor of actors) {
      for (const m of actor.members) this.byMember.set(memberKey(m.documentId, m.actorId), actor);
      for (const name of [actor.name, ...actor.aliases]) if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), actor);
    }
    this.compileGovernmentPattern(actors);
    this.compileNamePattern(actors);
    this.resolveRoles(records);
  }

  actorOf(documentId: string, actorId: string): AnalysisActor | undefined {
    return this.byMember.get(memberKey(documentId, actorId));
  }

  /** The party that fits a role ("government", "armed group") in this corpus, if one does. */
  role(role: string): Party | undefined {
    return this.roleParty.get(role);
  }

  /** The party a record actor is (a state, group or organisation) or speaks for (its affiliation). */
  partyOf(documentId: string, actorId: string): Party | null {
    const actor = this.actorOf(documentId, actorId);
    return actor ? this.sideOf(actor) : null;
  }

  /** A party by the name an analyst wrote: the analysis actor of that name or alias, else the name itself. */
  named(name: string): Party {
    const actor = this.byName.get(nameKey(name));
    return actor ? partyOfActor(actor) : namedOnly(name);
  }

  private sideOf(actor: AnalysisActor): Party | null {
    if (vocabulary().partyActorTypes.has(actor.type)) return partyOfActor(actor);
    if (!actor.affiliation) return null;
    const side = this.byName.get(nameKey(actor.affiliation));
    return side ? partyOfActor(side) : namedOnly(actor.affiliation);
  }

  /** Every party named in a sentence, left to right, longest first where they overlap. */
  mentions(record: ParleyRecord, sentence: Sentence): PartyMention[] {
    const words = sentence.words;
    const found: PartyMention[] = [];
    const taken = new Set<number>();
    const take = (m: PartyMention) => {
      for (let i = m.from; i < m.to; i++) if (taken.has(i)) return;
      for (let i = m.from; i < m.to; i++) taken.add(i);
      found.push(m);
    };
    const v = vocabulary();
    const text = record.document.text.slice(sentence.start, sentence.end);
    for (const g of this.governmentsIn(text)) {
      const span = wordRange(sentence, sentence.start + g.start, sentence.start + g.end);
      if (span) take({ ...span, party: partyOfActor(g.actor) });
    }
    for (const actor of record.actors) {
      const resolved = this.actorOf(record.document.id, actor.id);
      const party = resolved && this.sideOf(resolved);
      if (!party) continue;
      for (const m of actor.mentions) {
        const span = m.start >= sentence.start && m.end <= sentence.end ? wordRange(sentence, m.start, m.end) : undefined;
        if (span) take({ ...span, party });
      }
    }
    for (const n of this.namesIn(text)) {
      const span = wordRange(sentence, sentence.start + n.start, sentence.start + n.end);
      if (span) take({ ...span, party: partyOfActor(n.actor) });
    }
    // "Israeli forces will withdraw": a state's adjective before a force or government word is its side
    words.forEach((w, i) => {
      const state = stateOfAdjective(w.raw);
      const actor = state && v.demonymHeads.has(words[i + 1]?.text ?? "") ? this.byName.get(nameKey(state)) : undefined;
      if (actor) take({ from: i, to: i + 2, party: partyOfActor(actor) });
    });
    for (const m of v.bothSides.scan(words)) take({ from: m.from, to: m.to, party: BOTH });
    for (const m of v.roles.scan(words)) {
      const party = this.roleParty.get(m.value);
      if (party) take({ from: m.from, to: m.to, party });
    }
    return found.sort((a, b) => a.from - b.from);
  }

  /** "Valdoria's government", "the government of Valdoria", "the Valdoria army": the state and the characters. */
  private governmentsIn(text: string): Array<{ actor: AnalysisActor; start: number; end: number }> {
    if (!this.governmentPattern) return [];
    return [...text.matchAll(this.governmentPattern)].flatMap((m) => {
      const name = m.groups!.before ?? m.groups!.after!;
      const actor = this.byName.get(nameKey(name));
      return actor ? [{ actor, start: m.index, end: m.index + m[0].length }] : [];
    });
  }

  /** Sides named by their full name or acronym where the record missed the actor ("NLF fighters had attacked"). */
  private namesIn(text: string): Array<{ actor: AnalysisActor; start: number; end: number }> {
    if (!this.namePattern) return [];
    return [...text.matchAll(this.namePattern)].flatMap((m) => {
      const actor = this.byName.get(nameKey(m[0]));
      return actor ? [{ actor, start: m.index, end: m.index + m[0].length }] : [];
    });
  }

  /** Full names and acronyms of the sides; single-word aliases ("the Front", "Union") are too loose across texts. */
  private compileNamePattern(actors: readonly AnalysisActor[]): void {
    const types = vocabulary().partyActorTypes;
    const names = actors.filter((a) => types.has(a.type))
      .flatMap((a) => [a.name, ...a.aliases.filter((x) => ACRONYM.test(x.replace(/\./g, "")) || x.includes(" "))])
      .filter((n) => n.length > 1 && (n.includes(" ") || ACRONYM.test(n) || n.length > 3))
      .sort((a, b) => b.length - a.length).map(escapeRegExp);
    if (names.length) this.namePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  }

  private compileGovernmentPattern(actors: readonly AnalysisActor[]): void {
    const names = actors.filter((a) => a.type === "state" || a.type === "place")
      .flatMap((a) => [a.name, ...a.aliases]).filter((n) => n.length > 2)
      .sort((a, b) => b.length - a.length).map(escapeRegExp);
    if (!names.length) return;
    const heads = [...vocabulary().governmentWords].map(escapeRegExp).join("|");
    const list = names.join("|");
    this.governmentPattern = new RegExp(
      `\\b(?:(?<before>${list})(?:['’]s)?\\s+(?:${heads})|(?:${heads})\\s+of\\s+(?:the\\s+)?(?<after>${list}))\\b`, "giu");
  }

  private resolveRoles(records: readonly ParleyRecord[]): void {
    const governments = new Map<string, { actor: AnalysisActor; count: number }>();
    const sides = new Map<string, AnalysisActor>();
    for (const record of records) {
      for (const g of this.governmentsIn(record.document.text)) {
        const entry = governments.get(g.actor.id) ?? { actor: g.actor, count: 0 };
        entry.count++;
        governments.set(g.actor.id, entry);
      }
      for (const event of record.events) {
        if (!SIDE_EVENTS.has(event.type)) continue;
        for (const id of [...event.actors, ...event.recipients]) {
          const side = this.actorOf(record.document.id, id);
          if (side) sides.set(side.id, side);
        }
      }
    }
    const onlyOf = (type: string) => {
      const list = [...sides.values()].filter((a) => a.type === type);
      return list.length === 1 ? list[0] : undefined;
    };
    const government = [...governments.values()].sort((a, b) => b.count - a.count)[0]?.actor ?? onlyOf("state");
    if (government) this.roleParty.set("government", partyOfActor(government));
    const group = onlyOf("group");
    if (group) this.roleParty.set("armed group", partyOfActor(group));
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");

/** Word indices [from, to) of the sentence covering document offsets [start, end). */
function wordRange(sentence: Sentence, start: number, end: number): { from: number; to: number } | undefined {
  const from = sentence.words.findIndex((w) => w.start >= start);
  let to = sentence.words.findIndex((w) => w.start >= end);
  if (to < 0) to = sentence.words.length;
  return from >= 0 && from < to ? { from, to } : undefined;
}
