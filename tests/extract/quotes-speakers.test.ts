import { describe, expect, it } from "vitest";
import { stages, analyse } from "../../src/extract/pipeline.js";
import { extractQuotes, type SpeakerChooser } from "../../src/extract/quotes/index.js";
import { source } from "../helpers.js";

// Fictional fixtures, one per class of attribution the quotes stage handles.
const upToQuotes = stages.filter((s) => ["tokens", "clauses", "actors", "quotes"].includes(s.name));

/** The speaker's name of each quote, in order ("?" when unattributed). */
function speakers(text: string): string[] {
  const doc = analyse(source(text), upToQuotes);
  return doc.quotes.map((q) => doc.actor(q.speaker)?.name ?? "?");
}

describe("quotes: attribution after the quote, in every order", () => {
  it.each([
    [`"The offer is an insult," said Tomas Brell, the union's leader.`, "Tomas Brell"],
    [`"The offer is an insult," Tomas Brell, 54, told reporters.`, "Tomas Brell"],
    [`"The offer is an insult," Tomas Brell, General Secretary of the Harbour Workers Union, said.`, "Tomas Brell"],
    [`"The offer is an insult," after a long night of talks, Tomas Brell said.`, "Tomas Brell"],
    [`"The offer stands," a senior Valdorian official said.`, "senior Valdorian official"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("takes the name set off after its title as the subject", () => {
    expect(speakers(`The union's chief negotiator, Tomas Brell, said the offer was "an insult to every docker".`)).toEqual(["Tomas Brell"]);
  });

  it("takes the person, not the organisation after 'of', as the speaker", () => {
    const text = `Union leader Tomas Brell spoke first.\n\n"The offer is an insult," Tomas Brell of the Harbour Workers Union said.`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it.each([
    [`"We are extremely happy" about the decision, said Ana Holm, leader of the Harbour Workers Union.`, "Ana Holm"],
    [`"Boots on the ground" would be the right answer, Minister Ana Holm said after the attacks.`, "Ana Holm"],
    [`"There is a sense of calm now," and trade began to pick up again last week, Tomas Brell said.`, "Tomas Brell"],
  ])("reads an attribution closing the quote's sentence: %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("reads the subject through a parenthesis after the name", () => {
    expect(speakers(`"Immunity deals should not be required," Chairman Tomas Brell (V-North) said in a statement.`)).toEqual(["Tomas Brell"]);
  });

  it("gives a statement credited with an unknown verb to the name before the verb, never to the previous speaker", () => {
    const text = `Senator Tomas Brell and Senator Ana Holm questioned the bank's chief.\n\n"Every time you say that, you help them," Brell said.\n\n"Why is this not clear proof that the bank is too big?" Holm snapped.`;
    expect(speakers(text)).toEqual(["Tomas Brell", "Ana Holm"]);
  });

  it("does not read a name after a quoted term as its speaker", () => {
    expect(speakers(`Tomas Brell spoke first.\n\nThe march went against the "fair and final offer" Holm tabled on Monday.`)).toEqual(["?"]);
  });

  it("reads a subject set off by a party tag after the quote", () => {
    expect(speakers(`"We expect the veto to fall," Senate Leader Tomas Brell, V-Nor., said Tuesday.`)).toEqual(["Tomas Brell"]);
  });

  it("reads the subject after a long opening phrase, never the preposition that opens it", () => {
    const text = `With union leaders increasingly worried about a lack of support for the deal among younger dock workers, Chairman Tomas Brell is taking a new message to the port: "It is about all of us."`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("takes the subject of a verb that likens the matter to the quoted words", () => {
    expect(speakers(`Another critic, Ana Holm, likened the plan to "handing the port to the banks."`)).toEqual(["Ana Holm"]);
  });

  it("never takes the object of 'told' as an inverted subject", () => {
    const text = `Valdoria News Agency reported the talks.\n\n"We were wrong to wait so long," Tomas Brell, 58, told Valdoria News Agency.`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("reads a paragraph that only signs the quote before it (fact-check style)", () => {
    const text = `Union leader Tomas Brell spoke at the rally.\n\n"The offer is an insult to every worker in the port."\n\n- Brell.\n\nThat claim is disputed.`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("does not read the next paragraph's sentence as the attribution", () => {
    const text = `"The offer is an insult to every worker in the port,"\n\nUnion leader Tomas Brell said the strike would go on.`;
    expect(speakers(text)).toEqual(["?"]);
  });

  it("gives both parts of an interrupted quote to the same speaker", () => {
    expect(speakers(`"First, we need a ceasefire," Ana Holm said, "and then we can talk about borders."`)).toEqual(["Ana Holm", "Ana Holm"]);
  });

  it("does not read an attribution across the full stop after the closing mark", () => {
    const text = `Minister Ana Holm said it would be "far better if the whole text were rewritten by the end of the month". Tomas Brell said the offer stood.`;
    expect(speakers(text)).toEqual(["Ana Holm"]);
  });
});

describe("quotes: attribution before the quote", () => {
  it.each([
    [`Union leader Tomas Brell: "The gaps are real."`, "Tomas Brell"],
    [`Union leader Tomas Brell rejected the offer and said, "The gaps are real."`, "Tomas Brell"],
    [`Union leader Tomas Brell left the room, saying, "The gaps are real."`, "Tomas Brell"],
    [`In a statement on Friday, the Harbour Workers Union rejected the offer: "We will not sign this deal today."`, "Harbour Workers Union"],
    [`Minister Ana Holm issued a short statement:\n\n"The gaps between the two sides remain real."`, "Ana Holm"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    [`Minister Ana Holm, exasperated, famously responded: "What difference does it make now?"`, "Ana Holm"],
    [`Tomas Brell joked that the port was his home, but went on to say, "There are places here that are dangerous."`, "Tomas Brell"],
    [`Here in Valdmar, Tomas Brell stepped up his attacks on the plan, saying, "We have got to reach a deal this week."`, "Tomas Brell"],
  ])("finds the subject through adverbs, asides and infinitives: %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("gives words quoted after a characterising verb to its subject", () => {
    expect(speakers(`Union leader Tomas Brell, for his part, is labelling the offer "a cynical insult to every worker".`)).toEqual(["Tomas Brell"]);
  });

  it("does not give a quote to the subject of an opening clause", () => {
    const text = `After Tomas Brell criticised the plan during a debate, Minister Ana Holm shot back, "I could have chosen silence, but I chose to answer."`;
    // the rules cannot read "shot back"; the ranker may name Holm, never Brell
    expect(speakers(text)).toHaveLength(1);
    expect(speakers(text)).not.toContain("Tomas Brell");
  });

  it("takes the name right after 'to which' as the subject of its clause", () => {
    const text = `Minister Ana Holm said her plan was strong, to which Tomas Brell interjected: "It is just not true."`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("gives the part after 'adding' the speaker of the earlier verb", () => {
    const text = `The two leaders will meet next week, Tomas Brell said, adding, "They need to sit down and talk."`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("names no single speaker for several subjects", () => {
    expect(speakers(`Minister Ana Holm and other officials said "the door is still open."`)).toEqual(["?"]);
  });
});

describe("quotes: continued quotes", () => {
  it("splits a quote reopened after each sentence (BBC style) and keeps its speaker", () => {
    const text = `Union leader Tomas Brell said: "We will strike on Monday. "The offer is an insult to every worker. "We expect better."\n\nMinister Ana Holm said: "The offer stands."`;
    const doc = analyse(source(text), upToQuotes);
    expect(doc.quotes.map((q) => q.text)).toEqual(["We will strike on Monday.", "The offer is an insult to every worker.", "We expect better.", "The offer stands."]);
    expect(doc.quotes.map((q) => doc.actor(q.speaker)?.name)).toEqual(["Tomas Brell", "Tomas Brell", "Tomas Brell", "Ana Holm"]);
  });

  it("gives a quote running on into the next paragraph the speaker of its attributed part", () => {
    const text = `Talks resumed on Monday.\n\n"The first phase is the easy one.\n\n"The second phase is where deals break," Ana Holm said.`;
    expect(speakers(text)).toEqual(["Ana Holm", "Ana Holm"]);
  });

  it("gives an unattributed quote the speaker of the narration just before it", () => {
    expect(speakers(`Union leader Tomas Brell said the strike would go on. "The gaps are real."`)).toEqual(["Tomas Brell"]);
  });

  it("never gives a quote the next paragraph's speaker", () => {
    expect(speakers(`"The gaps are real."\n\nUnion leader Tomas Brell said the strike would go on.`)).toEqual(["?"]);
  });
});

describe("quotes: pronouns and descriptions refer back", () => {
  it("resolves 'he' to the subject of the sentence before, not to a name in passing", () => {
    const text = `Union leader Tomas Brell told reporters the offer from Meridian's owner Paul Hask was unfair.\n\n"We will not be rushed," he said.`;
    expect(speakers(text)).toEqual(["Tomas Brell"]);
  });

  it("resolves 'he' to an unnamed speaker", () => {
    const text = `One diplomat said the prospects were good.\n\n"The fear is that the talks collapse before the spring," he said.`;
    expect(speakers(text)).toEqual(["One diplomat"]);
  });

  it("resolves 'she' to a woman who spoke, through an earlier 'she said'", () => {
    const text = `"We will not be rushed," Minister Ana Holm said.\n\n"The gaps are real," she said. "We need time," she added.`;
    expect(speakers(text)).toEqual(["Ana Holm", "Ana Holm", "Ana Holm"]);
  });

  it("leaves a pronoun with two fitting antecedents unattributed", () => {
    const text = `Minister Ana Holm and Minister Clara Venn left the talks together.\n\n"We will not be rushed," she said.`;
    expect(speakers(text)).toEqual(["?"]);
  });

  it("leaves a pronoun unattributed when someone without a name spoke last", () => {
    const text = `Union leader Tomas Brell rejected the offer.\n\nAnother said the strike would go on.\n\n"We will not be rushed," he said.`;
    expect(speakers(text)).toEqual(["?"]);
  });

  it("does not carry the previous quote's speaker to 'he said' past someone else introduced in between", () => {
    const text = `"We will strike," union leader Tomas Brell said.\n\nPiers Holloway is a senior officer on the picket line at the port. He said: "Most people stayed home today."`;
    expect(speakers(text)).toEqual(["Tomas Brell", "?"]);
  });

  it("reads 'the company' and 'the union' as the organisation named before", () => {
    expect(speakers(`Meridian Shipping Corporation raised its offer on Monday.\n\n"We have gone as far as we can," the company said in a statement.`)).toEqual(["Meridian Shipping Corporation"]);
    expect(speakers(`The Harbour Workers Union rejected the offer on Monday.\n\n"This is not a serious proposal," the union said.`)).toEqual(["Harbour Workers Union"]);
  });

  it("leaves 'the company' unresolved when two companies were named together", () => {
    const text = `Meridian Shipping Corporation and Harbour Freight Corporation raised their offers on Monday.\n\n"We have gone as far as we can," the company said.`;
    expect(speakers(text)).toEqual(["?"]);
  });
});

describe("quotes: pronouns after long appositions and relative clauses", () => {
  it("keeps the name before 'who' as the subject when the relative clause ends in another name", () => {
    const text = `The talks were led by Minister Ana Holm. Holm, who is not related to the union's treasurer, Piet Holm, said the offer stood. "We came here to settle," she said.`;
    expect(speakers(text)).toEqual(["Ana Holm"]);
  });

  it("reads a subject past a long apposition with a relative clause", () => {
    const text = `Dockers cheered at the gate. Ana Brell, a 41-year-old crane driver from Sarn who was laid off in the spring of last year, walked back to her post.\n\n"I never thought I would see this day," she said.`;
    expect(speakers(text)).toEqual(["Ana Brell"]);
  });

  it("never gives 'she' to a speaker further back when another woman is named nearer", () => {
    const text = `"All went to plan," Petra Venn, a spokeswoman for the port authority, told reporters.\n\nDockers cheered at the gate. Ana Brell, whose brother drove the first truck through the gate at dawn on Monday while the crowd sang and waved flags, stood by.\n\n"I never thought I would see this day," she said.`;
    expect(speakers(text)[0]).toBe("Petra Venn");
    expect(speakers(text)[1]).not.toBe("Petra Venn");
  });
});

describe("quotes: the speaker chooser", () => {
  it("lets another chooser pick among the candidates, which come strongest first", () => {
    const seen: string[][] = [];
    const lastCandidate: SpeakerChooser = (_doc, quote) => {
      seen.push(quote.candidates.map((c) => c.source));
      return quote.candidates.at(-1)?.actor ?? null;
    };
    const text = `"The gaps are real," Minister Ana Holm said. Union leader Tomas Brell said the strike would go on. "We need time."`;
    const byRules = analyse(source(text), upToQuotes);
    expect(byRules.quotes.map((q) => byRules.actor(q.speaker)?.name)).toEqual(["Ana Holm", "Tomas Brell"]);
    const doc = analyse(source(text), upToQuotes);
    extractQuotes(doc, lastCandidate);
    expect(seen).toEqual([["attribution"], ["reported-speech", "previous-quote"]]);
    expect(doc.quotes.map((q) => doc.actor(q.speaker)?.name)).toEqual(["Ana Holm", "Ana Holm"]);
  });
});
