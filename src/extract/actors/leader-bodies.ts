import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { nameTokens } from "./name-tokens.js";
import type { ActorDraft } from "./drafts.js";

/**
 * "The Reagan Administration", "the Kestor Government": a state organ named after a leader speaks
 * for the leader's state, when the text or the list of well-known people gives that person a state.
 */
export function addLeaderBodySides(kb: ActorKnowledge, drafts: readonly ActorDraft[]): void {
  const stateOfSurname = new Map<string, string | null>();
  for (const p of drafts) {
    if (p.type !== "person" || p.nameParts.length < 2) continue;
    const side = p.affiliation ?? p.fallbackAffiliation;
    const surname = p.nameParts[p.nameParts.length - 1]!;
    // two people with one surname and different states name no one state
    const seen = stateOfSurname.get(surname);
    stateOfSurname.set(surname, seen === undefined || seen === side ? side : null);
  }
  for (const body of drafts) {
    if (body.type !== "organization" || body.affiliation) continue;
    const tokens = nameTokens(body.key.replace(/^org:/, ""));
    if (tokens.length !== 2 || !kb.stateOrganHeads.has(tokens[1]!)) continue;
    const side = stateOfSurname.has(tokens[0]!) ? stateOfSurname.get(tokens[0]!) : kb.uniqueSurname(tokens[0]!)?.affiliation;
    if (side && kb.statesByName.has(side)) body.affiliation = side;
  }
}
