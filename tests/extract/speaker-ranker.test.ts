import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyse, stages } from "../../src/extract/pipeline.js";
import { actorKnowledge } from "../../src/kb/actors-kb.js";
import { wordsOf } from "../../src/extract/actors/words.js";
import { findQuoteSpans } from "../../src/extract/quotes/marks.js";
import { ruleSpeakers } from "../../src/extract/quotes/index.js";
import { FEATURE_NAMES, quoteFeatures } from "../../src/extract/quotes/features.js";
import { decide, quoteContexts, rankCandidates, speakerModel } from "../../src/extract/quotes/ranker.js";
import { source } from "../helpers.js";

const upToActors = stages.filter((s) => s.name === "tokens" || s.name === "actors");
const upToQuotes = stages.filter((s) => ["tokens", "clauses", "actors", "quotes"].includes(s.name));

/** The ranker's view of each quote of a text: its candidates (as written) and their features. */
function contextsOf(text: string) {
  const doc = analyse(source(text), upToActors);
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const contexts = quoteContexts(doc, words, kb, ruleSpeakers(doc, words, kb, findQuoteSpans(doc)));
  return { doc, contexts };
}

function candidatesOf(text: string, quote = 0) {
  const { doc, contexts } = contextsOf(text);
  const ctx = contexts[quote]!;
  const features = quoteFeatures(ctx);
  return ctx.candidates.map((c, i) => ({ text: doc.slice(c), kind: c.kind, actor: c.actor?.name ?? null, features: features.candidates[i]! }));
}

const ONE_PERSON = "Foreign Minister Karl Odegaard met the envoys in Geneva on Tuesday. \u201cWe are not there yet,\u201d he said.";
const TWO_PEOPLE = "Mr. Karl Odegaard met Ms. Lena Marsh in Geneva on Tuesday. \u201cWe are not there yet,\u201d she said.";

describe("speaker ranker: candidates and features", () => {
  it("offers the names and pronouns around a quote, a pronoun resolved to the person it stands for", () => {
    const candidates = candidatesOf(ONE_PERSON);
    expect(candidates.map((c) => [c.text, c.kind, c.actor])).toEqual([
      ["Karl Odegaard", "name", "Karl Odegaard"],
      ["he", "pronoun", "Karl Odegaard"],
    ]);
  });

  it("marks the pronoun after the quote as the subject of the speech verb next to it", () => {
    const [name, pronoun] = candidatesOf(ONE_PERSON);
    expect(pronoun!.features).toMatchObject({ kind_pronoun: 1, after_quote: 1, same_sentence: 1, right_after_quote: 1, speech_subject: 1, speech_verb_adjacent: 1 });
    expect(name!.features).toMatchObject({ kind_name: 1, sentence_gap_1: 1, person: 1 });
    expect(name!.features.after_quote).toBeUndefined();
    expect(name!.features.speech_subject).toBeUndefined();
  });

  it("leaves out the words of the quote itself and marks names quoted elsewhere", () => {
    const text = "Lena Marsh arrived on Monday. \u201cMarsh knows our terms,\u201d Karl Odegaard said. \u201cWe wait,\u201d he added.";
    const { doc, contexts } = contextsOf(text);
    expect(contexts[0]!.candidates.map((c) => doc.slice(c))).toEqual(["Lena Marsh", "Karl Odegaard", "he"]);
    const second = candidatesOf(text, 1);
    expect(second.find((c) => c.text === "Marsh")?.features.in_other_quote).toBe(1);
  });

  it("tells the subject of a clause from the object of its verb", () => {
    const candidates = candidatesOf("Mr. Karl Odegaard attacked Lena Marsh over the quotas, saying, \u201cThe union wants all the fish and none of the rules.\u201d");
    const odegaard = candidates.find((c) => c.text === "Karl Odegaard")!;
    const marsh = candidates.find((c) => c.text === "Lena Marsh")!;
    expect(odegaard.features.clause_subject).toBe(1);
    expect(odegaard.features.verb_object).toBeUndefined();
    expect(marsh.features.verb_object).toBe(1);
    expect(marsh.features.clause_subject).toBeUndefined();
  });

  it("computes only features the model knows", () => {
    for (const c of candidatesOf(TWO_PEOPLE)) for (const name of Object.keys(c.features)) expect(FEATURE_NAMES).toContain(name);
  });
});

describe("speaker ranker: decision", () => {
  it("picks the one antecedent of 'he said'", () => {
    const { doc, contexts } = contextsOf(ONE_PERSON);
    expect(doc.actor(rankCandidates(speakerModel(), contexts[0]!)?.actor)?.name).toBe("Karl Odegaard");
  });

  it("picks the antecedent the pronoun fits when there are two", () => {
    const { doc, contexts } = contextsOf(TWO_PEOPLE);
    expect(doc.actor(rankCandidates(speakerModel(), contexts[0]!)?.actor)?.name).toBe("Lena Marsh");
    const him = contextsOf(TWO_PEOPLE.replace("she said", "he said"));
    expect(him.doc.actor(rankCandidates(speakerModel(), him.contexts[0]!)?.actor)?.name).toBe("Karl Odegaard");
  });

  it("sums the probability of an actor's mentions and abstains below the threshold or below 'no speaker'", () => {
    // index 0 is "no speaker"; candidates 1-3 belong to actors a, a, b
    expect(decide(0.5, [0.1, 0.3, 0.3, 0.3], ["a", "a", "b"])).toEqual({ actor: "a", probability: 0.6 });
    expect(decide(0.7, [0.1, 0.3, 0.3, 0.3], ["a", "a", "b"])).toBeNull();
    expect(decide(0.3, [0.5, 0.4, 0.1], ["a", "b"])).toBeNull();
    expect(decide(0.1, [0.2, 0.8], [undefined])).toBeNull();
  });

  it("leaves a quote with nobody around it without a speaker", () => {
    const doc = analyse(source("The talks resumed on Monday.\n\n\u201cNothing is agreed until everything is agreed, and the rest is noise.\u201d"), upToQuotes);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.speaker).toBeNull();
  });

  it("gives a speaker where the rules find no attribution: a name set off from its verb", () => {
    const text = "\u201cThe quotas are not negotiable,\u201d Rep. Lena Marsh (D-Valdoria) said on Friday.";
    const doc = analyse(source(text), upToQuotes);
    expect(doc.actor(doc.quotes[0]!.speaker)?.name).toBe("Lena Marsh");
  });
});

describe("speaker ranker: shipped model", () => {
  const file = JSON.parse(readFileSync(new URL("../../src/kb/data/speaker-model.json", import.meta.url), "utf8"));

  it("weighs exactly the features the code computes, with a threshold and its training data", () => {
    expect(Object.keys(file.weights).sort()).toEqual([...FEATURE_NAMES].sort());
    for (const w of Object.values(file.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThanOrEqual(1);
    expect(file.training).toMatchObject({ data: "polnear/train" });
    expect(file.training.quotes).toBeGreaterThan(0);
  });
});
