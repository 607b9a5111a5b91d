import type { ActorResolution } from "./actors/index.js";
import { nameKey } from "./text.js";
import type { AnalysisActor } from "./types.js";

/** Kinds of actor that are a side themselves when nothing places them with another. */
const SIDE_TYPES = new Set(["state", "group", "organization"]);

export interface SideOf {
  /** the analysis actor id of the side an actor speaks for; the actor itself when it is a side or is unplaced */
  side(actorId: string): string;
  /** people and offices no report places with a side: listed as such, never guessed */
  unplaced(actorId: string): boolean;
}

/**
 * Rolls people and offices up to the side they speak for: the party actor their affiliation names
 * (the affiliation is already gathered across reports: the same person placed by another report).
 * An affiliation that names no actor of the corpus leaves the person on their own row.
 */
export function sidesOf(resolution: ActorResolution): SideOf {
  const byName = new Map<string, AnalysisActor>();
  for (const actor of resolution.actors) {
    if (!SIDE_TYPES.has(actor.type)) continue;
    for (const name of [actor.name, ...actor.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), actor);
  }
  const partyOf = (actor: AnalysisActor | undefined): AnalysisActor | undefined =>
    actor?.affiliation ? byName.get(nameKey(actor.affiliation)) : undefined;
  // "CIA Director Hal Brenner" speaks for the CIA, which speaks for its state: a party of a party is followed up
  const topParty = (actor: AnalysisActor): AnalysisActor | undefined => {
    const seen = new Set([actor.id]);
    let party = partyOf(actor);
    for (let next = party && partyOf(party); next && !seen.has(next.id); next = partyOf(next)) {
      seen.add(party!.id);
      party = next;
    }
    return party;
  };
  return {
    side: (id) => {
      const actor = resolution.byId(id);
      return (actor && topParty(actor)?.id) ?? id;
    },
    unplaced: (id) => {
      const actor = resolution.byId(id);
      return actor !== undefined && !SIDE_TYPES.has(actor.type) && actor.affiliation === null;
    },
  };
}
