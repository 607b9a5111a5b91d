/** A run of tokens, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

export type Tense = "past" | "present" | "future" | "conditional";

/** The auxiliaries, negators and adverbs before a predicate, read once ('would not have accepted'). */
export interface VerbChain extends TokenRange {
  tense: Tense;
  negated: boolean;
  /** the modal as a plain word ('will', 'would', 'must', 'can'), 'wo'/'ca'/'ll' spelled out; null: none */
  modal: string | null;
  /** a form of 'be' before a participle ('was rejected') */
  passive: boolean;
}

/** A subject: its words and the last token of its head noun phrase ('the U.S. in July' has head 'U.S.'). */
export interface SubjectRange extends TokenRange {
  head: number;
  /** taken from the predicate this one is joined to ('the union rejected the offer and called for ...') */
  shared: boolean;
  /** 'who', 'which', 'that': the subject is the noun phrase the relative clause hangs on */
  relative: boolean;
}

/** What follows the object: 'to' + verb phrase, a 'that' clause, or the clause a verb of saying reports. */
export interface Complement extends TokenRange {
  kind: "to" | "that" | "reported";
}

/** The verb of saying whose report contains a clause ('Lyng said the U.S. would oppose ...'). */
export interface SpeechFrame {
  /** index of the speech clause among its sentence's clauses */
  clause: number;
  verb: number;
  /** who speaks: the speech clause's subject, or the name after an inverted verb ('..., said Kirby') */
  speaker: TokenRange | null;
}

/**
 * One clause of a sentence, found once by the clauses stage for every later stage (the way a
 * parser's dependency labels are set once): its predicate with the verb chain, subject, object,
 * complement, the words it governs and the speech frame around it.
 */
export interface Clause extends TokenRange {
  /** position among the clauses of its sentence */
  index: number;
  sentence: number;
  /** the verb that carries the meaning ('accepted' in 'has not accepted'; 'is' in 'is unacceptable') */
  predicate: number;
  chain: VerbChain;
  subject: SubjectRange | null;
  object: TokenRange | null;
  complement: Complement | null;
  /** the predicate is a verb of saying */
  speech: boolean;
  frame: SpeechFrame | null;
  /** the word that makes this clause a condition ('if', 'unless'), when one stands before it; absent: none */
  condition?: string;
}
