import type { EventType } from "../../record/schema.js";
import { hasRequiredSubject, winsDomain } from "./domains.js";
import type { Modality, TriggerSpec } from "./lexicon.js";
import type { PhraseMatch } from "./phrases.js";
import type { SentenceView } from "./sentence.js";

/** A trigger found in a sentence, after the rules that drop or merge triggers have run. */
export interface TriggerHit {
  type: EventType;
  spec: TriggerSpec;
  /** words [from, to) of the sentence */
  from: number;
  to: number;
  mode: string | null;
  /** set when a governing trigger fixed it ("agreed to meet" → a future CONSULT) */
  modality: Modality | null;
}

/** How far after a governing trigger ("urged X to ...") its complement may start, in words. */
const COMPLEMENT_WINDOW = 6;
/** How far after REQUEST/REJECT the words that decide its mode may be. */
const OBJECT_MODE_WINDOW = 8;

function posMatches(view: SentenceView, spec: TriggerSpec, token: number): boolean {
  const pos = view.token(token)?.pos;
  if (spec.pos === "noun") return pos === "NOUN" || pos === "PROPN";
  if (spec.pos === "verb") return pos === "VERB";
  return true;
}

/** "Iran-backed", "U.S.-brokered": the word only describes the name it is glued to. */
function isGluedToPrevious(view: SentenceView, from: number): boolean {
  const word = view.words[from]!;
  if (word.inner) return true;
  const token = view.token(word.token)!;
  return token.start > 0 && view.doc.text[token.start - 1] === "-" && /\S/.test(view.doc.text[token.start - 2] ?? " ");
}

/**
 * A noun or adjective trigger followed by a common noun modifies it ("hostage release deal", "offensive
 * weapons"); a phrase led by a verb does not ("signed a ceasefire agreement").
 */
function isNounModifier(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  if (view.token(view.words[m.from]!.token)?.pos === "VERB") return false;
  const last = view.words[m.to - 1]!.token;
  const next = view.token(last + 1);
  const pos = view.token(last)?.pos;
  return (pos === "NOUN" || pos === "ADJ") && next?.pos === "NOUN" && /^[a-z]/.test(next.text);
}

const BEFORE_ATTRIBUTE = new Set(["DET", "ADP", "ADJ"]);
const NOUNS = new Set(["NOUN", "PROPN"]);

/**
 * A one-word participle used as an adjective ("families of freed Americans", "wounded and detained
 * citizens"); after a conjunction only when it joins another modifier, not a verb ("welcomed the report
 * but accused Valdoria").
 */
function isAttributiveParticiple(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  if (m.to - m.from !== 1) return false;
  const token = view.words[m.from]!.token;
  if (!/ed$/.test(view.lower(token)) || !NOUNS.has(view.token(token + 1)?.pos ?? "")) return false;
  const before = view.token(token - 1)?.pos ?? "";
  if (before === "CCONJ") return view.token(token - 2)?.pos === "ADJ" || /ed$/.test(view.lower(token - 2));
  return BEFORE_ATTRIBUTE.has(before);
}

/** A gerund after a preposition names an event without stating it ("a first phase of releasing hostages"). */
function isGerundObject(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  const token = view.words[m.from]!.token;
  return view.token(token)?.pos === "VERB" && view.lower(token).endsWith("ing") && view.token(token - 1)?.pos === "ADP";
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * A capitalised word inside a run of capitalised words is part of a name ("the ruling Democratic
 * Rally", "the Popular Mobilization Forces"), not an event; the sentence's first word and headlines in
 * capitals are left alone.
 */
function isPartOfName(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  const first = view.words[m.from]!.token;
  const last = view.words[m.to - 1]!.token;
  const word = view.token(first)!.text;
  if (first === view.first || !CAPITALISED.test(word)) return false;
  const capital = (i: number) => CAPITALISED.test(view.token(i)?.text ?? "");
  return (first - 1 > view.first && capital(first - 1)) || capital(last + 1);
}

function fitsWords(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  if (m.value.type === null) return true;
  return posMatches(view, m.value, view.words[m.from]!.token) && !isGluedToPrevious(view, m.from) && !isPartOfName(view, m)
    && !isNounModifier(view, m) && !isAttributiveParticiple(view, m) && !isGerundObject(view, m) && hasRequiredSubject(view, m);
}

/** A match stands when its words fit and, if two domains read it differently, its domain wins ("a union struck" → labour). */
function acceptable(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  return fitsWords(view, m) && winsDomain(view, m, (c) => fitsWords(view, c));
}

function modeFromObject(view: SentenceView, after: number): string | null {
  const limit = Math.min(view.words.length, after + OBJECT_MODE_WINDOW);
  for (let i = after; i < limit; i++) {
    const hit = view.lex.participants.objectModes.matchesAt(view.words, i)[0];
    if (hit) return hit.value;
  }
  return null;
}

function isNominal(view: SentenceView, hit: TriggerHit): boolean {
  return NOUNS.has(view.token(view.words[hit.from]!.token)?.pos ?? "");
}

/** A complement is a noun ("called for talks") or an infinitive ("urged X to withdraw"), not a new finite verb. */
function isComplement(view: SentenceView, hit: TriggerHit): boolean {
  return isNominal(view, hit) || view.words[hit.from - 1]?.text === "to";
}

function breaksBetween(view: SentenceView, a: TriggerHit, b: TriggerHit): boolean {
  for (let i = view.words[a.to - 1]!.token + 1; i < view.words[b.from]!.token; i++) if (view.isBreak(i)) return true;
  return false;
}

/**
 * Applies government between neighbouring triggers: "urged Israel to withdraw" is one REQUEST (mode
 * yield), "refused to meet" one REJECT (mode meet), while "agreed to meet" is a CONSULT in the future.
 */
function applyGovernment(view: SentenceView, hits: TriggerHit[]): TriggerHit[] {
  const dropped = new Set<TriggerHit>();
  for (const hit of hits) {
    for (const later of hits) {
      if (later.from > hit.to && hit.spec.governs?.includes(later.type) && isNominal(view, later) && !breaksBetween(view, hit, later)) dropped.add(later);
    }
  }
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const next = hits[k + 1];
    const close = next && next.from - hit.to <= COMPLEMENT_WINDOW && !breaksBetween(view, hit, next) && isComplement(view, next);
    if (close && hit.spec.yieldsTo?.includes(next.type)) {
      dropped.add(hit);
      next.modality = "future";
    } else if (close && hit.spec.governs?.includes(next.type)) {
      dropped.add(next);
      if (hit.spec.modeFromObject) hit.mode = view.lex.participants.complementModes[next.type] ?? hit.mode;
      k++;
    } else if (hit.spec.modeFromObject && hit.mode === null) {
      hit.mode = modeFromObject(view, hit.to);
    }
  }
  return hits.filter((h) => !dropped.has(h));
}

export function findTriggers(view: SentenceView): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const m of view.lex.triggers.scan(view.words, (m) => acceptable(view, m))) {
    const spec = m.value;
    if (spec.type === null) continue;
    hits.push({ type: spec.type, spec, from: m.from, to: m.to, mode: spec.mode ?? null, modality: (spec.modality as Modality) ?? null });
  }
  return applyGovernment(view, hits);
}
