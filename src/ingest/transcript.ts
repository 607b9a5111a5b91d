import { readKbFile } from "../kb/files.js";
import type { SpeakerTurn } from "./types.js";

interface TranscriptLabels {
  bareLabels: string[];
  notLabels: string[];
  speakerWords: string[];
}

/** "MR. KIRBY:", "SENIOR ADMINISTRATION OFFICIAL:", "MINISTER LAVROV (as interpreted):" at a line start. */
const COLON_LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,5})(?: \([^()\n]{1,40}\))?:(?:[ \t]+|$)/u;

interface LabelMatch {
  label: string;
  /** Characters from the line start to the end of the label's colon and spaces. */
  length: number;
}

/** The speaker label that opens `line`, if any. */
export function speakerLabel(line: string): LabelMatch | null {
  const labels = readKbFile<TranscriptLabels>("ingest-transcript-labels.json");
  const colon = COLON_LABEL.exec(line);
  if (colon && !labels.notLabels.includes(colon[1]!)) return { label: colon[1]!, length: colon[0].length };
  for (const bare of labels.bareLabels) {
    const match = new RegExp(`^${escapeRegExp(bare)}(?::?[ \\t]+|:?$)`).exec(line);
    if (match) return { label: bare, length: match[0].length };
  }
  return null;
}

/**
 * The speaker turns of a transcript, with offsets into `text`; empty when `text` is not one. It is a
 * transcript when at least two lines open with a speaker label, or one line with a label that names
 * a speaker by title ("THE PRESIDENT:"). Each body runs to the next label (trailing blank lines
 * excluded); text before the first label belongs to no turn.
 */
export function findTurns(text: string): SpeakerTurn[] {
  const starts: { offset: number; match: LabelMatch }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const match = speakerLabel(line);
    if (match) starts.push({ offset, match });
    offset += line.length + 1;
  }
  if (!isTranscript(starts.map((s) => s.match.label))) return [];
  return starts.map(({ offset: start, match }, i) => {
    const next = starts[i + 1]?.offset ?? text.length;
    const bodyEnd = Math.max(start + match.label.length, start + text.slice(start, next).trimEnd().length);
    const bodyStart = Math.min(skipBlankLines(text, start + match.length), bodyEnd);
    return {
      label: match.label,
      labelSpan: { start, end: start + match.label.length },
      body: { start: bodyStart, end: bodyEnd },
    };
  });
}

function isTranscript(labels: string[]): boolean {
  if (labels.length >= 2) return true;
  const speakerWords = readKbFile<TranscriptLabels>("ingest-transcript-labels.json").speakerWords;
  return labels.length === 1 && speakerWords.includes(labels[0]!.split(" ")[0]!);
}

function skipBlankLines(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
