import type { Profile } from "../../kb/profile.js";

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

const compiled = new WeakMap<Profile, Keyword[]>();

function keywordsOf(profile: Profile): Keyword[] {
  let list = compiled.get(profile);
  if (!list) {
    list = profile.issues.flatMap((issue) =>
      issue.keywords.map((k) => ({ label: issue.label, pattern: keywordPattern(k.replace(/^~/, "")), weak: k.startsWith("~") })),
    );
    compiled.set(profile, list);
  }
  return list;
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
  let best: Hit | null = null;
  for (const { label, pattern, weak } of keywordsOf(profile)) {
    const m = pattern.exec(normalised);
    if (!m) continue;
    const hit = { label, start: m.index, length: m[0].length, weak };
    if (better(hit, best)) best = hit;
  }
  return best?.label ?? null;
}
