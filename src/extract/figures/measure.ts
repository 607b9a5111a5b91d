import { cueAfter, cueBefore, tollBefore, type ChosenCue, type RightScan } from "./cues.js";
import { proposalBefore } from "./modality.js";
import { readNounRun, type Hit, type NounRun } from "./noun-run.js";
import type { FigurePhrase } from "./qualifiers.js";
import { inclusionStart, isReference, partCue, referredFigure, type Earlier } from "./references.js";
import { wordAt, type SentenceScan } from "./scan.js";

/** What a figure counts, and where the words that say so are. */
export interface MeasureFinding {
  measure: string;
  nounClass: string;
  /** tokens of the measure as written (end exclusive) */
  start: number;
  end: number;
  /** first token after everything the figure used on its right */
  rightEnd: number;
}

const startsRelative = (scan: SentenceScan, i: number) => scan.lex.relativeWords.has(wordAt(scan, i) ?? "");

/** A cue right after the noun that states what happened to it, not through a relative clause or a second noun. */
const isDirect = (right: RightScan) => right.cue !== null && !right.relative && !right.shared;

/**
 * Picks the cue that says what happened, most direct first: a governing noun that names what is
 * counted ("the remains of 27 soldiers killed"), the noun's own verb ("were killed", "253 abducted";
 * a state such as "held" describes the noun, so a verb after it wins, "ten hostages held in Orvel were
 * freed", and otherwise it ranks with a relative clause), a cue inside the noun phrase ("34 wounded
 * soldiers"), an inclusion in a figure before ("including six children"), a verb governing the number
 * ("killed 26,000 people") or a toll ("the death toll rose to 300"), a governing noun ("the release
 * of") unless it is a goal ("to facilitate the release of"), a relative clause ("who remain captive"),
 * and last what the noun itself says ("deaths"). A modal after the noun ("will be returned") or a
 * proposal word before the number in its clause ("the deal would see 33 hostages released") makes the
 * number a prediction or a term: no figure. A relative clause describes the noun, so a goal before it
 * ("trying to secure the release of the 100 hostages who remain captive") does not matter; a bare
 * state ("in exchange for 8 individuals held in Kestrel") does.
 */
function chooseCue(scan: SentenceScan, phrase: FigurePhrase, run: NounRun): ChosenCue | undefined {
  // "including" opens a part of a figure ("including about 30 believed dead"), not a term of a deal
  const inProposal = () => proposalBefore(scan, inclusionStart(scan, phrase) ?? phrase.start);
  const before = cueBefore(scan, phrase.start);
  if (before?.form === "nominal" && scan.lex.entityCues.has(before.cueClass)) return { cue: before, modal: before.modal };
  const state = run.trailingCue;
  if (state && !scan.lex.stateCues.has(state.cueClass)) return { cue: state, modal: inProposal() };
  const after = cueAfter(scan, run.end);
  if (after.modal) return undefined;
  if (isDirect(after)) return { cue: after.cue, modal: inProposal() };
  if (run.modifierCue) return { cue: run.modifierCue, modal: inProposal() };
  const part = partCue(scan, phrase, run);
  if (part) return part;
  if (before?.form === "before") return { cue: before, modal: before.modal };
  const toll = tollBefore(scan, phrase.start);
  if (toll) return { cue: toll, modal: false };
  const described = state ?? after.cue;
  // "the 78 who were released": with no noun, a relative clause right after the number says what it counts
  if (!run.head && described && startsRelative(scan, run.end)) return { cue: described, modal: false };
  if (!run.head) return after.remain ? { cue: after.remain, modal: inProposal() } : undefined;
  if (before && !before.modal) return { cue: before, modal: false };
  if (described && !(state && before)) return { cue: described, modal: false };
  if (before) return { cue: before, modal: true };
  if (run.partitive) return undefined;
  const implied = run.head.impliedCue ? { ...run.head, cueClass: run.head.impliedCue } : null;
  return { cue: implied, modal: inProposal() };
}

/**
 * The first rule that fits. Without a noun of its own ("253 abducted", "the 78 who were released") a
 * figure takes the class of the figure before it, or "person", and only rules that name a cue apply.
 */
function ruleMeasure(scan: SentenceScan, nounClass: string, cueClass: string | null, hasHead: boolean): string | undefined {
  for (const rule of scan.lex.rules) {
    if (rule.noun !== undefined && rule.noun !== nounClass) continue;
    if (rule.cue === undefined ? !hasHead || rule.noun === undefined : rule.cue !== cueClass) continue;
    return rule.measure;
  }
  return undefined;
}

function span(hits: (Hit | null)[]): { start: number; end: number } {
  const present = hits.filter((h): h is Hit => h !== null);
  return { start: Math.min(...present.map((h) => h.start)), end: Math.max(...present.map((h) => h.end)) };
}

/**
 * The measure of the figure in `phrase`, or undefined when nothing countable is found: precision
 * first, a number whose measure is unclear is no figure. An elliptical figure ("1,200 people were
 * killed and 253 abducted") shares the noun class of the figure before it in the sentence; a part of
 * a figure ("including 170 soldiers") and a reference to one ("put the number at 400") take its measure.
 */
export function findMeasure(scan: SentenceScan, phrase: FigurePhrase, earlier: Earlier): MeasureFinding | undefined {
  const run = readNounRun(scan, phrase);
  if (!run) return undefined;
  const { amount } = phrase;
  const needsNoun = amount.yearLike || (amount.soleWord !== null && scan.lex.needNoun.has(amount.soleWord));
  if (needsNoun && (!run.head || run.partitive)) return undefined;
  const chosen = chooseCue(scan, phrase, run);
  if (!chosen || chosen.modal || (!chosen.cue && !run.head)) return undefined;
  const cue = chosen.cue;
  let nounClass = run.head?.nounClass ?? earlier.inSentence?.nounClass ?? "person";
  let measure: string | undefined;
  if (cue && isReference(cue)) {
    const referred = referredFigure(scan, cue, earlier);
    measure = referred?.measure;
    nounClass = run.head?.nounClass ?? referred?.nounClass ?? nounClass;
  } else {
    measure = ruleMeasure(scan, nounClass, cue?.cueClass ?? null, run.head !== null);
  }
  if (!measure) return undefined;
  const words = span([run.head, cue]);
  return { measure, nounClass, ...words, rightEnd: Math.max(run.end, words.end) };
}
