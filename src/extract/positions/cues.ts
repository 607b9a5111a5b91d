import type { PositionRecord } from "../../record/schema.js";
import type { Doc } from "../../doc/doc.js";
import { plainWord, type MentionRef, type SentenceContext } from "./context.js";
import { isParticipleForm, verbForms } from "./inflect.js";
import { stanceWords, type AdjectiveCueEntry, type NounCueEntry, type VerbCueEntry } from "./words.js";

export type Stance = PositionRecord["stance"];

/** A stance cue found in a sentence: what kind, where it is, and where the wanted thing begins. */
export interface CueMatch {
  kind: "verb" | "noun" | "adjective" | "refusal";
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
}

interface CueIndex {
  verbs: Map<string, { entry: VerbCueEntry; participle: boolean }[]>;
  nouns: Map<string, NounCueEntry[]>;
  adjectives: Map<string, { entry: AdjectiveCueEntry; words: string[] }[]>;
  refusals: Map<string, string[][]>;
  /** every word that can start a cue of any kind */
  starters: Set<string>;
  /** one telling word of every cue: a sentence without any of them has no cue */
  signals: Set<string>;
}

let index: CueIndex | undefined;

const longest = (words: string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cueIndex(): CueIndex {
  if (index) return index;
  const w = stanceWords();
  const built: CueIndex = { verbs: new Map(), nouns: new Map(), adjectives: new Map(), refusals: new Map(), starters: new Set(), signals: new Set() };
  for (const entry of w.verbCues) {
    const forms = new Set([...verbForms(entry.cue), ...(entry.forms ?? [])]);
    for (const form of forms) push(built.verbs, form, { entry, participle: isParticipleForm(form, entry.cue) });
  }
  for (const entry of w.nounCues) push(built.nouns, entry.cue, entry);
  for (const entry of w.adjectiveCues) {
    const words = entry.cue.toLowerCase().split(/\s+/);
    push(built.adjectives, words[0]!, { entry, words });
  }
  for (const phrase of w.refusals) push(built.refusals, phrase[0]!, phrase);
  for (const map of [built.verbs, built.nouns, built.adjectives, built.refusals]) for (const key of map.keys()) built.starters.add(key);
  for (const key of [...built.verbs.keys(), ...built.nouns.keys()]) built.signals.add(key);
  for (const list of built.adjectives.values()) for (const { words } of list) built.signals.add(longest(words));
  // a refusal ends in its negator ('will not', 'would never')
  for (const phrase of w.refusals) built.signals.add(phrase[phrase.length - 1]!);
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
function linkAt(ctx: SentenceContext, at: number, links: string[] | undefined): string[] | undefined {
  if (!links || links.length === 0) return [];
  for (const link of links) {
    const words = link.toLowerCase().split(/\s+/);
    if (ctx.matches(at, words)) return words;
  }
  return undefined;
}

/**
 * Whether a sentence may hold a cue: it has one of the cues' telling words. Checked on the raw
 * token texts, lower-casing only capitalised ones, because most sentences hold no cue at all.
 */
export function mayHaveCue(doc: Doc, first: number, end: number): boolean {
  const signals = cueIndex().signals;
  for (let i = first; i < end; i++) {
    const text = doc.tokens[i]!.text;
    if (signals.has(text)) return true;
    const initial = text.charCodeAt(0);
    if (((initial >= 65 && initial <= 90) || text.includes("\u2019")) && signals.has(plainWord(text))) return true;
  }
  return false;
}

/** 'support for', 'demand of': a verb form used as a noun, left to the noun cues. */
const NOUN_USE = new Set(["for", "of"]);

function verbMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const { entry, participle } of cueIndex().verbs.get(ctx.word(i)) ?? []) {
    if (!entry.links && NOUN_USE.has(ctx.word(i + 1))) continue;
    const link = linkAt(ctx, i + 1, entry.links);
    if (link) out.push({ kind: "verb", stance: entry.stance, negated: entry.negated, head: i, after: i + 1 + link.length, link, participle });
  }
}

function nounMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const entry of cueIndex().nouns.get(ctx.word(i)) ?? []) {
    let at = i + 1;
    let agentMention: number | undefined;
    const agent = ctx.word(at) === "by" || ctx.word(at) === "from" ? mentionAfter(ctx, at + 1) : undefined;
    if (agent) {
      agentMention = agent.first;
      at = agent.last + 1;
    }
    const link = linkAt(ctx, at, entry.links);
    if (link) out.push({ kind: "noun", stance: entry.stance, negated: null, head: i, after: at + link.length, link, participle: false, agentMention });
  }
}

function adjectiveMatches(ctx: SentenceContext, i: number, out: CueMatch[]): void {
  for (const { entry, words } of cueIndex().adjectives.get(ctx.word(i)) ?? []) {
    if (ctx.matches(i, words)) {
      out.push({ kind: "adjective", stance: entry.stance, negated: entry.negated, head: i, after: i + words.length, link: words.slice(-1), participle: false });
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
  }
  return out;
}
