import { actorKnowledge, bareSurname } from "../../kb/actors-kb.js";
import { foldText } from "../text.js";

/** A given name or an initial ("R.J." is two initials). */
interface GivenPart {
  text: string;
  initial: boolean;
}

export interface PersonName {
  surname: string;
  given: GivenPart[];
}

/** Splits a person's name into given names (or initials) and a surname; suffixes such as "Jr." are dropped. */
export function parsePersonName(name: string, suffixes: ReadonlySet<string>): PersonName {
  const words = name.trim().split(/\s+/).filter((w) => !suffixes.has(w.replace(/,$/, "")));
  const surname = bareSurname(foldText(words.pop() ?? ""));
  const given = words.flatMap(givenParts);
  return { surname, given };
}

function givenParts(word: string): GivenPart[] {
  const initials = word.match(/^(?:\p{Lu}\.)+$/u) ?? word.match(/^\p{Lu}$/u);
  if (initials) return [...word.replace(/\./g, "")].map((c) => ({ text: c.toLowerCase(), initial: true }));
  return [{ text: word, initial: false }];
}

/** The exact form of a full name, for grouping identical names: "anton v reiss". */
export function fullNameKey(name: PersonName): string {
  return [...name.given.map((g) => foldText(g.text)), name.surname].join(" ");
}

/** Two given-name lists can belong to one person: first names agree (initials, nicknames) and no middle clashes. */
export function compatibleGiven(a: GivenPart[], b: GivenPart[]): boolean {
  const shared = Math.min(a.length, b.length);
  if (shared === 0) return true;
  for (let i = 0; i < shared; i++) if (!samePart(a[i]!, b[i]!)) return false;
  return true;
}

function samePart(a: GivenPart, b: GivenPart): boolean {
  if (a.initial || b.initial) return foldText(a.text)[0] === foldText(b.text)[0];
  return foldText(a.text) === foldText(b.text) || actorKnowledge().sameGivenName(a.text, b.text);
}
