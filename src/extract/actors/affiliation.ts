import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { PhraseMatcher } from "../../kb/phrases.js";
import { POSSESSIVE } from "./words.js";
import type { TokenRange } from "./roles.js";

const OBJECT_LINKS = new Set(["for", "to", "in", "on", "with"]);

/** How a demonym the knowledge base does not know derives from its state: Valdorian ← Valdoria, Qatari ← Qatar. */
const DEMONYM_ENDINGS: { ending: string; stateEndings: string[] }[] = [
  { ending: "ian", stateEndings: ["ia", "ium", "y", ""] },
  { ending: "an", stateEndings: ["a", ""] },
  { ending: "i", stateEndings: [""] },
  { ending: "ese", stateEndings: ["", "a", "on"] },
];

/**
 * The side a title names. Knowledge-base states and organisations first ("CIA Director" → United
 * States), then organisations and states found in this document ("the Coastal States Union's special
 * envoy" → Coastal States Union), then a demonym the knowledge base lacks, mapped to a state named in
 * the document ("Kestrian" → Kestria) or derived from its form, then the default side of the office
 * ("Secretary of State" → United States).
 */
export class Sides {
  private readonly local = new PhraseMatcher<string>();
  /** Names learned already: an organisation is learned at every mention, and only its first entry can ever match. */
  private readonly learned = new Set<string>();
  private readonly capitalised = new Set<string>();

  constructor(private readonly kb: ActorKnowledge, private readonly words: string[]) {}

  /** A name this document uses (as its tokens) for an actor that speaks for `side` (an organisation: itself). */
  learn(nameTokens: string[], side: string): void {
    const key = nameTokens.join("\u0000");
    if (this.learned.has(key)) return;
    this.learned.add(key);
    this.local.addTokens(nameTokens, side, true);
  }

  /** Capitalised words of the document, to recognise a state behind an unknown demonym. */
  noteCapitalised(word: string): void {
    this.capitalised.add(word);
  }

  of(range: TokenRange): string | null {
    const { kb, words } = this;
    // The employer stands before the title or after "of"; what follows "for" or "to" is the job's object
    // ("the Union's special envoy for Valdoria" speaks for the Union).
    let end = range[1];
    for (let k = range[0] + 1; k < range[1]; k++) {
      if (OBJECT_LINKS.has(words[k]!.toLowerCase())) {
        end = k;
        break;
      }
    }
    for (let k = range[0]; k < end; k++) {
      const m = kb.entities.match(words, k, range[1]);
      if (m) {
        const e = m.value;
        if (e.kind === "state") return e.name;
        if (e.kind === "organization") return e.affiliation ?? e.name;
        k += m.length - 1;
        continue;
      }
      if (this.isStateName(words[k]!)) return words[k]!;
      const local = this.local.match(words, k, range[1]);
      if (local) return local.value;
      // "Kestria's foreign minister": a single name owning the title is the side, known to us or not.
      if (k + 1 < end && POSSESSIVE.has(words[k + 1]!) && this.isOwnerName(k)) return words[k]!;
    }
    for (let k = range[0]; k < range[1]; k++) {
      const demonym = this.stateOfDemonym(words[k]!);
      if (demonym) return demonym;
    }
    const text = words.slice(range[0], range[1]).join(" ").toLowerCase();
    for (const [office, side] of kb.officeSides) if (side && text.includes(office)) return side;
    return null;
  }

  /** One capitalised word standing alone before "'s": not part of a longer name such as a person's. */
  private isOwnerName(k: number): boolean {
    const word = this.words[k]!;
    const before = this.words[k - 1] ?? "";
    return /^[A-Z]/.test(word) && !this.kb.nonNames.has(word) && !/^[A-Z]/.test(before);
  }

  /** A name the knowledge base lacks is a state's when the text also uses its demonym: Valdoria / Valdorian. */
  private isStateName(word: string): boolean {
    if (!/^[A-Z][a-z]{3,}$/.test(word) || this.kb.nonNames.has(word)) return false;
    return DEMONYM_ENDINGS.some(({ ending, stateEndings }) =>
      stateEndings.some((r) => r !== "" && word.endsWith(r) && this.capitalised.has(word.slice(0, word.length - r.length) + ending)),
    ) || this.capitalised.has(word + "n") || this.capitalised.has(word + "i");
  }

  private stateOfDemonym(word: string): string | null {
    const kb = this.kb;
    if (!/^[A-Z][a-z]{3,}$/.test(word) || kb.nonNames.has(word) || kb.givenNames.has(word) || kb.titleWords.has(word.toLowerCase())) return null;
    for (const { ending, stateEndings } of DEMONYM_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      const states = stateEndings.map((r) => stem + r);
      const named = states.find((s) => this.capitalised.has(s));
      if (named) return named;
      if (ending === "ian") return states[0]!;
    }
    return null;
  }
}
