import { Random } from "../corpus/random.js";

/**
 * Pathological inputs that once made a stage super-linear (or blew the stack), generated at a
 * chosen size so the benchmark and the tests can see how time grows. Each is a whole file as a feed
 * might bring it; the file name's extension picks plain text or HTML.
 */
export interface HostileCase {
  name: string;
  /** What the input stresses. */
  about: string;
  /** File name (its extension decides how the input is read). */
  fileName: string;
  /** The input of about `bytes` characters (some cases have a fixed shape and ignore the size). */
  generate(bytes: number): string;
}

/** A real paragraph, so every case also carries text the pipeline reads as an article. */
const PARAGRAPH =
  "Negotiators from Valdoria and Marenland met again on Tuesday, officials said, after talks stalled over the border crossings.";

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: "dateline-groups",
    about: "a first line of comma-separated capital groups that a lone-dateline pattern backtracks over",
    fileName: "dateline.txt",
    generate: (bytes) => `ABC${repeatTo(", AB   ", Math.min(bytes, 4000))}!\n\n${PARAGRAPH}\n`,
  },
  {
    name: "space-run",
    about: "one long run of spaces and tabs inside a line (line-end trimming, word splitting)",
    fileName: "spaces.txt",
    generate: (bytes) => `${PARAGRAPH}\n\nTalks resumed${repeatTo(" \t", bytes)}x\n`,
  },
  {
    name: "credit-spaces",
    about: "a closing line that starts like a credit, then a long run of spaces",
    fileName: "credit.txt",
    generate: (bytes) => `${PARAGRAPH}\n\nReporting${repeatTo(" ", bytes)}x\n`,
  },
  {
    name: "byline-spaces",
    about: "a header line 'By' followed by a long run of spaces and words",
    fileName: "byline.txt",
    generate: (bytes) => `By${repeatTo(" ", bytes / 2)}${repeatTo("Jane, ", bytes / 2)}\n\n${PARAGRAPH}\n`,
  },
  {
    name: "short-paragraphs",
    about: "many short paragraphs without a quote mark, and one quote at the very end",
    fileName: "paragraphs.txt",
    generate: (bytes) => `${repeatTo("Talks went on.\n\n", bytes)}She said: "Enough."\n`,
  },
  {
    name: "quote-marks",
    about: "a paragraph of unbalanced opening quote marks and apostrophes",
    fileName: "marks.txt",
    generate: (bytes) => `${PARAGRAPH}\n\n${repeatTo("“Yes. “No. ‘maybe don\"t ", bytes)}\n`,
  },
  {
    name: "transcript-labels",
    about: "a transcript with a speaker label on every short line",
    fileName: "transcript.txt",
    generate: (bytes) => repeatTo("MR. ANDERS: Yes.\nMS. BRANT: No.\n", bytes),
  },
  {
    name: "one-token",
    about: "a single token a megabyte long",
    fileName: "token.txt",
    generate: (bytes) => `${PARAGRAPH}\n\n${repeatTo("a", bytes)}\n`,
  },
  {
    name: "one-letter-words",
    about: "a single paragraph of one-letter words",
    fileName: "letters.txt",
    generate: (bytes) => `${repeatTo("a ", bytes)}\n`,
  },
  {
    name: "nested-divs",
    about: "deeply nested closed <div> elements around the article",
    fileName: "nested.html",
    generate: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 11));
      return `<!doctype html><html><body>${"<div>".repeat(depth)}<p>${PARAGRAPH}</p>${"</div>".repeat(depth)}</body></html>`;
    },
  },
  {
    name: "unclosed-elements",
    about: "deeply nested inline elements that are never closed",
    fileName: "unclosed.html",
    generate: (bytes) => `<!doctype html><html><body><p>${PARAGRAPH}</p>${repeatTo("<b>", bytes)}<p>${PARAGRAPH}</p></body></html>`,
  },
  {
    name: "random-text",
    about: "seeded random words, marks, brackets, dashes, capitals and line breaks",
    fileName: "random.txt",
    generate: (bytes) => randomText(bytes, 20240129),
  },
];

const RANDOM_PIECES = [
  "Talks", "VALDORIA", "said", "the", "minister", "(Reuters)", " — ", "-", ",", ".", "\"", "“", "”", "‘", "’", "'",
  "By", "by", "Reporting", "MR. ANDERS:", "\n", "\n\n", "  ", "\t", "$5", "million", "May 3", "(", ")", ":", ";", "<b>",
];

/** Seeded random text from pieces that each trigger some ingest or extraction rule. */
export function randomText(bytes: number, seed: number): string {
  const random = new Random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const piece = random.pick(RANDOM_PIECES);
    const glue = random.chance(0.7) ? " " : "";
    parts.push(glue, piece);
    length += glue.length + piece.length;
  }
  return parts.join("");
}
