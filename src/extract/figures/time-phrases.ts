import { tokenAt, type SentenceScan } from "./scan.js";

/** Tokens start..end, inclusive. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** Cuts a closing time phrase: "U.S. officials on Sunday" → "U.S. officials". */
export function withoutTime(scan: SentenceScan, span: TokenSpan): TokenSpan {
  const lex = scan.lex;
  for (let k = span.start + 1; k <= span.end; k++) {
    if (tokenAt(scan, k)!.pos !== "ADP") continue;
    let timeOnly = true;
    for (let j = k + 1; j <= span.end && timeOnly; j++) {
      timeOnly = lex.timeWords.has(scan.words[j]!) || tokenAt(scan, j)!.pos === "DET" || tokenAt(scan, j)!.pos === "NUM";
    }
    if (timeOnly) return { start: span.start, end: k - 1 };
  }
  return span;
}

