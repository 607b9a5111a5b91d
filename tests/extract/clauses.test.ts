import { describe, expect, it } from "vitest";
import type { Clause, TokenRange } from "../../src/doc/clause.js";
import { clauseAt } from "../../src/extract/clauses/index.js";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { source } from "../helpers.js";

// Fictional negotiation sentences: the clause layer reads them from the tokens alone.
const upToClauses = stages.filter((s) => s.name === "tokens" || s.name === "clauses");

function clausesOf(text: string) {
  const doc = analyse(source(text), upToClauses);
  const words = (r: TokenRange | null | undefined) => (r ? doc.text.slice(doc.tokens[r.first]!.start, doc.tokens[r.last]!.end) : null);
  const view = (c: Clause) => ({
    predicate: doc.tokens[c.predicate]!.text,
    tense: c.chain.tense,
    negated: c.chain.negated,
    modal: c.chain.modal,
    passive: c.chain.passive,
    subject: words(c.subject),
    shared: c.subject?.shared ?? false,
    object: words(c.object),
    complement: c.complement ? `${c.complement.kind}: ${words(c.complement)}` : null,
    speaker: c.frame ? words(c.frame.speaker) : null,
  });
  return { doc, clauses: doc.clauses.all().map(view) };
}

describe("clauses", () => {
  it("reads a verb chain's tense, negation and modality once", () => {
    const { clauses } = clausesOf("The dockers' union would not accept the offer. The board has rejected it. The port authority will sign the contract. The offer was withdrawn.");
    expect(clauses.map((c) => [c.predicate, c.tense, c.negated, c.modal, c.passive])).toEqual([
      ["accept", "conditional", true, "would", false],
      ["rejected", "present", false, null, false],
      ["sign", "future", false, "will", false],
      ["withdrawn", "past", false, null, true],
    ]);
  });

  it("negates a chain whose contraction is one token", () => {
    const { clauses } = clausesOf("“We don’t want another strike,” Halvorsen said.");
    expect(clauses[0]).toMatchObject({ predicate: "want", negated: true, subject: "We", speaker: "Halvorsen" });
  });

  it("gives a predicate joined by 'and' the subject of the first, past a time phrase", () => {
    const { clauses } = clausesOf("The guild in March proposed a new pay scale, and has pressed the studios to make a counter-offer.");
    expect(clauses[1]).toMatchObject({ predicate: "pressed", subject: "The guild in March", shared: true, object: "the studios", complement: "to: to make a counter-offer" });
  });

  it("frames a reported clause with its speaker, before or after it", () => {
    const told = clausesOf("Norlea Freight told the Harbour Gazette it would not honour its quota.").clauses;
    expect(told[0]).toMatchObject({ predicate: "told", object: "the Harbour Gazette", complement: "reported: it would not honour its quota" });
    expect(told[1]).toMatchObject({ predicate: "honour", subject: "it", speaker: "Norlea Freight" });
    const after = clausesOf("The pension age must stay at 60, said Orla Brenn.").clauses;
    expect(after[0]).toMatchObject({ predicate: "stay", modal: "must", speaker: "Orla Brenn" });
  });

  it("leaves infinitives and participles inside the clause around them", () => {
    const { doc, clauses } = clausesOf("The ministry opposes parts of the plan seeking a wage freeze, and proposing longer shifts.");
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.object).toBe("parts of the plan seeking a wage freeze, and proposing longer shifts");
    const shifts = doc.tokens.findIndex((t) => t.text === "shifts");
    expect(clauseAt(doc, shifts)?.index).toBe(0);
  });
});

describe("conditions", () => {
  it("marks the clause after 'unless' or 'if' with its condition word, and no other", () => {
    const doc = analyse(source("The union will strike unless the board improves its offer. The board said it would reply if the union asked."), upToClauses);
    const marked = doc.clauses.all().map((c) => [doc.tokens[c.predicate]!.text, c.condition ?? null]);
    expect(marked).toEqual([["strike", null], ["improves", "unless"], ["said", null], ["reply", null], ["asked", "if"]]);
  });

  it("reads the subject before an aside set off by commas, with a name set off after a title", () => {
    const { clauses } = clausesOf("Ana Brell, an analyst at the Lindhaven Institute, said the truce would hold. The union's spokesman, Kaspar Lind, said talks would resume. The ministry, which does not count civilians, says 40 people died.");
    const speakers = clauses.filter((c) => c.predicate === "said" || c.predicate === "says").map((c) => c.subject);
    expect(speakers).toEqual(["Ana Brell", "The union's spokesman, Kaspar Lind", "The ministry"]);
  });

  it("reads the subject of a closing attribution with an aside after a quotation", () => {
    const { clauses } = clausesOf("\u201cThe offer is final,\u201d Ana Brell, chair of the port board, said.");
    expect(clauses.find((c) => c.predicate === "said")).toMatchObject({ subject: "Ana Brell", speaker: null });
    expect(clauses.find((c) => c.predicate === "is")?.speaker).toBe("Ana Brell");
  });

  it("keeps 'of' phrases in the subject, past a word tagged as an adverb inside them", () => {
    const { clauses } = clausesOf("A western diplomat said an official of a trade bureau of a major inland Valdorian city told him the subsidies might be as high as 100 pct.");
    expect(clauses.find((c) => c.predicate === "told")?.subject).toMatch(/^an official of a trade bureau of a major .*city$/);
  });
});
