import type { SentenceView } from "./sentence.js";
import { writtenDurations, writtenNumberAt, type WrittenDuration } from "../../kb/numbers.js";
import type { Word } from "./phrases.js";

/** Terms are read from words alone; a region of a sentence is read as a sentence of its own. */
type WordsView = Pick<SentenceView, "words" | "lex">;

type Duration = WrittenDuration;

export interface Phase {
  number: number | null;
  days?: number;
  releases?: string[];
}

export interface Terms {
  ceasefireDays?: number;
  /** "in three phases", "a two-stage plan": how many phases, when the text counts them */
  phaseCount?: number;
  phases?: Phase[];
  releases?: string[];
  exchange?: { give: string; get: string };
  permanent?: true;
}

/** Words between a duration and the ceasefire it qualifies ("a 30-day humanitarian truce"). */
const DURATION_TO_NOUN = 3;
/** Words between a ceasefire and a following duration ("a truce of 30 days"). */
const NOUN_TO_DURATION = 3;
/** Words around a phase noun in which its ordinal and duration are looked for. */
const PHASE_REACH = 4;
/** Words before/after an exchange marker in which the goods are looked for. */
const GOODS_BEFORE = 8;
const GOODS_AFTER = 6;

// "a" counts one here: "a month" is a duration
const numberAt = (view: WordsView, i: number) => writtenNumberAt(view.words, i, true);

// "a month" is a duration of one month
const durations = (view: WordsView): Duration[] => writtenDurations(view.words, view.lex.terms.units, 0, view.words.length, true);

function ceasefireDays(view: WordsView, spans: Duration[]): number | undefined {
  const nouns = view.lex.terms.ceasefireNouns.scan(view.words);
  for (const d of spans) {
    if (nouns.some((n) => n.from >= d.to && n.from - d.to < DURATION_TO_NOUN)) return d.days;
    if (nouns.some((n) => d.from >= n.to && d.from - n.to < NOUN_TO_DURATION)) return d.days;
  }
  return undefined;
}

function isPermanent(view: WordsView): boolean {
  const t = view.lex.terms;
  if (t.permanentPhrases.scan(view.words).length > 0) return true;
  return t.ceasefireNouns.scan(view.words).some((n) => {
    for (let i = Math.max(0, n.from - 2); i < n.from; i++) if (t.permanentAdjectives.has(view.words[i]!.text)) return true;
    return false;
  });
}

function groupsIn(view: WordsView, from: number, to: number): string[] {
  const found = view.lex.terms.releaseGroups.scan(view.words.slice(from, to)).map((m) => m.value);
  return [...new Set(found)];
}

function phases(view: WordsView, spans: Duration[], releasing: boolean): Phase[] {
  const t = view.lex.terms;
  const nouns = view.words.flatMap((w, i) => (t.phaseNouns.has(w.text) ? [i] : []));
  const found = nouns.map((at, k) => {
    const near = (i: number) => Math.abs(i - at) <= PHASE_REACH;
    let number: number | null = null;
    for (let i = Math.max(0, at - PHASE_REACH); i <= at + 1 && i < view.words.length; i++) {
      const word = view.words[i]!.text;
      const ordinal = t.ordinals.get(word);
      // "phase three" and "the third phase" number a phase; "three phases" and "a three-phase plan" count them
      const cardinalBefore = i < at && t.numbers.has(word);
      if (ordinal !== undefined && !cardinalBefore && (i < at || i === at + 1)) number = ordinal;
    }
    const phase: Phase = { number };
    const duration = spans.find((d) => near(d.from) || near(d.to - 1));
    if (duration) phase.days = duration.days;
    const releases = releasing ? groupsIn(view, at, nouns[k + 1] ?? view.words.length) : [];
    if (releases.length > 0) phase.releases = releases;
    return phase;
  });
  // "a phase" without an ordinal or a length is no term ("in the final phase of talks"); "phase two ... phase two" is one
  const out: Phase[] = [];
  for (const phase of found) {
    if (phase.number === null && phase.days === undefined) continue;
    const same = phase.number !== null ? out.find((o) => o.number === phase.number) : undefined;
    if (!same) out.push(phase);
    else {
      same.days ??= phase.days;
      if (phase.releases) same.releases = [...new Set([...(same.releases ?? []), ...phase.releases])];
    }
  }
  return out;
}

/** "in three phases", "a three-phase deal": a number right before a phase noun. */
function phaseCount(view: WordsView): number | undefined {
  for (let i = 1; i < view.words.length; i++) {
    const word = view.words[i]!.text;
    const singular = word.endsWith("s") ? word.slice(0, -1) : word;
    if (!view.lex.terms.phaseNouns.has(singular)) continue;
    const n = numberAt(view, i - 1);
    if (n && n.to === i && n.value > 1) return n.value;
  }
  return undefined;
}

function goodAt(view: WordsView, from: number, to: number, last: boolean): string | undefined {
  const found = view.lex.terms.exchangeGoods.scan(view.words.slice(Math.max(0, from), Math.min(to, view.words.length)));
  return (last ? found[found.length - 1] : found[0])?.value;
}

/**
 * What is given for what: "hostages in exchange for prisoners", "an exchange of hostages for prisoners",
 * "a hostages-for-prisoners deal".
 */
function exchange(view: WordsView): Terms["exchange"] {
  const words: Word[] = view.words;
  for (const m of view.lex.terms.exchangeMarkers.scan(words)) {
    const opensWithOf = words[m.to - 1]!.text === "of";
    if (opensWithOf) {
      const forAt = words.findIndex((w, i) => i >= m.to && w.text === "for");
      const give = forAt > 0 ? goodAt(view, m.to, forAt, false) : undefined;
      const get = forAt > 0 ? goodAt(view, forAt + 1, forAt + 1 + GOODS_AFTER, false) : undefined;
      if (give && get && give !== get) return { give, get };
    } else {
      const give = goodAt(view, m.from - GOODS_BEFORE, m.from, true);
      const get = goodAt(view, m.to, m.to + GOODS_AFTER, false);
      if (give && get && give !== get) return { give, get };
    }
  }
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.text !== "for") continue;
    const give = goodAt(view, i - 1, i, true);
    const get = goodAt(view, i + 1, i + 2, false);
    if (give && get && give !== get) return { give, get };
  }
  return undefined;
}

/** Words [from, to) of a sentence, viewed as a sentence of their own. */
function within(view: WordsView, from: number, to: number): WordsView {
  return from === 0 && to >= view.words.length ? view : { words: view.words.slice(from, to), lex: view.lex };
}

/** Words [from, to) of the sentence around one trigger: from the end of the trigger before to the start of the one after. */
export interface TermRegion {
  before: number;
  trigger: number;
  after: number;
}

/**
 * The terms of one proposal or agreement in a sentence that may name several ("answered the offer of a
 * 30-day truce with a counter-proposal: a 90-day ceasefire in three phases"): what follows the trigger
 * up to the next one, else what precedes it back to the one before ("a 30-day truce was proposed").
 */
export function termsAround(view: WordsView, region: TermRegion): Terms | null {
  return termsOf(within(view, region.trigger, region.after)) ?? termsOf(within(view, region.before, region.trigger));
}

/** The terms a sentence states for a proposal or agreement, or null when it states none. */
export function termsOf(view: WordsView): Terms | null {
  if (!view.words.some((w) => view.lex.terms.cues.has(w.text))) return null;
  const spans = durations(view);
  const releasing = view.lex.terms.releaseWords.scan(view.words).length > 0;
  const terms: Terms = {};
  const days = ceasefireDays(view, spans);
  if (days !== undefined) terms.ceasefireDays = days;
  const count = phaseCount(view);
  if (count !== undefined) terms.phaseCount = count;
  const phaseList = phases(view, spans, releasing);
  if (phaseList.length > 0) terms.phases = phaseList;
  else if (releasing) {
    const releases = groupsIn(view, 0, view.words.length);
    if (releases.length > 0) terms.releases = releases;
  }
  const swap = exchange(view);
  if (swap) terms.exchange = swap;
  if (isPermanent(view)) terms.permanent = true;
  return Object.keys(terms).length > 0 ? terms : null;
}
