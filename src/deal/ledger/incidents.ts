import type { EventRecord, ParleyRecord } from "../../record/schema.js";
import { evidenceOf } from "../build/evidence.js";
import { BOTH, type PartyDirectory, type PartyMention } from "../parties.js";
import type { Sentence } from "../text/document.js";
import { nameKey } from "../text/slug.js";
import { stateOfAdjective } from "../text/demonyms.js";
import type { Word } from "../text/words.js";
import { vocabulary } from "../vocabulary.js";
import type { Accusation } from "./types.js";

/** Words between a party and the attack word it did ("Israeli troops shot dead"). */
const ATTACKER_REACH = 3;

export interface IncidentContext {
  record: ParleyRecord;
  sentence: Sentence;
  directory: PartyDirectory;
}

function namedParties(ctx: IncidentContext): Array<PartyMention & { party: Exclude<PartyMention["party"], typeof BOTH> }> {
  return ctx.directory.mentions(ctx.record, ctx.sentence).filter((m): m is PartyMention & { party: Exclude<PartyMention["party"], typeof BOTH> } => m.party !== BOTH);
}

/**
 * Who gives the account: the side named next to the last speech verb ("..., the army said", "said
 * Hamas"), else the source of a casualty figure ("the Palestinian health ministry"); null when the
 * article states it in its own voice.
 */
function sayer(ctx: IncidentContext, figureSource: string | null): string | null {
  const speech = vocabulary().speechVerbs.scan(ctx.sentence.words).pop();
  const named = namedParties(ctx);
  const near = speech && (named.filter((m) => m.to <= speech.from && speech.from - m.to <= 1).pop() ?? named.find((m) => m.from >= speech.to && m.from - speech.to <= 1));
  return near ? near.party.name : figureSource?.replace(/^the\s+/i, "") ?? null;
}

/** "Israeli troops": the state a demonym adjective names, which the record often leaves unlinked. */
function stateByAdjective(words: readonly Word[]): string | undefined {
  return words.map((w) => stateOfAdjective(w.raw)).filter(Boolean).pop();
}

/** An attack word, where the record has no ASSAULT event: needs a casualty figure in the sentence ("shot dead two Palestinians"). */
export function killingIn(ctx: IncidentContext): { at: number; to: number; source: string | null } | undefined {
  const v = vocabulary();
  const figure = ctx.record.figures.find((f) => f.start >= ctx.sentence.start && f.end <= ctx.sentence.end && f.value !== null && v.casualtyMeasures.has(f.measure));
  const word = v.attackWords.scan(ctx.sentence.words)[0];
  return figure && word ? { at: word.from, to: word.to, source: figure.source } : undefined;
}

/**
 * The accounts of an incident in one sentence. An accusation ("Hamas accused Israel of violating the
 * truce") blames its recipients, by its actors; an attack blames the event's actors, else the party
 * named just before the attack word ("Israeli troops shot dead"), by whoever the sentence quotes.
 */
export function accountsOf(partyNames: ReadonlySet<string>, ctx: IncidentContext, attack: EventRecord | undefined, accusation: EventRecord | undefined, killing: { at: number; source: string | null } | undefined): Accusation[] {
  // "..., the Israeli military said, and the group called it a warning over Israeli violations": a side does not blame itself
  const itself = (a: Omit<Accusation, "alleged">) => a.by !== null && (nameKey(a.by) === nameKey(a.party) || stateOfAdjective(a.by.split(/\s+/)[0]!) === a.party);
  return readAccounts(ctx, attack, accusation, killing).filter((a) => !itself(a)).map((a) => ({ ...a, alleged: a.by !== null && a.by !== a.party && partyNames.has(nameKey(a.by)) }));
}

function readAccounts(ctx: IncidentContext, attack: EventRecord | undefined, accusation: EventRecord | undefined, killing: { at: number; source: string | null } | undefined): Array<Omit<Accusation, "alleged">> {
  const evidence = [evidenceOf(ctx.record, ctx.sentence)];
  const partyOf = (id: string) => ctx.directory.partyOf(ctx.record.document.id, id);
  if (accusation) {
    const by = accusation.actors.map(partyOf).find((p) => p !== null)?.name ?? null;
    return accusation.recipients.flatMap((id) => {
      const p = partyOf(id);
      return p ? [{ party: p.name, by, evidence }] : [];
    });
  }
  const figure = ctx.record.figures.find((f) => f.start >= ctx.sentence.start && f.end <= ctx.sentence.end && f.source && vocabulary().casualtyMeasures.has(f.measure));
  const source = sayer(ctx, killing?.source ?? figure?.source ?? null);
  const fromEvent = (attack?.actors ?? []).flatMap((id) => {
    const p = partyOf(id);
    return p ? [{ party: p.name, by: source, evidence }] : [];
  });
  if (fromEvent.length) return fromEvent;
  const at = attack ? triggerWord(ctx, attack) : killing?.at;
  if (at === undefined) return [];
  // after the last speech verb: in "The army said NLF fighters had attacked", the army is not the attacker
  const speech = vocabulary().speechVerbs.scan(ctx.sentence.words, 0, at).pop();
  const attacker = namedParties(ctx).filter((m) => m.to <= at && (!speech || m.from >= speech.to) && (attack || at - m.to <= ATTACKER_REACH)).pop()?.party.name
    ?? stateByAdjective(ctx.sentence.words.slice(Math.max(speech?.to ?? 0, at - ATTACKER_REACH), at));
  return attacker ? [{ party: attacker, by: source, evidence }] : [];
}

/** The word an event's trigger starts at. */
function triggerWord(ctx: IncidentContext, event: EventRecord): number {
  const text = ctx.record.document.text;
  const offset = event.start + Math.max(0, text.slice(event.start, event.end).toLowerCase().indexOf(event.trigger.toLowerCase()));
  const i = ctx.sentence.words.findIndex((w) => w.start >= offset);
  return i < 0 ? ctx.sentence.words.length : i;
}
