import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { PhraseMatcher } from "../../kb/phrases.js";
import type { TokenRange } from "./roles.js";

/** How a demonym the knowledge base does not know derives from its state: Valdorian ← Valdoria, Qatari ← Qatar. */
const DEMONYM_ENDINGS: [RegExp, string[]][] = [
  [/ian$/, ["ia", "ium", "y", ""]],
  [/an$/, ["a", ""]],
  [/i$/, [""]],
  [/ese$/, ["", "a", "on"]],
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
  private readonly capitalised = new Set<string>();

  constructor(private readonly kb: ActorKnowledge, private readonly words: string[]) {}

  /** A name this document uses for an actor that speaks for `side` (an organisation: itself). */
  learn(name: string, side: string): void {
    this.local.add(name, side, true);
  }

  /** Capitalised words of the document, to recognise a state behind an unknown demonym. */
  noteCapitalised(word: string): void {
    this.capitalised.add(word);
  }

  of(range: TokenRange): string | null {
    const { kb, words } = this;
    for (let k = range[0]; k < range[1]; k++) {
      const m = kb.entities.match(words, k, range[1]);
      if (m) {
        const e = m.value;
        if (e.kind === "state") return e.name;
        if (e.kind === "organization") return e.affiliation ?? e.name;
        k += m.length - 1;
        continue;
      }
      const local = this.local.match(words, k, range[1]);
      if (local) return local.value;
    }
    for (let k = range[0]; k < range[1]; k++) {
      const demonym = this.stateOfDemonym(words[k]!);
      if (demonym) return demonym;
    }
    const text = words.slice(range[0], range[1]).join(" ").toLowerCase();
    for (const [office, side] of kb.officeSides) if (side && text.includes(office)) return side;
    return null;
  }

  private stateOfDemonym(word: string): string | null {
    const kb = this.kb;
    if (!/^[A-Z][a-z]{3,}$/.test(word) || kb.nonNames.has(word) || kb.givenNames.has(word) || kb.titleWords.has(word.toLowerCase())) return null;
    for (const [ending, replacements] of DEMONYM_ENDINGS) {
      if (!ending.test(word)) continue;
      const stems = replacements.map((r) => word.replace(ending, r));
      const named = stems.find((s) => this.capitalised.has(s));
      if (named) return named;
      if (ending.source === "ian$") return stems[0]!;
    }
    return null;
  }
}
