import type { Clause } from "./clauses.js";
import type { SentenceView, TokenRange } from "./sentence.js";

/** Tokens between a release verb and the person it frees ("released Paul Whelan"), or the person and a passive verb. */
const PERSON_REACH = 3;

/**
 * Is a release verb about people ("released 13 hostages", "Whelan was released") rather than a
 * statement, a video or funds? Looks for a word from 'releasables' in the clause, or a person named
 * right after the verb or right before it.
 */
export function releasesPeople(view: SentenceView, trigger: TokenRange, clause: Clause): boolean {
  const releasables = view.lex.participants.releasables;
  for (let i = clause.first; i < clause.end; i++) if (releasables.has(view.lower(i))) return true;
  return view.mentions.some((m) => m.actor.type === "person"
    && ((m.firstToken >= trigger.end && m.firstToken - trigger.end < PERSON_REACH && !prepositionBetween(view, trigger.end, m.firstToken))
      || (m.endToken <= trigger.first && trigger.first - m.endToken <= PERSON_REACH)));
}

/** "released with President Biden": the person after a preposition is no object of the release. */
function prepositionBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.token(i)?.pos === "ADP") return true;
  return false;
}
