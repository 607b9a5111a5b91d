import { BOTH, type Party, type PartyMention } from "../parties.js";
import type { Word } from "../text/words.js";
import { vocabulary, type MediatorRole } from "../vocabulary.js";
import type { Clause } from "./clauses.js";
import { spanOf } from "./clause-context.js";
import type { Span } from "./drafts.js";

/**
 * Mediators and monitors named in a clause: an actor right after a cue ("in the presence of Kestrian
 * Prime Minister Oskar Thal", "observers from the Coastal States Union") or whose own name holds the
 * cue ("the Kestrian mediators").
 */
export function readMediators(words: readonly Word[], mentions: readonly PartyMention[], clause: Clause) {
  const out: Array<{ value: { party: Party; role: MediatorRole }; span: Span }> = [];
  for (const cue of vocabulary().mediatorCues.scan(words, clause.from, clause.to)) {
    const { role, reach, before } = cue.value;
    const after = reach === 0
      ? mentions.filter((m) => m.from <= cue.from && cue.from < m.to + 1 && m.to >= cue.from)
      : mentions.filter((m) => m.from >= cue.to && m.from <= cue.to + reach && m.to <= clause.to
        // "transmitted by Qatar to Hamas": the side it goes to is no mediator
        && !words.slice(cue.to, m.from).some((w) => w.text === "to"));
    // "Egypt, Qatar and the United States will act as guarantors"
    const ahead = before ? mentions.filter((m) => m.from >= Math.max(clause.from, cue.from - before) && m.to <= cue.from) : [];
    const named = [...ahead, ...after];
    for (const m of named) {
      if (m.party === BOTH) continue;
      out.push({ value: { party: m.party, role }, span: spanOf(words, Math.min(m.from, cue.from), Math.max(m.to, cue.to)) });
    }
  }
  return out;
}
