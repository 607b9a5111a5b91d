import { foldText } from "../text.js";

export interface Paragraph {
  documentId: string;
  index: number;
  start: number;
  end: number;
  words: string[];
}

/** Stored texts keep one paragraph per line (or per blank-line block), so every line is a paragraph. */
export function paragraphsOf(documentId: string, text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (!body) continue;
    const start = match.index + lead;
    paragraphs.push({
      documentId, index: paragraphs.length, start, end: start + body.length,
      words: foldText(body).match(/[\p{L}\p{N}]+/gu) ?? [],
    });
  }
  return paragraphs;
}
