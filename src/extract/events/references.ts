import type { Doc, Token } from "../../doc/doc.js";
import { readKbFile } from "../../kb/files.js";
import type { ActorRecord, QuoteRecord, Span } from "../../record/schema.js";
import { clauseAt } from "../clauses/index.js";
import { resolvePronoun } from "../speech/speaker.js";
import { describedPerson, personByOffice } from "./descriptions.js";
import type { Mention } from "./sentence.js";

interface ReferencesFile {
  firstPerson: string[];
  firstPersonPlural: string[];
  thirdPerson: string[];
  neuter: string[];
  pairNouns: Record<string, string[]>;
  subjectPronouns: string[];
  groupNouns: string[];
  organizationNouns: string[];
  stateNouns: string[];
  stateNounsOf: string[];
  determiners: string[];
  maxModifiers: number;
}

interface Lists {
  firstPerson: Set<string>;
  firstPersonPlural: Set<string>;
  thirdPerson: Set<string>;
  neuter: Set<string>;
  /** "the two companies": the noun, and the kinds of actor it may stand for */
  pairNouns: Map<string, Set<string>>;
  subjectPronouns: Set<string>;
  groupNouns: Set<string>;
  organizationNouns: Set<string>;
  stateNouns: Set<string>;
  stateNounsOf: Set<string>;
  determiners: Set<string>;
  maxModifiers: number;
  /** every word that may refer: a token not in it is passed over at once */
  candidates: Set<string>;
}

let lists: Lists | undefined;
function referenceLists(): Lists {
  if (!lists) {
    const f = readKbFile<ReferencesFile>("event-references.json");
    lists = {
      firstPerson: new Set(f.firstPerson), firstPersonPlural: new Set(f.firstPersonPlural), thirdPerson: new Set(f.thirdPerson), neuter: new Set(f.neuter),
      pairNouns: new Map(Object.entries(f.pairNouns).map(([noun, types]) => [noun, new Set(types)])),
      subjectPronouns: new Set(f.subjectPronouns), groupNouns: new Set(f.groupNouns), organizationNouns: new Set(f.organizationNouns),
      stateNouns: new Set(f.stateNouns), stateNounsOf: new Set(f.stateNounsOf), determiners: new Set(f.determiners),
      maxModifiers: f.maxModifiers,
      candidates: new Set([...f.firstPerson, ...f.firstPersonPlural, ...f.thirdPerson, ...f.neuter, ...Object.keys(f.pairNouns), ...f.groupNouns, ...f.organizationNouns, ...f.stateNouns]),
    };
  }
  return lists;
}

/** How often a state must be named to be the one "the government" stands for when no government is named. */
const DOMINANT_MENTIONS = 3;

/** Words that may stand between "the" and a group or state noun: "the armed group", "the rebel movement". */
const MODIFIER_POS = new Set(["ADJ", "NOUN", "VERB"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/** What "it" may stand for. */
const BODIES = new Set<ActorRecord["type"]>(["organization", "state"]);

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const surname = (actor: ActorRecord) => actor.name.split(/\s+/).pop()!.toLowerCase();
/** The same actor, or two records of one person ("Abdel Fattah Al-Sisi" and "Al-Sisi"). */
const samePerson = (a: ActorRecord, b: ActorRecord) => a === b || (a.type === "person" && b.type === "person" && surname(a) === surname(b));

/**
 * Actors referred to without their names (event-references.json): "we" in a quote is its speaker,
 * "he" the person the text last spoke of, "the rebels" the armed group named last, "the government"
 * the one state whose government the text names. They are mentions for the events stage only.
 */
export class References {
  private readonly lists = referenceLists();
  private readonly quoted: Span[];
  private mentionsByType = new Map<ActorRecord["type"], { start: number; actor: ActorRecord }[]>();
  private governedState?: ActorRecord | null;

  constructor(private readonly doc: Doc) {
    this.quoted = doc.quotes.map((q) => ({ start: q.start, end: q.end }));
  }

  /** Mentions by reference in sentence `s`, on tokens no named mention covers. */
  inSentence(s: number, named: Mention[]): Mention[] {
    const doc = this.doc;
    const sentence = doc.sentences[s]!;
    let covered: Uint8Array | undefined;
    const isCovered = (i: number) => {
      if (!covered) {
        covered = new Uint8Array(sentence.endToken - sentence.firstToken);
        for (const m of named) covered.fill(1, m.firstToken - sentence.firstToken, m.endToken - sentence.firstToken);
      }
      return covered[i - sentence.firstToken] === 1;
    };
    const out: Mention[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (isCovered(i)) continue;
      const office = this.officeAt(i, sentence.endToken, isCovered);
      if (office) {
        out.push({ actor: office.person, start: token.start, end: doc.tokens[i + office.length]!.end, firstToken: i, endToken: i + office.length + 1 });
        i += office.length;
        continue;
      }
      if (!this.lists.candidates.has(lower(token))) continue;
      const namedLater = named.filter((m) => m.firstToken > i).map((m) => m.actor);
      const namedEarlier = named.filter((m) => m.endToken <= i).map((m) => m.actor);
      const pair = this.pairFor(i, sentence.firstToken);
      if (pair) {
        for (const actor of pair) out.push({ actor, start: token.start, end: token.end, firstToken: i, endToken: i + 1 });
        continue;
      }
      const referred = this.actorFor(token, i, sentence.firstToken, isCovered, namedLater, namedEarlier);
      if (!referred) continue;
      const actor = describedPerson(doc, referred, token.start) ?? referred;
      out.push({ actor, start: token.start, end: token.end, firstToken: i, endToken: i + 1, subjectOnly: this.lists.subjectPronouns.has(lower(token)) });
    }
    return out;
  }

  /** "the Planning Minister" after "Planning Minister Julio De Vido", not followed by a name of its own. */
  private officeAt(i: number, end: number, covered: (i: number) => boolean): { person: ActorRecord; length: number } | undefined {
    const doc = this.doc;
    if (!this.lists.determiners.has(lower(doc.tokens[i]))) return undefined;
    const words: string[] = [];
    for (let k = i + 1; k < Math.min(end, i + 5) && !covered(k) && /^[\p{L}-]+$/u.test(doc.tokens[k]!.text); k++) words.push(doc.tokens[k]!.text);
    const found = words.length > 0 ? personByOffice(doc, words, doc.tokens[i]!.start) : undefined;
    if (!found) return undefined;
    const next = doc.tokens[i + found.length + 1];
    if (next && next.sentence === doc.tokens[i]!.sentence && (covered(i + found.length + 1) || next.pos === "PROPN")) return undefined;
    return found;
  }

  private actorFor(token: Token, i: number, floor: number, covered: (i: number) => boolean, namedLater: ActorRecord[], namedEarlier: ActorRecord[]): ActorRecord | undefined {
    const word = lower(token);
    const l = this.lists;
    if (l.firstPerson.has(word)) return this.speakerOfQuoteAt(token.start);
    if (l.firstPersonPlural.has(word)) return this.sideOf(this.speakerOfQuoteAt(token.start));
    if (l.thirdPerson.has(word)) return token.pos === "PRON" ? this.personFor(word, token.start, namedLater) : undefined;
    if (l.neuter.has(word)) return token.pos === "PRON" && !this.isQuoted(token.start) ? this.bodyFor(i) : undefined;
    if (!l.groupNouns.has(word) && !l.organizationNouns.has(word) && !l.stateNouns.has(word)) return undefined;
    if (this.definiteStart(i, floor, covered) < 0) return undefined;
    if (l.groupNouns.has(word)) return this.latestBefore("group", token.start);
    if (!l.organizationNouns.has(word)) return this.governedStateOnce();
    // "Liedtke said the company would not settle": the company of the person named before it in the sentence
    return this.organizationOf(namedEarlier) ?? this.latestBefore("organization", token.start);
  }

  /** "We" said by an official is the side the official speaks for, when the text names it. */
  private sideOf(speaker: ActorRecord | undefined): ActorRecord | undefined {
    const side = speaker?.affiliation?.toLowerCase();
    if (!side) return speaker;
    const named = this.doc.actors.find((a) => a.type !== "place" && [a.name, ...a.aliases].some((n) => n.toLowerCase() === side));
    return named ?? speaker;
  }

  /** The innermost quote around `offset` decides: words quoted inside a speaker's quote are someone else's. */
  private speakerOfQuoteAt(offset: number): ActorRecord | undefined {
    let inner: QuoteRecord | undefined;
    for (const q of this.doc.quotes) {
      if (q.start <= offset && offset < q.end && (!inner || q.end - q.start < inner.end - inner.start)) inner = q;
    }
    return this.doc.actor(inner?.speaker);
  }

  /**
   * The person "he" or "she" stands for. Inside a quote it is someone the speaker talks about, not
   * resolvable from the narration; and it is never someone named later in its own sentence ("He urged
   * Lenz to ..." is not Lenz), so then the latest other person named before it is taken.
   */
  private personFor(pronoun: string, offset: number, namedLater: ActorRecord[]): ActorRecord | undefined {
    if (this.quoted.some((q) => offset >= q.start && offset < q.end)) return undefined;
    const excluded = (actor: ActorRecord) => namedLater.some((later) => samePerson(actor, later));
    const resolved = resolvePronoun(this.doc, pronoun, offset, this.quoted);
    if (resolved && !excluded(resolved)) return resolved;
    // unresolved: only a person named in this sentence or the one before ("When President X ... arrived in power
    // he began to negotiate ... But he has rejected"); excluded: the latest other person named before
    const sentence = this.doc.sentenceAt(offset);
    const floor = resolved ? 0 : this.doc.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
    let latest: { actor: ActorRecord; start: number } | undefined;
    for (const actor of this.doc.actors) {
      if (actor.type !== "person" || excluded(actor)) continue;
      for (const m of actor.mentions) {
        const quoted = this.quoted.some((q) => m.start >= q.start && m.end <= q.end);
        if (m.start >= floor && m.start < offset && !quoted && (!latest || m.start > latest.start)) latest = { actor, start: m.start };
      }
    }
    return latest?.actor;
  }

  /**
   * "the two companies", "the two sides": the last two actors of the kinds the noun names, told
   * before it; nothing when fewer than two are named.
   */
  private pairFor(i: number, floor: number): ActorRecord[] | undefined {
    const doc = this.doc;
    const kinds = this.lists.pairNouns.get(lower(doc.tokens[i]));
    if (!kinds || i - 2 < floor || lower(doc.tokens[i - 1]) !== "two" || !this.lists.determiners.has(lower(doc.tokens[i - 2]))) return undefined;
    const offset = doc.tokens[i]!.start;
    const latest: { actor: ActorRecord; start: number }[] = [];
    for (const actor of doc.actors) {
      if (!kinds.has(actor.type)) continue;
      const last = actor.mentions.filter((m) => m.start < offset && !this.isQuoted(m.start)).at(-1);
      if (last) latest.push({ actor, start: last.start });
    }
    if (latest.length < 2) return undefined;
    return latest.sort((a, b) => b.start - a.start).slice(0, 2).map((l) => l.actor);
  }

  private isQuoted(offset: number): boolean {
    return this.quoted.some((q) => offset >= q.start && offset < q.end);
  }

  /**
   * The organisation or state "it" stands for when it is a clause's subject: the subject of the
   * nearest clause before it, in its sentence or the one before, that names one ("Yukos is suing ...
   * It has also threatened legal action", "the Cabinet Office said it was reviewing").
   */
  private bodyFor(token: number): ActorRecord | undefined {
    const doc = this.doc;
    const own = clauseAt(doc, token);
    if (!own?.subject || own.subject.first !== token || own.subject.last !== token) return undefined;
    const sentence = doc.tokens[token]!.sentence;
    for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
      const clauses = doc.clauses.inSentence(s);
      for (let k = clauses.length - 1; k >= 0; k--) {
        const subject = clauses[k]!.subject;
        if (!subject || subject.last >= token || subject.relative) continue;
        const body = this.bodyIn(doc.tokens[subject.first]!.start, doc.tokens[subject.relative ? subject.head : subject.last]!.end);
        if (body) return body;
      }
    }
    return undefined;
  }

  /** The one organisation or state named within [start, end), if exactly one is. */
  private bodyIn(start: number, end: number): ActorRecord | undefined {
    const found = this.doc.actors.filter((a) => BODIES.has(a.type) && a.mentions.some((m) => m.start >= start && m.end <= end));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Index of "the" opening a definite noun phrase that ends at token `head`, or -1. */
  private definiteStart(head: number, floor: number, covered: (i: number) => boolean): number {
    for (let i = head - 1; i >= floor && head - i <= this.lists.maxModifiers + 1; i--) {
      const token = this.doc.tokens[i]!;
      if (this.lists.determiners.has(lower(token))) return i;
      if (covered(i) || !MODIFIER_POS.has(token.pos)) return -1;
    }
    return -1;
  }

  /** The organisation the last person among `people` speaks for, when the text names it as an actor. */
  private organizationOf(people: ActorRecord[]): ActorRecord | undefined {
    const person = [...people].reverse().find((a) => a.type === "person" && a.affiliation);
    const side = person?.affiliation?.toLowerCase();
    if (!side) return undefined;
    return this.doc.actors.find((a) => a.type === "organization" && [a.name, ...a.aliases].some((n) => n.toLowerCase() === side));
  }

  /** The actor of `type` named last before `offset`: "the rebels" after the Amber Front, "the company" after Pennzoil. */
  private latestBefore(type: ActorRecord["type"], offset: number): ActorRecord | undefined {
    let mentions = this.mentionsByType.get(type);
    if (!mentions) {
      mentions = this.doc.actors
        .filter((a) => a.type === type)
        .flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, actor })))
        .sort((a, b) => a.start - b.start);
      this.mentionsByType.set(type, mentions);
    }
    let latest: ActorRecord | undefined;
    for (const m of mentions) {
      if (m.start >= offset) break;
      latest = m.actor;
    }
    return latest;
  }

  /** The state named with a state noun ("Valdoria's government", "the army of Valdoria"), when only one is. */
  private governedStateOnce(): ActorRecord | undefined {
    if (this.governedState === undefined) {
      const governed = this.doc.actors.filter((a) => a.type === "state" && a.mentions.some((m) => this.namesGovernment(m)));
      this.governedState = governed.length === 1 ? governed[0]! : governed.length === 0 ? this.dominantState() : null;
    }
    return this.governedState ?? undefined;
  }

  /**
   * With no state named with a state noun, "the government" of an article about one country is that
   * country's: the state named at least DOMINANT_MENTIONS times and twice as often as any other.
   */
  private dominantState(): ActorRecord | null {
    const states = this.doc.actors.filter((a) => a.type === "state").sort((a, b) => b.mentions.length - a.mentions.length);
    const [first, second] = states;
    if (!first || first.mentions.length < DOMINANT_MENTIONS || (second && first.mentions.length < 2 * second.mentions.length)) return null;
    return first;
  }

  private namesGovernment(m: Span): boolean {
    const doc = this.doc;
    const { stateNouns, stateNounsOf } = this.lists;
    let after = doc.tokenAt(m.end);
    if (POSSESSIVE.has(lower(doc.tokens[after]))) after++;
    if (stateNouns.has(lower(doc.tokens[after]))) return true;
    const before = doc.tokenAt(m.start) - 1;
    return stateNounsOf.has(lower(doc.tokens[before])) && stateNouns.has(lower(doc.tokens[before - 1]));
  }
}
