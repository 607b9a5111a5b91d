import type { Doc } from "../../doc/doc.js";
import type { ActorRecord } from "../../record/schema.js";

/**
 * People the text names once and then calls by their office: "Lukman ... the OPEC president praised",
 * "Planning Minister Julio De Vido ... The Planning Minister didn't rule out". The actors layer keeps
 * the description as an unnamed actor (or none); for events, the doer is the named person, when
 * exactly one person named before it holds that office for the same side.
 */

const headOf = (role: string) => role.trim().split(/\s+/).pop()!.toLowerCase();
const sameSide = (a: string | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
const firstMention = (actor: ActorRecord) => Math.min(...actor.mentions.map((m) => m.start));

function onlyPersonBefore(people: ActorRecord[], offset: number): ActorRecord | undefined {
  const before = people.filter((p) => p.mentions.length > 0 && firstMention(p) < offset);
  return before.length === 1 ? before[0] : undefined;
}

/**
 * An unnamed actor with an office and a side ("OPEC president", affiliation OPEC) stands for the one
 * person named before `offset` with the same office head and side, when the text calls it definite ("the ...").
 */
export function describedPerson(doc: Doc, actor: ActorRecord, offset: number): ActorRecord | undefined {
  if (actor.type !== "unnamed" || !actor.affiliation || actor.roles.length === 0) return undefined;
  const definite = actor.mentions.some((m) => {
    const first = doc.tokenAt(m.start);
    return [doc.tokens[first]?.text, doc.tokens[first - 1]?.text].some((w) => w?.toLowerCase() === "the");
  });
  if (!definite) return undefined;
  const heads = new Set(actor.roles.map(headOf));
  const people = doc.actors.filter((p) => p.type === "person" && sameSide(p.affiliation, actor.affiliation) && p.roles.some((r) => heads.has(headOf(r))));
  return onlyPersonBefore(people, offset);
}

/**
 * "the Planning Minister" with no actor on it: the one person named before `offset` whose office is
 * written with exactly these words. Returns the person and how many words the office takes.
 */
export function personByOffice(doc: Doc, words: string[], offset: number): { person: ActorRecord; length: number } | undefined {
  const lowered = words.map((w) => w.toLowerCase());
  for (let length = Math.min(4, lowered.length); length >= 1; length--) {
    const office = lowered.slice(0, length).join(" ");
    const people = doc.actors.filter((p) => p.type === "person" && p.roles.some((r) => r.toLowerCase() === office));
    if (people.length === 0) continue;
    // one word ("the chairman") is an office only when written as a title ("the President")
    if (length === 1 && !/^[A-Z]/.test(words[0]!)) continue;
    const person = onlyPersonBefore(people, offset);
    return person ? { person, length } : undefined;
  }
  return undefined;
}
