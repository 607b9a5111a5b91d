import { bareSurname, type ActorKnowledge } from "../../kb/actors-kb.js";
import { NAME_PARTICLES } from "./words.js";

/** A person named in the text, before clustering. */
export interface PersonCandidate {
  first: number;
  end: number;
  parts: string[];
  /** Title, honorific, appositive, known person, given name or speech verb vouches for a person. */
  strong: boolean;
  /** Written after an honorific that goes with a given name: "Sheikh Tamim". */
  givenNameOnly: boolean;
  /** A speech verb follows: "Kirby said". */
  speaks: boolean;
  roles: string[];
  roleRanges: [number, number][];
  gender: string | null;
  known?: { name: string; affiliation: string | null; gender: string | null };
  /** The side written after the name ("Kirchner of Argentina"), and the organisation's tokens when the text names it nowhere else. */
  sideAfter?: { side: string; employer: [number, number] | null } | null;
}

type KnownPerson = ReturnType<ActorKnowledge["people"]["get"]>;

/**
 * What a written name is compared by. Name parts are compared with every person of a document:
 * their keys are made once per array (one lookup per comparison; there were up to four).
 */
interface NameKeys {
  surname: string;
  /** The knowledge base `known` was looked up in, and the person it lists under the full name. */
  kb?: ActorKnowledge;
  known?: KnownPerson;
}

const keys = new WeakMap<string[], NameKeys>();

/** "Jr.", "III": a generation written after the surname, which "Brent Holm III" and "Brent Holm" share. */
const GENERATION = /^(Jr|Sr|II|III|IV)\.?$/;

function keysOf(parts: string[]): NameKeys {
  let found = keys.get(parts);
  if (found === undefined) {
    const last = parts.length > 1 && GENERATION.test(parts[parts.length - 1]!) ? parts.length - 2 : parts.length - 1;
    found = { surname: bareSurname(parts[last]!) };
    keys.set(parts, found);
  }
  return found;
}

function surnameOf(parts: string[]): string {
  return keysOf(parts).surname;
}

function knownPerson(kb: ActorKnowledge, parts: string[], name: NameKeys): KnownPerson {
  if (name.kb !== kb) {
    name.kb = kb;
    name.known = kb.people.get(parts.join(" ").toLowerCase());
  }
  return name.known;
}
const isInitial = (p: string) => /^[A-Z]\.?$/.test(p);

/**
 * Whether two written names can be the same person: the same surname and compatible given names
 * ("Tony"/"Antony", "J."/"John"). A bare surname is compatible with any full name that ends in it;
 * different given names never are, which keeps two people who share a surname apart.
 */
export function compatibleNames(kb: ActorKnowledge, a: string[], b: string[], givenNameOnly = false): boolean {
  return compatible(kb, a, b, keysOf(b), givenNameOnly);
}

/** `compatibleNames` with `b` fixed, for comparing one name with every person: b's keys are looked up once. */
export function compatibleWith(kb: ActorKnowledge, b: string[], givenNameOnly = false): (a: string[]) => boolean {
  const keysB = keysOf(b);
  return (a) => compatible(kb, a, b, keysB, givenNameOnly);
}

function compatible(kb: ActorKnowledge, a: string[], b: string[], keysB: NameKeys, givenNameOnly: boolean): boolean {
  if (givenNameOnly && b.length === 1) return a[0] === b[0];
  const keysA = keysOf(a);
  if (keysA.surname !== keysB.surname) return sameKnownPerson(kb, a, keysA, b, keysB);
  if (a.length === 1 || b.length === 1 || particleSurname(a, b) || particleSurname(b, a)) return true;
  const ga = a[0]!;
  const gb = b[0]!;
  if (kb.sameGivenName(ga, gb) || describedName(kb, a, b) || describedName(kb, b, a)) return true;
  return ((isInitial(ga) || isInitial(gb)) && ga[0] === gb[0]) || sameKnownPerson(kb, a, keysA, b, keysB);
}

/**
 * "Comedian Ana Holm" for "Ana Holm": the whole shorter name, with one capitalised word before it
 * that is no given name, is the same person described ("Mary Ann Holm" and "Ann Holm" are not).
 */
function describedName(kb: ActorKnowledge, long: string[], short: string[]): boolean {
  if (short.length < 2 || long.length !== short.length + 1 || kb.givenNames.has(long[0]!)) return false;
  return short.every((p, i) => p === long[i + 1]);
}

/** "De Vido" for "Julio De Vido": a surname with its particle, written without the given name. */
function particleSurname(short: string[], long: string[]): boolean {
  if (short.length >= long.length || !NAME_PARTICLES.has(short[0]!.toLowerCase())) return false;
  const offset = long.length - short.length;
  return short.every((p, i) => p.toLowerCase() === long[offset + i]!.toLowerCase());
}

/** Two forms the knowledge base lists for one person ("Recep Tayyip Erdogan", "Tayyip Erdogan"). */
function sameKnownPerson(kb: ActorKnowledge, a: string[], keysA: NameKeys, b: string[], keysB: NameKeys): boolean {
  const known = knownPerson(kb, a, keysA);
  return !!known && known === knownPerson(kb, b, keysB);
}

export { surnameOf };
