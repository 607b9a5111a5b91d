/**
 * The vocabularies of several profiles in one index, so that an article's words are read once for
 * all of them: each distinct word is looked up once (by itself, and by its prefixes and suffixes of
 * the lengths some term anchors on) instead of once per profile. A term of one word ('truce',
 * 'retaliat*', '*-week') is counted on the way, from how often each word occurs; longer terms only
 * learn that they may occur, and their pattern is run over the text.
 */

/** A term of one profile's vocabulary: profile `profile`, position `term` in its list of words. */
interface TermRef {
  profile: number;
  term: number;
  /** the term is its anchor alone, so each occurrence of a word the anchor matches is one match */
  single: boolean;
}

/** Per profile and term: whether the term may occur, and (single-word terms) how often it does. */
export interface TermTally {
  possible: number[][];
  body: number[][];
  title: number[][];
}

/** The words as keyword patterns see them (keywordPattern: runs of [\w-], no u flag, so ASCII only). */
const RUN = /[\w-]+/g;
const PLAIN = /^[\w-]+$/;

/** Each distinct word of `text`, lower-cased, with how often it occurs. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  RUN.lastIndex = 0;
  // the runs are ASCII, which lower-cases letter for letter as the patterns' case-blind match does
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const word = m[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export class VocabularyIndex {
  private readonly exact = new Map<string, TermRef[]>();
  /** prefix anchors spelt forward, suffix anchors backward: a word is walked letter by letter, not sliced at every anchor length */
  private readonly prefixes = new AnchorTrie();
  private readonly suffixes = new AnchorTrie();
  /** terms with no usable anchor: always possible */
  private readonly always: TermRef[] = [];
  private readonly sizes: number[];
  /** per profile and term: the term is one word, counted from the words' counts */
  private readonly single: Uint8Array[];

  /** `vocabularies[p]` is profile p's list of words (lower-case terms). */
  constructor(vocabularies: string[][]) {
    this.sizes = vocabularies.map((words) => words.length);
    this.single = this.sizes.map((n) => new Uint8Array(n));
    vocabularies.forEach((words, profile) =>
      words.forEach((word, term) => {
        // the same anchors as KeywordIndex: a whole word (the longest), else a fixed prefix, else a suffix
        const pieces = word.replace(/[\u2018\u2019]/g, "'").split(/\s+/).filter((p) => p !== "...");
        const single = pieces.length === 1 && !/\s/.test(word.trim());
        const whole = pieces.filter((p) => PLAIN.test(p)).sort((a, b) => b.length - a.length)[0];
        const prefix = pieces.find((p) => p.endsWith("*") && p.indexOf("*") === p.length - 1);
        const suffix = pieces.find((p) => p.startsWith("*") && p.lastIndexOf("*") === 0);
        const ref = (anchor: string) => ({ profile, term, single: single && anchor === word });
        let entry: TermRef;
        if (whole !== undefined) push(this.exact, whole, (entry = ref(whole)));
        else if (prefix && PLAIN.test(prefix.slice(0, -1))) {
          this.prefixes.add(prefix.slice(0, -1), (entry = ref(prefix)));
        } else if (suffix && PLAIN.test(suffix.slice(1))) {
          this.suffixes.add([...suffix.slice(1)].reverse().join(""), (entry = ref(suffix)));
        } else this.always.push((entry = { profile, term, single: false }));
        this.single[profile]![term] = entry.single ? 1 : 0;
      }),
    );
  }

  /** Whether tally() counts term `term` of profile `profile` (a term of one word) rather than only finding it possible. */
  countsWords(profile: number, term: number): boolean {
    return this.single[profile]![term] === 1;
  }

  /** Which terms may occur in an article, and how often the single-word ones occur in its body and headline. */
  tally(body: ReadonlyMap<string, number>, title: ReadonlyMap<string, number>): TermTally {
    // plain arrays: small typed arrays each get a buffer outside the heap, which costs more than the counting
    const zeros = () => this.sizes.map((n) => new Array<number>(n).fill(0));
    const tally: TermTally = { possible: zeros(), body: zeros(), title: zeros() };
    for (const ref of this.always) tally.possible[ref.profile]![ref.term] = 1;
    this.read(body, tally, tally.body);
    this.read(title, tally, tally.title);
    return tally;
  }

  private read(words: ReadonlyMap<string, number>, tally: TermTally, counts: number[][]): void {
    const add = (refs: TermRef[] | undefined, n: number) => {
      if (!refs) return;
      for (const ref of refs) {
        tally.possible[ref.profile]![ref.term] = 1;
        if (ref.single) counts[ref.profile]![ref.term]! += n;
      }
    };
    for (const [word, n] of words) {
      add(this.exact.get(word), n);
      this.prefixes.walk(word, false, (refs) => add(refs, n));
      this.suffixes.walk(word, true, (refs) => add(refs, n));
    }
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  refs: TermRef[] | undefined;
}

/** Anchors by their letters: walking a word visits every anchor it begins with. */
class AnchorTrie {
  private readonly root: TrieNode = { next: new Map(), refs: undefined };

  add(anchor: string, ref: TermRef): void {
    let node = this.root;
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), refs: undefined }));
      node = child;
    }
    (node.refs ??= []).push(ref);
  }

  /** Calls `visit` with the terms of every anchor `word` starts with (ends with, read `backward`). */
  walk(word: string, backward: boolean, visit: (refs: TermRef[]) => void): void {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) {
      node = node.next.get(word.charCodeAt(backward ? word.length - 1 - i : i));
      if (node?.refs) visit(node.refs);
    }
  }
}

function push(map: Map<string, TermRef[]>, key: string, ref: TermRef): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}
