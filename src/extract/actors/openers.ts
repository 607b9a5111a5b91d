import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";

const NOT_NAME_CLASSES = new Set(["AUX", "DET", "ADP", "ADV", "ADJ", "PRON", "CCONJ", "SCONJ", "NUM", "PART"]);

const isLowerAscii = (code: number) => code >= 97 && code <= 122;
const isUpperAscii = (code: number) => code >= 65 && code <= 90;

/** A sentence of three or more content words (words over three letters), each capitalised. */
function isTitleCased(doc: Doc, first: number, end: number): boolean {
  let content = 0;
  for (let k = first; k < end; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "word" || t.text.length <= 3) continue;
    if (!isUpperAscii(t.text.charCodeAt(0))) return false;
    content++;
  }
  return content >= 3;
}

/**
 * Words capitalised only by their place: the first word of a sentence, or any word of a headline
 * written in title case ("Understated Perez Raises Profile").
 */
export class SentenceOpeners {
  private readonly titleCased = new Set<number>();
  /**
   * Words the text also writes in lower case ("top", "wife"): common words, not given names. Made at
   * the first name that opens a sentence: a set of most of a text's words is costly, and many texts need none.
   */
  private lowerWritten: Set<string> | undefined;

  constructor(private readonly doc: Doc, private readonly words: string[]) {
    for (const s of doc.sentences) if (isTitleCased(doc, s.firstToken, s.endToken)) this.titleCased.add(s.index);
  }

  /** Whether the text offset `at` lies in a headline written in title case. */
  inTitleCase(at: number): boolean {
    return this.titleCased.has(this.doc.tokens[this.doc.tokenAt(at)]!.sentence);
  }

  /** Whether token `k` may be capitalised only because it opens its sentence or stands in a title-case headline. */
  opens(k: number): boolean {
    const t = this.doc.tokens[k]!;
    return k === 0 || this.doc.tokens[k - 1]!.sentence !== t.sentence || this.titleCased.has(t.sentence);
  }

  /**
   * The first token of a name once the words glued to it by sentence-initial capitals are dropped:
   * "Understated Perez raises", "Does Rubio oppose", "Comedian Sarah Silverman was booed". A word is
   * dropped when it opens the sentence, is no given name, reads as a common word (the text writes it
   * in lower case, or the tagger gives it a word class names never take), and the rest of the name also
   * stands elsewhere in the text without it: a full name is never cut on the strength of one sentence.
   */
  nameStart(kb: ActorKnowledge, first: number, end: number): number {
    let k = first;
    while (k < end - 1 && this.opens(k) && this.isCommonWord(kb, k) && this.restStandsAlone(k, end)) k++;
    return k;
  }

  private isCommonWord(kb: ActorKnowledge, k: number): boolean {
    const word = this.words[k]!;
    if (kb.givenNames.has(word) || kb.honorifics.has(word)) return false;
    if (this.writtenInLowerCase().has(word.toLowerCase())) return true;
    // The tagger reads unfamiliar given names as anything ("Ted" as a verb): only its word classes that
    // names never take count, and a verb only in a long participle ("Understated", "Celebrating").
    const pos = this.doc.tokens[k]!.pos;
    return NOT_NAME_CLASSES.has(pos) || (pos === "VERB" && word.length >= 7 && /(ed|ing)$/.test(word));
  }

  private writtenInLowerCase(): Set<string> {
    if (!this.lowerWritten) {
      this.lowerWritten = new Set();
      // char codes, not a regular expression per token: this runs over every word of the text
      for (const w of this.words) if (isLowerAscii(w.charCodeAt(0))) this.lowerWritten.add(w);
    }
    return this.lowerWritten;
  }

  /** The name's last word stands elsewhere with another word (or none) where this one stands. */
  private restStandsAlone(k: number, end: number): boolean {
    const surname = this.words[end - 1]!;
    const offset = end - 1 - k;
    for (let j = 0; j < this.words.length; j++) {
      if (j === end - 1 || this.words[j] !== surname) continue;
      if (this.words[j - offset] !== this.words[k]) return true;
    }
    return false;
  }
}
