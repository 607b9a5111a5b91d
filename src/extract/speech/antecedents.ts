import type { Doc } from "../../doc/doc.js";
import { actorKnowledge } from "../../kb/actors-kb.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { mentionsInSentence } from "../actors/lookup.js";
import { wordsOf } from "../actors/words.js";
import { invertedSubject, isPronoun, isSpeechVerb, sentenceSubject, subjectBefore } from "./phrases.js";
import { actorForPhrase } from "./speaker.js";
import { insideAny } from "../../record/spans.js";

type Gender = "male" | "female";

const GENDER: Record<string, Gender> = { he: "male", him: "male", his: "male", she: "female", her: "female" };
/**
 * How far back a pronoun looks: its own sentence and a few before. The nearest sentence with a
 * fitting subject (or someone we hold no actor for) ends the search well before that.
 */
const LOOKBACK_SENTENCES = 6;
/** A pronoun subject resolved through the pronoun it continues ("he said ... he added"): how many links. */
const MAX_CHAIN = 3;

interface Candidate {
  actor: ActorRecord;
  /** Subject of a speech verb or of the sentence: what a following "he said" continues. */
  subject: boolean;
}


/** The gender an actor's name or title gives ("Mrs Holm", "a spokeswoman"), or null. */
function genderOf(actor: ActorRecord): Gender | null {
  if (actor.gender) return actor.gender;
  const kb = actorKnowledge();
  for (const role of actor.roles) {
    const gender = kb.titleGenders.get(role.toLowerCase().split(/\s+/).pop() ?? "");
    if (gender === "male" || gender === "female") return gender;
  }
  return null;
}

const fits = (actor: ActorRecord, gender: Gender) =>
  (actor.type === "person" || actor.type === "unnamed") && (genderOf(actor) ?? gender) === gender;

/**
 * The person "he" or "she" refers to: the subject of the nearest earlier sentence that has a
 * fitting one (the speaker of "Holm said ...", the subject of "Holm rejected ..."), looking back
 * a few sentences. Names inside quotations are skipped:
 * "Biden", said by someone else, is rarely the speaker. When two different people fit equally,
 * nobody is returned: a wrong speaker is worse than none.
 */
export function resolvePronoun(doc: Doc, pronoun: string, at: number, quoted: Span[], depth = 0): ActorRecord | undefined {
  const gender = GENDER[pronoun];
  if (!gender) return undefined;
  const here = doc.sentenceAt(at);
  const bystanders = new Set<ActorRecord>();
  let pick: ActorRecord | undefined;
  for (let s = here; s >= 0 && here - s <= LOOKBACK_SENTENCES; s--) {
    const { candidates, unknownSubject } = candidatesIn(doc, s, at, gender, quoted, depth);
    const subjects = distinct(candidates.filter((c) => c.subject));
    if (pick) {
      // a person the pronoun surely fits, one sentence further back, makes a pick of unknown gender a guess
      return subjects.some((a) => a !== pick && genderOf(a) === gender) ? undefined : pick;
    }
    if (subjects.length) {
      pick = onlyOne(subjects, bystanders, gender);
      if (!pick || genderOf(pick) === gender) return pick;
      continue;
    }
    // "Another said ...", "A source at the club told ...": someone we hold no actor for spoke last.
    if (unknownSubject) return undefined;
    const named = distinct(candidates);
    // "Holm (D-Val.) scolded him: “...,” she said": the one person named in the pronoun's own sentence
    if (s === here && named.length === 1) return named[0];
    named.forEach((a) => bystanders.add(a));
  }
  // Nobody was a subject: a single person named nearby is still the one meant.
  return pick ?? (bystanders.size === 1 ? [...bystanders][0] : undefined);
}

/** The one fitting subject, unless another person (a subject too, or named in between) makes it a guess. */
function onlyOne(subjects: ActorRecord[], bystanders: Set<ActorRecord>, gender: Gender): ActorRecord | undefined {
  const known = (a: ActorRecord) => genderOf(a) === gender;
  const pick = subjects.length === 1 ? subjects[0] : undefined;
  if (!pick) return undefined;
  // a person of the pronoun's gender named nearer than the subject found further back makes it a guess
  const rival = [...bystanders].some((a) => a !== pick && known(a));
  return rival ? undefined : pick;
}

const distinct = (candidates: Candidate[]) => [...new Set(candidates.map((c) => c.actor))];

/** Fitting actors of one sentence, before `limit`: speech and sentence subjects, then anyone named. */
function candidatesIn(doc: Doc, s: number, limit: number, gender: Gender, quoted: Span[], depth: number): { candidates: Candidate[]; unknownSubject: boolean } {
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const sentence = doc.sentences[s]!;
  const out: Candidate[] = [];
  let unknownSubject = false;
  const subjectActor = (range: TokenRange | null): ActorRecord | undefined => {
    if (!range || doc.tokens[range[0]]!.start >= limit) return undefined;
    const pronoun = isPronoun(words, range);
    if (pronoun) return GENDER[pronoun] === gender && depth < MAX_CHAIN ? resolvePronoun(doc, pronoun, doc.tokens[range[0]]!.start, quoted, depth + 1) : undefined;
    const actor = actorForPhrase(doc, words, range, quoted);
    if (!actor && namesSomeone(doc, words, range)) unknownSubject = true;
    return actor;
  };
  const end = Math.min(sentence.endToken, doc.tokenAt(limit));
  for (let v = sentence.firstToken; v < end; v++) {
    if (!isSpeechVerb(kb, words, v) || insideAny(doc.tokens[v]!.start, quoted)) continue;
    const actor = subjectActor(subjectBefore(doc, words, v) ?? invertedSubject(doc, words, v));
    if (actor && fits(actor, gender)) out.push({ actor, subject: true });
  }
  const openingRange = sentenceSubject(doc, words, sentence.firstToken, end);
  const opening = openingRange && !insideAny(doc.tokens[openingRange[0]]!.start, quoted) ? subjectActor(openingRange) : undefined;
  if (opening && fits(opening, gender)) out.push({ actor: opening, subject: true });
  const named = mentionsInSentence(doc, s).filter((m) => m.start < limit && !insideAny(m.start, quoted));
  // "Holm and Venn left": each of two coordinated names is a subject when the last one is
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i]!;
    const after = doc.tokenAt(m.end);
    const next = named[i + 1];
    const coordinated = words[after]?.toLowerCase() === "and" && !!next && doc.tokenAt(next.start) - after <= 4 && out.some((c) => c.actor === next.actor && c.subject);
    if (fits(m.actor, gender)) out.push({ actor: m.actor, subject: coordinated || verbFollows(doc, words, after) });
  }
  return { candidates: out, unknownSubject };
}

/** A name followed by its verb is a subject: "Mitsotakis met ..." (not "with President Trump, where"). */
function verbFollows(doc: Doc, words: string[], k: number): boolean {
  // "Holm (D-Val.) scolded ...": a parenthesis after the name
  if (words[k] === "(") {
    const close = words.indexOf(")", k);
    if (close > k && close - k < 8) k = close + 1;
  }
  while (doc.tokens[k]?.pos === "ADV" || doc.tokens[k]?.pos === "AUX") k++;
  return doc.tokens[k]?.pos === "VERB" && !/ing$/.test(words[k]!);
}

const SOMEONE = new Set(["another", "one", "a", "an"]);

/** A subject that is somebody, though no actor: a name ("Piers Holm") or "another", "a source at ...". */
function namesSomeone(doc: Doc, words: string[], range: TokenRange): boolean {
  const first = words[range[0]]!.toLowerCase();
  if (SOMEONE.has(first)) return true;
  // "Families waited ...": one capitalised word opening its sentence may be a common noun, not a name
  const opensSentence = doc.tokens[range[0]]!.index === doc.sentences[doc.tokens[range[0]]!.sentence]!.firstToken;
  if (range[1] - range[0] === 1 && opensSentence) return false;
  return doc.tokens.slice(range[0], range[1]).every((t) => t.pos === "PROPN");
}
