import { PREVIOUS_FIGURE, type ChosenCue } from "./cues.js";
import { modalBefore, proposalBefore } from "./modality.js";
import type { CueHit, NounRun } from "./noun-run.js";
import type { FigurePhrase } from "./qualifiers.js";
import { matchAt, matchEndingAt, tokenAt, wordAt, type SentenceScan } from "./scan.js";

/** Numbers that name no measure of their own but point at a figure before them. */

/** A figure found before the one being read, whose measure a part of it or a reference to it takes. */
export interface EarlierFigure {
  measure: string;
  nounClass: string;
  /** first token after the words the figure used */
  rightEnd: number;
}

export interface Earlier {
  /** the figure before in the same sentence */
  inSentence: EarlierFigure | null;
  /** the last figure of the sentence, or of the few sentences before */
  recent: EarlierFigure | null;
}

/** the class of a number that is part of the figure before it ("including 170 soldiers") */
const PART_OF_FIGURE = "part";

/** The first token of an inclusion right before the number: "including", "among them". */
export function inclusionStart(scan: SentenceScan, phrase: FigurePhrase): number | undefined {
  return matchEndingAt(scan, scan.lex.inclusions, phrase.start - 1, 3)?.start;
}

/**
 * "including 170 soldiers", "among them six children", "12 of them": a part of the figure before.
 * "all seven of them" is the whole group, and a part inside a proposal ("to bring four of them home") is a term.
 */
export function partCue(scan: SentenceScan, phrase: FigurePhrase, run: NounRun): ChosenCue | null {
  const inclusion = inclusionStart(scan, phrase);
  if (inclusion !== undefined) {
    return { cue: { start: inclusion, end: phrase.start, cueClass: PART_OF_FIGURE }, modal: proposalBefore(scan, inclusion) };
  }
  if (!run.ofPronoun || !run.head || scan.lex.determiners.has(wordAt(scan, phrase.start - 1) ?? "")) return null;
  return { cue: { ...run.head, cueClass: PART_OF_FIGURE }, modal: proposalBefore(scan, phrase.start) || modalBefore(scan, phrase.start) };
}

export const isReference = (cue: CueHit | null) => cue?.cueClass === PART_OF_FIGURE || cue?.cueClass === PREVIOUS_FIGURE;

/**
 * The figure a part or a reference names: for a reference ("put the number at 400") the last figure
 * before; for a part the figure before in its sentence, or the last one before when the inclusion
 * opens the sentence ("Among them were six children"). A part must belong to its figure's clause:
 * only a source may stand between ("400 people, according to the ministry, including 170 soldiers"),
 * so in "40 people were killed, and medics treated families, including 12 children" it names none.
 */
export function referredFigure(scan: SentenceScan, cue: CueHit, earlier: Earlier): EarlierFigure | null {
  if (cue.cueClass === PREVIOUS_FIGURE || cue.start === scan.from) return earlier.recent;
  const figure = earlier.inSentence;
  return figure && !verbBetween(scan, figure.rightEnd, cue.start) ? figure : null;
}

/**
 * A verb among tokens from..to (exclusive) other than a source verb, an introducer ("according to") or
 * a link word ("111 hostages remain in Gaza, 39 of whom are dead").
 */
function verbBetween(scan: SentenceScan, from: number, to: number): boolean {
  const lex = scan.lex;
  for (let i = from; i < to; i++) {
    const introducer = matchAt(scan, lex.introducers, i);
    if (introducer) i = introducer.end - 1;
    else if (tokenAt(scan, i)!.pos === "VERB" && !lex.sourceVerbs.has(scan.words[i]!) && !lex.linkWords.has(scan.words[i]!)) return true;
  }
  return false;
}
