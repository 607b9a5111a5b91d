import type { PositionRecord } from "../../record/schema.js";
import type { Doc } from "../../doc/doc.js";
import { plainWord, type MentionRef, type SentenceContext } from "./context.js";
import { verbPhraseAt } from "./complement.js";
import { isParticipleForm, verbForms } from "./inflect.js";
import { stanceWords, type AdjectiveCueEntry, type NounCueEntry, type VerbCueEntry, type VerdictEntry } from "./words.js";

export type Stance = PositionRecord["stance"];

/** A stance cue found in a sentence: what kind, where it is, and where the wanted thing begins. */
export interface CueMatch {
  /** 'obligation' ('must be handed back') and 'verdict' ('is unacceptable') are positions their speaker states */
  kind: "verb" | "noun" | "adjective" | "refusal" | "obligation" | "verdict";
  stance: Stance;
  /** stance when negated; null drops the position */
  negated: Stance | null;
  /** first token of the cue */
  head: number;
  /** first token after the cue and its link word(s) */
  after: number;
  /** the link word(s) that introduced the wanted thing, e.g. ['not', 'to'] */
  link: string[];
  /** a verb form that can be passive ('rejected', not 'rejects') */
  participle: boolean;
  /** for nouns: the actor named in a 'by'/'from' phrase after the noun */
  agentMention?: number;
  /** for nouns naming their holder ('supporter'): the subject of 'be' before the noun holds it */
  predicate?: boolean;
  /** only a first-person subject in a quotation holds it ('we expect') */
  firstPersonOnly?: boolean;
  /** the wanted thing is an object with 'to' and a verb ('asked the parties to let the monitors finish') */
  objectTo?: boolean;
  /** an obligation the speaker puts on a party named after the cue ('the time for the government to act') */
  addressed?: boolean;
  /** 'there were no plans to renegotiate': the speaker rejects what follows */
  denial?: boolean;
}

interface CueIndex {
  verbs: Map<string, { entry: VerbCueEntry; participle: boolean; links?: string[][] }[]>;
  nouns: Map<string, { entry: NounCueEntry; links: string[][] }[]>;
  adjectives: Map<string, { entry: AdjectiveCueEntry; words: string[] }[]>;
  refusals: Map<string, string[][]>;
  obligations: Map<string, string[][]>;
  addressed: Map<string, string[][]>;
  denials: Map<string, string[][]>;
  verdicts: Map<string, { entry: VerdictEntry; words: string[] }[]>;
  /** every word that can start a cue of any kind */
  starters: Set<string>;
  /**
   * one telling word of every cue, with the words that must follow it (null: any): a sentence
   * without any of them has no cue
   */
  signals: Map<string, Set<string> | null>;
}

let index: CueIndex | undefined;

const longest = (words: string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));
const splitAll = (links: string[]) => links.map((link) => link.toLowerCase().split(/\s+/));

/** Adds a telling word; `next` lists the words that must follow it, undefined for any. */
function signal(signals: CueIndex["signals"], word: string, next?: string[]): void {
  const known = signals.get(word);
  if (known === null) return;
  if (!next) signals.set(word, null);
  else signals.set(word, new Set([...(known ?? []), ...next]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cueIndex(): CueIndex {
  if (index) return index;
  const w = stanceWords();
  const built: CueIndex = {
    verbs: new Map(), nouns: new Map(), adjectives: new Map(), refusals: new Map(), obligations: new Map(), addressed: new Map(), denials: new Map(), verdicts: new Map(),
    starters: new Set(), signals: new Map(),
  };
  for (const entry of w.verbCues) {
    const forms = new Set([...verbForms(entry.cue), ...(entry.forms ?? [])]);
    const links = entry.links && splitAll(entry.links);
    for (const form of forms) {
      push(built.verbs, form, { entry, participle: isParticipleForm(form, entry.cue), links });
      signal(built.signals, form, links?.map((link) => link[0]!));
    }
  }
  for (const entry of w.nounCues) {
    push(built.nouns, entry.cue, { entry, links: splitAll(entry.links) });
    signal(built.signals, entry.cue);
  }
  for (const entry of w.adjectiveCues) {
    const words = entry.cue.toLowerCase().split(/\s+/);
    push(built.adjectives, words[0]!, { entry, words });
  }
  for (const phrase of w.refusals) push(built.refusals, phrase[0]!, phrase);
  for (const phrase of w.obligations) push(built.obligations, phrase[0]!, phrase);
  for (const phrase of w.addressedObligations) push(built.addressed, phrase[0]!, phrase);
  for (const phrase of w.denials) push(built.denials, phrase[0]!, phrase);
  for (const entry of w.verdicts) {
    const words = entry.cue.toLowerCase().split(/\s+/);
    push(built.verdicts, words[0]!, { entry, words });
  }
  const maps = [built.verbs, built.nouns, built.adjectives, built.refusals, built.obligations, built.addressed, built.denials, built.verdicts];
  for (const map of maps) for (const key of map.keys()) built.starters.add(key);
  for (const list of [...built.adjectives.values(), ...built.verdicts.values()]) for (const { words } of list) signal(built.signals, longest(words));
  // phrases are told by their first word and the one after it ('has to', 'will not')
  for (const phrase of [...w.obligations, ...w.addressedObligations, ...w.denials, ...w.refusals]) signal(built.signals, phrase[0]!, phrase.length > 1 ? [phrase[1]!] : undefined);
  index = built;
  return built;
}

/** An actor mention starting at token `at`, or after a determiner there ('by the Freedom Front'). */
export function mentionAfter(ctx: SentenceContext, at: number): MentionRef | undefined {
  const start = ctx.pos(at) === "DET" && !ctx.mentionAt(at) ? at + 1 : at;
  const mention = ctx.mentionAt(start);
  return mention && mention.first === start ? mention : undefined;
}

/** The first of `links` that follows token `at`, or undefined; no links required gives []. */
function linkAt(ctx: SentenceContext, at: number, links: string[][] | undefined): string[] | undefined {
  if (!links || links.length === 0) return [];
  return links.find((words) => ctx.matches(at, words));
}

/**
 * A token's text as the word lists have it, lower-casing only capitalised ones and typographic
 * apostrophes. `apostrophes`: the document has typographic apostrophes at all (tokens are pieces of
 * the text, so without any, no token needs looking into).
 */
function rawWord(text: string, apostrophes: boolean): string {
  const initial = text.charCodeAt(0);
  return (initial >= 65 && initial <= 90) || (apostrophes && text.includes("\u2019")) ? plainWord(text) : text;
}

const APOSTROPHE = /\u2019/;
const hasApostrophes = new WeakMap<Doc, boolean>();

/**
 * Whether a sentence may hold a cue: it has one of the cues' telling words, followed by a word it
 * needs ('call' by 'for' or 'on'). Checked on the raw token texts, because most sentences hold no cue.
 */
export function mayHaveCue(doc: Doc, first: number, end: number): boolean {
  const signals = cueIndex().signals;
  // looked up once per document: it was a search in every token
  let apostrophes = hasApostrophes.get(doc);
  if (apostrophes === undefined) {
    apostrophes = APOSTROPHE.test(doc.text);
    hasApostrophes.set(doc, apostrophes);
  }
  for (let i = first; i < end; i++) {
    const next = signals.get(rawWord(doc.tokens[i]!.text, apostrophes));
    if (next === null) return true;
    if (next && i + 1 < end && next.has(rawWord(doc.tokens[i + 1]!.text, apostrophes))) return true;
  }
  return false;
}

/** The length of a manner phrase at token `at` ('hard', 'without reservation'), or 0. */
function mannerLength(ctx: SentenceContext, at: number): number {
  return stanceWords().mannerPhrases.find((phrase) => ctx.matches(at, phrase))?.length ?? 0;
}

const OCCASION_WORDS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const MAX_OCCASION = 4;

/** The length of a phrase of place or occasion at token `at` ('at the summit', 'in Geneva'), or 0. */
function occasionLength(ctx: SentenceContext, at: number): number {
  if (!stanceWords().occasionPrepositions.has(ctx.word(at))) return 0;
  let k = at + 1;
  if (ctx.pos(k) === "DET") k++;
  const words = k;
  while (k < words + MAX_OCCASION && OCCASION_WORDS.has(ctx.pos(k))) k++;
  return k > words ? k - at : 0;
}

/** 'support for', 'demand of': a verb form used as a noun, left to the noun cues. */
const NOUN_USE = new Set(["for", "of"]);

const MAX_OBJECT = 8;
const OBJECT_STARTS = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/** 'the parties to let', 'every civilian they hold to be returned': whether an object and 'to' + verb start at token `at`. */
function objectThenTo(ctx: SentenceContext, at: number): boolean {
  if (!OBJECT_STARTS.has(ctx.pos(at)) || ctx.word(at) === "to") return false;
  for (let k = at + 1; k < at + MAX_OBJECT && ctx.inside(k); k++) {
    if (ctx.word(k) === "to") return verbPhraseAt(ctx, k + 1);
    if (ctx.pos(k) === "PUNCT") return false;
  }
  return false;
}

function verbMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const { entry, participle, links } of cueIndex().verbs.get(ctx.word(i)) ?? []) {
    if (!links && NOUN_USE.has(ctx.word(i + 1))) continue;
    // 'pressed hard for', 'called repeatedly for': a manner word may stand before the link
    const manner = links ? mannerLength(ctx, i + 1) || occasionLength(ctx, i + 1) : 0;
    const link = linkAt(ctx, i + 1, links) ?? (manner ? linkAt(ctx, i + 1 + manner, links) : undefined);
    if (!link) continue;
    const after = i + 1 + (linkAt(ctx, i + 1, links) ? 0 : manner) + link.length;
    if (entry.object === "to" && !objectThenTo(ctx, after)) continue;
    if (entry.verbOnly && !verbPhraseAt(ctx, after)) continue;
    const objectTo = entry.object === "to";
    out.push({ kind: "verb", stance: entry.stance, negated: entry.negated, head: i, after, link, participle, firstPersonOnly: entry.firstPerson, objectTo });
  }
}

/**
 * 'the Lib Dems' plan to oppose the bill': a stance verb after the 'to' of a noun of wanting states
 * the stance itself. A refusal keeps it ('his refusal to accept the proposals' rejects them).
 */
function stanceVerbAfter(ctx: SentenceContext, entry: NounCueEntry, link: string[], after: number): boolean {
  return (entry.stance === "demand" || entry.stance === "support") && link.at(-1) === "to" && cueIndex().verbs.has(ctx.word(after));
}

function nounMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  // 'the EC plans to offer', 'Hamas demands': a cue noun used as a verb is left to the verb cues
  if (ctx.pos(i) === "VERB" || ctx.pos(i) === "AUX") return;
  for (const { entry, links } of cueIndex().nouns.get(ctx.word(i)) ?? []) {
    let at = i + 1;
    let agentMention: number | undefined;
    const agent = ctx.word(at) === "by" || ctx.word(at) === "from" ? mentionAfter(ctx, at + 1) : undefined;
    if (agent) {
      agentMention = agent.first;
      at = agent.last + 1;
    }
    const link = linkAt(ctx, at, links);
    if (link && !stanceVerbAfter(ctx, entry, link, at + link.length)) out.push({ kind: "noun", stance: entry.stance, negated: null, head: i, after: at + link.length, link, participle: false, agentMention, predicate: entry.predicate });
  }
}

function adjectiveMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const { entry, words } of cueIndex().adjectives.get(ctx.word(i)) ?? []) {
    if (!ctx.matches(i, words)) continue;
    const after = i + words.length;
    // 'is ready to accept': the stance verb after a word of willingness says more, and takes its subject
    if (words.at(-1) === "to" && stanceWords().control.has(words[0]!) && cueIndex().verbs.has(ctx.word(after))) continue;
    out.push({ kind: "adjective", stance: entry.stance, negated: entry.negated, head: i, after, link: words.slice(-1), participle: false });
  }
}

/** 'must', 'has to' before a verb phrase; negated ones ('must not', 'does not have to') are left out. */
function obligationMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  const negators = stanceWords().negators;
  for (const phrase of cueIndex().obligations.get(ctx.word(i)) ?? []) {
    const after = i + phrase.length;
    if (!ctx.matches(i, phrase) || negators.has(ctx.word(i - 1)) || negators.has(ctx.word(after)) || !verbPhraseAt(ctx, after)) continue;
    // 'will have to' is found from 'will'; its inner 'have to' is not a second cue
    if (out.some((c) => c.kind === "obligation" && c.after === after)) continue;
    out.push({ kind: "obligation", stance: "demand", negated: null, head: i, after, link: [], participle: false });
  }
}

/** Words after which 'time for' is said of the present: 'it is time for', 'now is the time for', "it's time for". */
const PREDICATED = new Set(["the", "is", "'s"]);

/** 'Now is the time for the government to start implementing its ideas': the speaker's demand on the party named. */
function addressedMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  const negators = stanceWords().negators;
  for (const phrase of cueIndex().addressed.get(ctx.word(i)) ?? []) {
    const after = i + phrase.length;
    if (!ctx.matches(i, phrase) || !PREDICATED.has(ctx.word(i - 1)) || !objectThenTo(ctx, after)) continue;
    if ([1, 2, 3].some((back) => negators.has(ctx.word(i - back)))) continue;
    out.push({ kind: "obligation", stance: "demand", negated: null, head: i, after, link: [], participle: false, addressed: true });
  }
}

/** '... said there were no plans to renegotiate terms': the speaker's refusal of the verb phrase after. */
function denialMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const phrase of cueIndex().denials.get(ctx.word(i)) ?? []) {
    const after = i + phrase.length;
    if (!ctx.matches(i, phrase) || ctx.word(i - 2) !== "there" || !stanceWords().beForms.has(ctx.word(i - 1))) continue;
    if (!verbPhraseAt(ctx, after)) continue;
    out.push({ kind: "obligation", stance: "reject", negated: null, head: i, after, link: [], participle: false, denial: true });
  }
}

/** 'unacceptable', 'a non-starter': a verdict; whether a form of 'be' links it to a subject is checked with its speaker. */
function verdictMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const { entry, words } of cueIndex().verdicts.get(ctx.word(i)) ?? []) {
    if (ctx.matches(i, words)) {
      out.push({ kind: "verdict", stance: entry.stance, negated: entry.negated, head: i, after: i + words.length, link: [], participle: false });
    }
  }
}

function refusalMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  const verbs = cueIndex().verbs;
  for (const phrase of cueIndex().refusals.get(ctx.word(i)) ?? []) {
    const verb = i + phrase.length;
    // 'will not accept' is the accept cue negated; a refusal needs a verb that is not itself a cue
    if (ctx.matches(i, phrase) && ctx.pos(verb) === "VERB" && !verbs.has(ctx.word(verb))) {
      out.push({ kind: "refusal", stance: "reject", negated: null, head: i, after: verb, link: [], participle: false });
    }
  }
}

/** Every cue in the sentence whose words are not part of an actor's name ('Rapid Support Forces'). */
export function findCues(ctx: SentenceContext): CueMatch[] {
  const out: CueMatch[] = [];
  const starters = cueIndex().starters;
  for (let i = ctx.first; i < ctx.end; i++) {
    if (!starters.has(ctx.word(i)) || ctx.mentionAt(i)) continue;
    verbMatches(ctx, i, out);
    nounMatches(ctx, i, out);
    adjectiveMatches(ctx, i, out);
    refusalMatches(ctx, i, out);
    obligationMatches(ctx, i, out);
    addressedMatches(ctx, i, out);
    denialMatches(ctx, i, out);
    verdictMatches(ctx, i, out);
  }
  return out;
}
