import { winkNLP } from "./wink-engine.js";
import model from "wink-eng-lite-web-model";
import type { Doc, Token } from "../../doc/doc.js";
import { softLineBreaks } from "./layout.js";

// One wink instance per process: loading the model costs ~100 ms.
let nlp: ReturnType<typeof winkNLP> | undefined;
/** The tagger (sentence boundaries and parts of speech), loaded once; the benchmark times it alone. */
export function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;
const NON_LATIN1 = /[^\u0000-\u00FF]/;
const ALL_SPACE = /^\s+$/;
const DIGITS = /^\d+(?:[.,]\d+)*$/;
/** Most tokens start with a non-space: test one character before the regular expression. */
const isSpace = (value: string) => value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(0) >= 0x85) && ALL_SPACE.test(value);

/** No word is longer; the tagger's time grows faster than linearly with the length of a word. */
export const MAX_TAGGED_WORD = 64;

/**
 * `text` with a space in place of every MAX_TAGGED_WORD-th character of a longer run of non-spaces
 * (never half of a surrogate pair), so the tagger never sees a longer word. The length, and so every
 * offset, stays the same.
 */
export function withBoundedWords(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || isSpace(text[i]!)) {
      run = 0;
      continue;
    }
    if (++run <= MAX_TAGGED_WORD || (code >= 0xd800 && code <= 0xdfff)) continue;
    (parts ??= []).push(text.slice(copied, i), " ");
    copied = i + 1;
    run = 0;
  }
  return parts ? parts.join("") + text.slice(copied) : text;
}

/**
 * Tokens, sentences and paragraphs. wink gives tokens and sentence boundaries; offsets are rebuilt
 * from each token's preceding whitespace, which wink keeps exactly. A line break ends a sentence and
 * a paragraph (news text puts headlines, bylines and paragraphs on lines of their own), except the
 * soft breaks of hard-wrapped text (see layout.ts), which are spaces inside a paragraph.
 */
export function tokenize(doc: Doc): void {
  const text = doc.text;
  const soft = softLineBreaks(text);
  /** Whether whitespace text[from, to) holds a line break that ends a paragraph. */
  const breaksParagraph = (from: number, to: number) => {
    for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) if (!soft.has(at)) return true;
    return false;
  };
  const wdoc = engine().readDoc(withBoundedWords(text));
  const its = engine().its;
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const kinds = wdoc.tokens().out(its.type) as string[];
  // wink's sentences cover the tokens in order: walk their last tokens with one cursor
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let nextSpan = 0;
  const endsSentence = (i: number) => {
    while (nextSpan < sentenceSpans.length && sentenceSpans[nextSpan]![1] < i) nextSpan++;
    return nextSpan < sentenceSpans.length && sentenceSpans[nextSpan]![1] === i;
  };

  const tokens: Token[] = [];
  let offset = 0;
  let sentence = 0;
  let paragraph = 0;
  let sentenceStart = -1;
  let firstToken = 0;
  let paragraphStart = -1;
  const closeSentence = (endToken: number) => {
    if (sentenceStart < 0) return;
    const last = tokens[endToken - 1]!;
    doc.sentences.push({ index: sentence, start: sentenceStart, end: last.end, firstToken, endToken, paragraph });
    sentence++;
    sentenceStart = -1;
  };
  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    const last = tokens[tokens.length - 1]!;
    doc.paragraphs.push({ start: paragraphStart, end: last.end });
    paragraph++;
    paragraphStart = -1;
  };

  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? "";
    if (space.includes("\n") && breaksParagraph(offset, offset + space.length)) {
      closeSentence(tokens.length);
      closeParagraph();
    }
    offset += space.length;
    // the tagger may have read a space where a long word was broken (withBoundedWords): the token is the document's text
    const value = text.slice(offset, offset + values[i]!.length);
    let kind = kinds[i] ?? "word";
    let tag = tags[i] ?? "X";
    // wink keeps the token type it gave a string the first time it met it ("200" split off a "word"
    // stays a word), so digits are typed from the text itself: the same number reads the same way
    // whatever the process read before (see wink-engine.ts).
    if (kind === "word" && DIGITS.test(value)) {
      kind = "number";
      tag = "NUM";
    }
    const start = offset;
    offset += value.length;
    if (kind === "tabCRLF" || isSpace(value)) {
      if (value.includes("\n") && breaksParagraph(start, offset)) {
        closeSentence(tokens.length);
        closeParagraph();
      }
      continue;
    }
    // wink splits words at letters outside Latin-1 ("Erdo" "ğ" "an"); glue them back together.
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === start && prev.sentence === sentence && LETTER_END.test(prev.text) && LETTER_START.test(value) && (NON_LATIN1.test(prev.text) || NON_LATIN1.test(value))) {
      prev.end = offset;
      prev.text += value;
      if (prev.pos === "X") prev.pos = tags[i] ?? "X";
      if (endsSentence(i)) closeSentence(tokens.length);
      continue;
    }
    if (sentenceStart < 0) {
      sentenceStart = start;
      firstToken = tokens.length;
    }
    if (paragraphStart < 0) paragraphStart = start;
    tokens.push({ index: tokens.length, start, end: offset, text: value, pos: tag, kind, sentence });
    if (endsSentence(i)) closeSentence(tokens.length);
  }
  closeSentence(tokens.length);
  closeParagraph();
  doc.tokens = tokens;
}
