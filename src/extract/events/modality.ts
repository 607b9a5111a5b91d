import type { EventType } from "../../record/schema.js";
import type { Modality, ModalityCue } from "./lexicon.js";
import type { PhraseMatch } from "./phrases.js";
import type { SentenceView } from "./sentence.js";
import type { Clause } from "./clauses.js";

/** Modality cues of a sentence, found once and shared by its events. */
export function modalityCues(view: SentenceView): PhraseMatch<ModalityCue>[] {
  return view.lex.modality.cues.scan(view.words);
}

/**
 * The modality of a trigger at words [from, to) in `clause`: the strongest cue in scope, by the
 * priority of event-modality.json (negated before hypothetical before future before reported);
 * in a question, at least hypothetical.
 */
/** Is the trigger at word `from` in a condition ("if the talks had not collapsed") or in a question? */
export function isConditional(view: SentenceView, cues: PhraseMatch<ModalityCue>[], from: number, clause: Clause): boolean {
  if (isQuestion(view)) return true;
  const clauseStart = view.wordAt(clause.opener ?? clause.first);
  return cues.some((c) => c.value.scope === "clause" && c.value.modality === "hypothetical" && c.to <= from && c.from >= clauseStart);
}

export function isQuestion(view: SentenceView): boolean {
  return view.words[view.words.length - 1]?.text === "?";
}

/** Words a noun trigger's own phrase may run on before its verb ("aid trucks a day will be allowed"). */
const NOUN_PHRASE_REACH = 8;
const NOMINAL = new Set(["NOUN", "PROPN"]);
const VERBAL = new Set(["VERB", "AUX"]);

/**
 * The word where the verb of a trigger led by a noun begins ("talks between Israel and Hamas **will**
 * resume"), or -1 when the trigger is no noun or no verb follows in reach: the modality of a noun
 * that is the subject is told by its verb, which comes after it.
 */
function predicateOfNoun(view: SentenceView, from: number, to: number, clauseEnd: number): number {
  const head = view.words[from];
  if (!head || !NOMINAL.has(view.token(head.token)?.pos ?? "")) return -1;
  for (let w = to; w < Math.min(clauseEnd, to + NOUN_PHRASE_REACH); w++) {
    const pos = view.token(view.words[w]!.token)?.pos ?? "";
    if (VERBAL.has(pos)) return w;
    if (pos === "PUNCT") return -1;
  }
  return -1;
}

export function modalityOf(view: SentenceView, cues: PhraseMatch<ModalityCue>[], from: number, clause: Clause, to = from, type?: EventType): Modality {
  const { nearWindow, rank } = view.lex.modality;
  // a question asks whether something happens; it does not say it did
  let best: Modality = isQuestion(view) ? "hypothetical" : "asserted";
  const clauseStart = view.wordAt(clause.opener ?? clause.first);
  // "a counter-proposal would phase in ...": the verb after a proposal tells its content, not whether it was made
  const predicate = type !== undefined && view.lex.modality.contentTypes.has(type) ? -1 : predicateOfNoun(view, from, to, view.wordAt(clause.end));
  let weak: Modality | null = null;
  for (const cue of cues) {
    const before = cue.to <= from && cue.from >= clauseStart;
    // a near cue may sit inside a trigger with a gap ("the ceasefire will take effect")
    const inside = cue.from > from && cue.to < to;
    const scope = cue.value.scope;
    const inScope = scope === "sentence"
      || (scope === "clause" && before)
      || (scope === "adjacent" && cue.to === from)
      || (scope === "near" && ((before && from - cue.to <= nearWindow) || inside || (cue.from >= to && cue.from <= predicate)));
    if (!inScope) continue;
    const m = cue.value.modality;
    if (cue.value.weak) weak = m;
    else if (best === "asserted" || (rank.get(m) ?? 99) < (rank.get(best) ?? 99)) best = m;
  }
  return best === "asserted" && weak ? weak : best;
}
