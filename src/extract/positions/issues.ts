import type { Profile } from "../../kb/profile.js";
import { KeywordIndex } from "./keyword-index.js";

interface Keyword {
  label: string;
  pattern: RegExp;
  /** written with a leading '~': counts only when no plain keyword matches ('~release' is weaker than 'prisoners') */
  weak: boolean;
}

/**
 * A profile keyword as a regular expression: words match whole, '*' stands for any word characters
 * (so 'withdraw*' and '*-week' work) and ' ... ' for up to four words in between ('pull* ... out').
 */
export function keywordPattern(keyword: string): RegExp {
  const word = (w: string) => w.split("*").map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\w-]*");
  const phrase = (p: string) => p.trim().split(/\s+/).map(word).join("\\s+");
  const body = keyword.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+\.\.\.\s+/).map(phrase).join("(?:\\s+\\S+){0,4}?\\s+");
  return new RegExp(`(?<![\\w-])${body}${keyword.endsWith("*") ? "" : "(?![\\w-])"}`, "i");
}

interface CompiledProfile {
  keywords: Keyword[];
  index: KeywordIndex;
}

const compiled = new WeakMap<Profile, CompiledProfile>();

function compile(profile: Profile): CompiledProfile {
  let known = compiled.get(profile);
  if (!known) {
    const written = profile.issues.flatMap((issue) => issue.keywords.map((k) => ({ label: issue.label, keyword: k.replace(/^~/, ""), weak: k.startsWith("~") })));
    known = {
      keywords: written.map(({ label, keyword, weak }) => ({ label, pattern: keywordPattern(keyword), weak })),
      index: new KeywordIndex(written.map((w) => w.keyword)),
    };
    compiled.set(profile, known);
  }
  return known;
}

interface Hit {
  label: string;
  start: number;
  length: number;
  weak: boolean;
}

const better = (a: Hit, b: Hit | null) =>
  !b || (a.weak !== b.weak ? !a.weak : a.start < b.start || (a.start === b.start && a.length > b.length));

/**
 * The profile issue a phrase is about: the issue whose keyword starts earliest, the longer keyword
 * at the same start; weak keywords only when nothing else matches. The head of a phrase comes first
 * in English ('elections before a truce' is about elections), so the earliest keyword is the best guess.
 */
export function issueOf(text: string, profile: Profile): string | null {
  const normalised = text.replace(/[\u2018\u2019]/g, "'");
  const { keywords, index } = compile(profile);
  let best: Hit | null = null;
  for (const k of index.candidates(normalised.toLowerCase())) {
    const { label, pattern, weak } = keywords[k]!;
    const m = pattern.exec(normalised);
    if (!m) continue;
    const hit = { label, start: m.index, length: m[0].length, weak };
    if (better(hit, best)) best = hit;
  }
  return best?.label ?? null;
}
