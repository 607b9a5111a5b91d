import { describe, expect, it } from "vitest";
import { drawCast } from "../../src/bench/corpus/cast.js";
import { TemplateFiller } from "../../src/bench/corpus/fill.js";
import { Random } from "../../src/bench/corpus/random.js";
import { curlyQuotes } from "../../src/bench/corpus/typography.js";

function filler(seed: number) {
  const rng = new Random(seed);
  const cast = drawCast(rng);
  return { cast, fill: new TemplateFiller(rng, cast) };
}

describe("template filler", () => {
  it("names two different people in one sentence and introduces each with a title or description", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { cast, fill } = filler(seed);
      const sentence = fill.sentence("{person} met {person2} in Halden.");
      const named = cast.people.filter((p) => sentence.includes(p.name));
      expect(named, sentence).toHaveLength(2);
    }
  });

  it("introduces a person once by full name and mostly uses shorter forms afterwards", () => {
    let later = 0;
    let shorter = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { cast, fill } = filler(seed);
      const sentences = Array.from({ length: 40 }, () => fill.sentence("{person} spoke."));
      for (const person of cast.people) {
        const mentions = sentences.filter((s) => s.includes(person.surname));
        if (mentions.length === 0) continue;
        expect(mentions[0]).toContain(person.name);
        later += mentions.length - 1;
        shorter += mentions.slice(1).filter((s) => !s.includes(person.name)).length;
      }
    }
    expect(later).toBeGreaterThan(100);
    expect(shorter / later).toBeGreaterThan(0.8);
  });

  it("uses the pronoun of the last person named", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { cast, fill } = filler(seed);
      const first = fill.sentence("{person} spoke.");
      const person = cast.people.find((p) => first.includes(p.name))!;
      expect(fill.sentence("{he} left.")).toBe(`${person.pronoun[0]!.toUpperCase()}${person.pronoun.slice(1)} left.`);
    }
  });

  it("capitalises a placeholder written with a capital and the first letter of the sentence", () => {
    const { fill } = filler(3);
    for (let i = 0; i < 20; i++) {
      expect(fill.sentence("{side} said so.")).toMatch(/^[A-Z]/);
      expect(fill.sentence("They met {Side}.")).toMatch(/met [A-Z]/);
    }
  });

  it("ends a clause quote without its full stop so that a comma can follow", () => {
    const { fill } = filler(4);
    for (let i = 0; i < 50; i++) expect(fill.sentence('"{quote:clause}," he said.')).not.toMatch(/[.?!],"/);
  });

  it("rejects an unknown placeholder", () => {
    expect(() => filler(5).fill.sentence("{nobody} spoke.")).toThrow(/unknown placeholder \{nobody\}/);
  });
});

describe("curly quotes", () => {
  it("opens after a space or the start and closes elsewhere, without changing the length", () => {
    const text = `"We can't," she said: 'fine' and "no."`;
    const curly = curlyQuotes(text);
    expect(curly).toBe("\u201CWe can\u2019t,\u201D she said: \u2018fine\u2019 and \u201Cno.\u201D");
    expect(curly.length).toBe(text.length);
  });
});
