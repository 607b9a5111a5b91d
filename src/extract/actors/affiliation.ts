import type { Token } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { PhraseMatcher } from "../../kb/phrases.js";
import { POSSESSIVE } from "./words.js";
import type { TokenRange } from "./roles.js";

const OBJECT_LINKS = new Set(["for", "to", "in", "on"]);
/** Words after which a title names its employer: "head of Gazprom", "an analyst at Daiwa", "a lawyer with Foo & Co". */
const EMPLOYER_LINKS = new Set(["of", "at", "with", "from", "for"]);
/** Words that link a name to the body its bearer speaks for: "Kirchner of Argentina", "Serwotka, from the PCS union". */
const NAME_LINKS = new Set(["of", "from"]);
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Words that may join the capitalised words of one employer's name: "Standard & Poor's", "Chamber of Commerce". */
const EMPLOYER_JOINERS = new Set(["&", "of", "and"]);

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
  /** Sides of the organisations learned, by the head word that ends their name: "Union" → the one union named. */
  private readonly byHead = new Map<string, Set<string>>();

  constructor(private readonly kb: ActorKnowledge, private readonly words: string[], private readonly tokens: readonly Token[] = []) {}

  /** A name this document uses (as its tokens) for an actor that speaks for `side` (an organisation: itself). */
  learn(nameTokens: string[], side: string): void {
    const key = nameTokens.join("\u0000");
    if (this.learned.has(key)) return;
    this.learned.add(key);
    this.local.addTokens(nameTokens, side, true);
    const head = nameTokens[nameTokens.length - 1]!;
    if (nameTokens.length > 1 && this.kb.organizationHeads.has(head)) this.byHead.set(head, (this.byHead.get(head) ?? new Set()).add(side));
  }

  /**
   * "union president Bob White", "the party's chairman": a lower-case organisation head in a title
   * refers to the one organisation of that kind the text named ("the Canadian Auto Workers' Union");
   * none when it named two.
   */
  private bodyOfKind(range: TokenRange): string | null {
    for (let k = range[0]; k < range[1]; k++) {
      const word = this.words[k]!;
      if (!/^[a-z]/.test(word)) continue;
      const sides = this.byHead.get(capitalise(word));
      if (sides?.size === 1) return [...sides][0]!;
    }
    return null;
  }

  /** Capitalised words of the document, to recognise a state behind an unknown demonym. */
  noteCapitalised(word: string): void {
    this.capitalised.add(word);
  }

  /** Where the employer part of a title ends: what follows "for" or "to" is the job's object. */
  private employerPartEnd(range: TokenRange): number {
    for (let k = range[0] + 1; k < range[1]; k++) {
      const link = this.words[k]!.toLowerCase();
      // "a spokesman for the Front" speaks for the Front
      if (link === "for" && this.kb.employerForTitles.has(this.words[k - 1]!.toLowerCase())) continue;
      if (OBJECT_LINKS.has(link)) return k;
    }
    return range[1];
  }

  /** The organisation a title names as the side when the knowledge base and the text knew nothing of it. */
  unknownEmployer(range: TokenRange): TokenRange | null {
    const employer = this.employerOf([range[0], this.employerPartEnd(range)]);
    return employer && this.of(range) === this.nameOf(employer) ? employer : null;
  }

  /**
   * `unknownEmployers: false` leaves out employers the text names nowhere else, for a title with no
   * name beside it, where "Charlie King" would make a king of Charlie's.
   */
  of(range: TokenRange, { unknownEmployers = true } = {}): string | null {
    const { kb, words } = this;
    // The employer stands before the title or after "of"; what follows "for" or "to" is the job's object
    // ("the Union's special envoy for Valdoria" speaks for the Union).
    const end = this.employerPartEnd(range);
    for (let k = range[0]; k < end; k++) {
      const m = kb.entities.match(words, k, range[1]);
      if (m) {
        const e = m.value;
        // "the Red Cross society": a lower-case head makes it another, local body than the one known
        if (e.kind === "organization" && this.followedByLowerCaseHead(k + m.length)) {
          k += m.length - 1;
          continue;
        }
        // "American Chamber of Commerce president": the state names an organisation of its own
        const ownName = e.kind === "state" ? this.organisationAfterState(k + m.length, range[1]) : null;
        if (ownName) return this.nameOf([k, ownName]);
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
    const employer = unknownEmployers ? this.employerOf([range[0], end]) : null;
    if (employer) return this.nameOf(employer);
    const body = this.bodyOfKind([range[0], end]);
    if (body) return body;
    const text = words.slice(range[0], range[1]).join(" ").toLowerCase();
    for (const [office, side] of kb.officeSides) if (side && text.includes(office)) return side;
    return null;
  }

  /**
   * An employer the knowledge base does not know, named in the title: the capitalised words right
   * before the title ("Gazprom chairman", "Daiwa Securities analyst", "Foster's chief executive") or
   * right after a link ("chief executive of Southcorp", "an analyst with Shearson Lehman Brothers").
   */
  employerOf(range: TokenRange): TokenRange | null {
    const { words } = this;
    for (let k = range[0]; k < range[1]; k++) {
      if (!this.isEmployerWord(k)) continue;
      let end = k + 1;
      while (end < range[1] && (this.isEmployerWord(end) || this.continuesEmployer(end, range[1]))) end++;
      // a name is read whole: "New York City", never "York City"
      if (!this.opensEmployer(k, end)) {
        k = end - 1;
        continue;
      }
      const next = words[end] ?? "";
      const afterPossessive = POSSESSIVE.has(next) ? words[end + 1] ?? "" : next;
      let before = k - 1;
      if (words[before]?.toLowerCase() === "the") before--;
      const linked = before >= range[0] && EMPLOYER_LINKS.has(words[before]!.toLowerCase());
      // "New European commission president": a capitalised modifier after the run shows it is no name
      const premodifies = end < range[1] && this.isTitleWord(afterPossessive) && !(/^[A-Z]/.test(next) && !this.kb.titleHeads.match(this.words, end, range[1]) && this.kb.titleModifiers.has(next.toLowerCase()));
      // "editor of Mideast reports": a name before a common noun qualifies it, it employs no one
      const qualifies = /^[a-z]/.test(next) && this.tokens[end]?.pos === "NOUN";
      const adjective = this.tokens[end - 1]?.pos === "ADJ";
      if ((linked && !qualifies || premodifies) && !adjective) return [k, end];
      k = end - 1;
    }
    return null;
  }

  /**
   * The end of an organisation's name that a state's name or demonym opens, when the organisation
   * speaks for itself ("Greek Energy Forum", "Philippine Chamber of Commerce and Industry"); null for
   * an organ of the state ("Turkish Foreign Ministry") and for anything that is not an organisation.
   */
  private organisationAfterState(first: number, end: number): number | null {
    const { kb, words } = this;
    let k = first;
    let last = -1;
    while (k < end && (this.isOrganisationWord(k) || (EMPLOYER_JOINERS.has(words[k]!) && k > first && k + 1 < end && this.isOrganisationWord(k + 1)))) {
      if (kb.organizationHeads.has(words[k]!)) last = k;
      k++;
    }
    if (last < 0 || kb.stateOrganHeads.has(words[last]!)) return null;
    return last + 1;
  }

  /** A capitalised word of an organisation's name, portfolio words included ("Energy", "Commerce"). */
  private isOrganisationWord(k: number): boolean {
    const word = this.words[k]!;
    return /^[A-Z]/.test(word) && !this.kb.nonNames.has(word) && !this.kb.titleWords.has(word.toLowerCase());
  }

  /**
   * The side written right after a name: "President Nestor Kirchner of Kestria", "Mark Dunmore of the
   * Harbour Workers Union", "Ann Lowe, from the PCS union,". Only a state or an organisation counts
   * ("John Smith of London" names where he lives); `employer` is an organisation the text names nowhere else.
   */
  sideAfterName(nameEnd: number): { side: string; employer: TokenRange | null } | null {
    const { kb, words } = this;
    let k = nameEnd;
    if (words[k] === "," && NAME_LINKS.has(words[k + 1]?.toLowerCase() ?? "")) k++;
    if (!NAME_LINKS.has(words[k]?.toLowerCase() ?? "")) return null;
    k++;
    if (words[k]?.toLowerCase() === "the") k++;
    const sentenceEnd = this.sentenceEnd(k);
    const known = kb.entities.match(words, k, sentenceEnd);
    if (known && !this.isOrganisationWord(k + known.length)) {
      const e = known.value;
      // "of London" names a capital, where one lives: only the state's own name is its side
      if (e.kind === "state") return e.form === "name" ? { side: e.name, employer: null } : null;
      if (e.kind === "organization") return { side: e.affiliation ?? e.name, employer: null };
      return null;
    }
    const local = this.local.match(words, k, sentenceEnd);
    if (local && !this.isOrganisationWord(k + local.length)) return { side: local.value, employer: null };
    let end = k;
    while (end < sentenceEnd && (this.isOrganisationWord(end) || (EMPLOYER_JOINERS.has(words[end]!) && end > k && this.isOrganisationWord(end + 1)))) end++;
    // "the PCS union": a lower-case head closes the name
    if (end > k && end < sentenceEnd && /^[a-z]/.test(words[end]!) && kb.organizationHeads.has(capitalise(words[end]!))) end++;
    if (end === k || !words.slice(k, end).some((w) => kb.organizationHeads.has(capitalise(w)))) return null;
    const employer: TokenRange = [k, end];
    return { side: this.nameOf(employer), employer };
  }

  private sentenceEnd(k: number): number {
    const sentence = this.tokens[k]?.sentence;
    let end = k;
    while (end < this.words.length && this.tokens[end]?.sentence === sentence) end++;
    return end;
  }

  private followedByLowerCaseHead(k: number): boolean {
    return this.kb.localBodyHeads.has(this.words[k] ?? "");
  }

  /** The employer's name as written, without a possessive. */
  nameOf(range: TokenRange): string {
    return this.words.slice(range[0], range[1]).join(" ");
  }

  /**
   * A joiner between two words of a name ("Chamber of Commerce"), or a capitalised portfolio word the
   * name goes on after ("Cambridge Energy Research Associates"; not the "Energy" of "Energy Minister").
   */
  private continuesEmployer(k: number, end: number): boolean {
    const word = this.words[k]!;
    // "Pace Consultants Inc of Houston": a legal form ends the name
    if (EMPLOYER_JOINERS.has(word)) return k + 1 < end && this.isEmployerWord(k + 1) && !this.kb.corporateSuffixes.has(this.words[k - 1] ?? "");
    if (!/^[A-Z]/.test(word) || !this.kb.titleModifiers.has(word.toLowerCase()) || this.kb.titleHeads.match(this.words, k, end)) return false;
    return k + 1 < end && (this.isEmployerWord(k + 1) || this.continuesEmployer(k + 1, end));
  }

  private isTitleWord(word: string): boolean {
    const lower = word.toLowerCase();
    return this.kb.titleWords.has(lower) || this.kb.titleModifiers.has(lower);
  }

  /** A capitalised word that can belong to an organisation's name: not a title, month or given name. */
  private isEmployerWord(k: number): boolean {
    const word = this.words[k]!;
    return /^[A-Z]/.test(word) && !this.kb.nonNames.has(word) && !this.kb.honorifics.has(word) && !this.isTitleWord(word);
  }

  /**
   * A name that opens an employer: not a given name (a person's: "Biden adviser"), not an adjective
   * capitalised only because it opens the sentence ("New commission president"), not a headline in
   * capitals.
   */
  private opensEmployer(k: number, end: number): boolean {
    if (!this.isEmployerWord(k) || this.kb.givenNames.has(this.words[k]!)) return false;
    // "Valdoria analyst": a state the text names through its demonym too
    if (end === k + 1 && this.isStateName(this.words[k]!)) return false;
    // "President Matthias Orlen's office", "Mr Dale's firm": a title or an honorific before it makes it a name
    const before = this.words[k - 1] ?? "";
    // "... Allergy and Infectious Diseases director": the end of a longer name, not a name of its own
    if ((before === "and" || before === "&") && /^[A-Z]/.test(this.words[k - 2] ?? "")) return false;
    if (/^[A-Z]/.test(before) && (this.kb.honorifics.has(before) || this.kb.titleHeads.match(this.words, k - 1, k))) return false;
    // a known person or state is no unknown employer, nor a known place unless it opens an
    // organisation's name ("Haifa University")
    const known = this.kb.entities.match(this.words, k, end);
    if (known && !(known.value.kind === "place" && this.words.slice(k + known.length, end).some((w) => this.kb.organizationHeads.has(w)))) return false;
    const tok = this.tokens[k];
    const opensSentence = !!tok && (k === 0 || this.tokens[k - 1]!.sentence !== tok.sentence);
    if (opensSentence && tok.pos !== "PROPN" && tok.pos !== "NOUN") return false;
    return !(/^[A-Z]{4,}$/.test(this.words[k]!) && /^[A-Z]{2,}$/.test(this.words[k + 1] ?? ""));
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
    if (!/^[A-Z][a-z]{3,}$/.test(word) || kb.nonNames.has(word) || kb.notDemonyms.has(word) || kb.givenNames.has(word) || kb.titleWords.has(word.toLowerCase())) return null;
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
