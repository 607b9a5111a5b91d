import { bareSurname, type ActorKnowledge } from "../../kb/actors-kb.js";

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
}

// Name parts are compared with every person of a document; their keys are computed once per array.
const surnames = new WeakMap<string[], string>();
const fullNames = new WeakMap<string[], string>();

function surnameOf(parts: string[]): string {
  let surname = surnames.get(parts);
  if (surname === undefined) {
    surname = bareSurname(parts[parts.length - 1]!);
    surnames.set(parts, surname);
  }
  return surname;
}

function fullNameOf(parts: string[]): string {
  let name = fullNames.get(parts);
  if (name === undefined) {
    name = parts.join(" ").toLowerCase();
    fullNames.set(parts, name);
  }
  return name;
}
const isInitial = (p: string) => /^[A-Z]\.?$/.test(p);

/**
 * Whether two written names can be the same person: the same surname and compatible given names
 * ("Tony"/"Antony", "J."/"John"). A bare surname is compatible with any full name that ends in it;
 * different given names never are, which keeps two people who share a surname apart.
 */
export function compatibleNames(kb: ActorKnowledge, a: string[], b: string[], givenNameOnly = false): boolean {
  if (givenNameOnly && b.length === 1) return a[0] === b[0];
  if (surnameOf(a) !== surnameOf(b)) return sameKnownPerson(kb, a, b);
  if (a.length === 1 || b.length === 1) return true;
  const ga = a[0]!;
  const gb = b[0]!;
  if (kb.sameGivenName(ga, gb)) return true;
  return ((isInitial(ga) || isInitial(gb)) && ga[0] === gb[0]) || sameKnownPerson(kb, a, b);
}

/** Two forms the knowledge base lists for one person ("Recep Tayyip Erdogan", "Tayyip Erdogan"). */
function sameKnownPerson(kb: ActorKnowledge, a: string[], b: string[]): boolean {
  const known = kb.people.get(fullNameOf(a));
  return !!known && known === kb.people.get(fullNameOf(b));
}

export { surnameOf };
