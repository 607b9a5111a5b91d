import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge, KnownEntity } from "../../kb/actors-kb.js";
import { NAME_PARTICLES, POSSESSIVE, isCapitalised, joined } from "./words.js";

/** A piece of a run of capitalised tokens: a known entity, a title, or unknown words (a possible name). */
export type Segment =
  | { kind: "known"; entity: KnownEntity; first: number; end: number }
  | { kind: "title"; first: number; end: number; honorific: boolean }
  | { kind: "unknown"; first: number; end: number };

/** Connectors that may stand inside a name run when a capitalised word follows ("Secretary of State"). */
const INNER = new Set(["of", "for"]);

/**
 * Maximal runs of capitalised tokens in a sentence, joined across name particles ("bin", "al-")
 * and inner connectors ("of"), as [first, end) token indices.
 */
export function capitalisedRuns(doc: Doc, sentence: number, kb: ActorKnowledge): [number, number][] {
  const s = doc.sentences[sentence]!;
  const t = doc.tokens;
  const runs: [number, number][] = [];
  let i = s.firstToken;
  while (i < s.endToken) {
    if (!isCapitalised(t[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const cur = t[j];
      if (j >= s.endToken || !cur) break;
      if (isCapitalised(cur)) { j++; continue; }
      const next = t[j + 1];
      const lower = cur.text.toLowerCase();
      if (cur.text === "-" && joined(t[j - 1], cur) && joined(cur, next) && (isCapitalised(next) || NAME_PARTICLES.has(next?.text.toLowerCase() ?? ""))) { j++; continue; }
      if (NAME_PARTICLES.has(lower) && j + 1 < s.endToken && (isCapitalised(next) || next?.text === "-")) { j++; continue; }
      if (INNER.has(lower) && j + 1 < s.endToken && isCapitalised(next)) { j++; continue; }
      // "Foster's Group", "McDonald's Corp": a possessive inside an organisation's name
      if (POSSESSIVE.has(cur.text) && joined(t[j - 1], cur) && next && isOrganisationHead(kb, next.text)) { j++; continue; }
      // "International Committee of the Red Cross", "Ministry of the Interior"; not "President Abbas of the Palestinian Authority"
      if (INNER.has(lower) && next?.text === "the" && j + 2 < s.endToken && isCapitalised(t[j + 2]) && isOrganisationHead(kb, t[j - 1]!.text)) { j += 2; continue; }
      break;
    }
    // A run never ends on a connector.
    while (j > i + 1 && !isCapitalised(t[j - 1])) j--;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

const isOrganisationHead = (kb: ActorKnowledge, word: string) => kb.organizationHeads.has(word) || kb.groupHeads.has(word);

/** "Red Cross" in "Valdorian Red Cross Society" is part of another organisation's name, not the Red Cross. */
function partOfLongerName(entity: KnownEntity, next: string | undefined, kb: ActorKnowledge): boolean {
  return entity.kind === "organization" && next !== undefined && isOrganisationHead(kb, next);
}

/** Splits a run into known entities, titles and unknown stretches, longest known match first. */
export function segmentRun(words: string[], run: [number, number], kb: ActorKnowledge): Segment[] {
  const [first, end] = run;
  const segments: Segment[] = [];
  let k = first;
  let unknownStart = -1;
  const flush = (at: number) => {
    let stop = at;
    while (stop > unknownStart && (INNER.has(words[stop - 1]!) || words[stop - 1] === "the")) stop--;
    if (unknownStart >= 0 && stop > unknownStart) segments.push({ kind: "unknown", first: unknownStart, end: stop });
    unknownStart = -1;
  };
  while (k < end) {
    const word = words[k]!;
    const known = kb.entities.match(words, k, end);
    if (known && !partOfLongerName(known.value, words[k + known.length], kb)) {
      flush(k);
      segments.push({ kind: "known", entity: known.value, first: k, end: k + known.length });
      k += known.length;
      continue;
    }
    const title = kb.titleHeads.match(words, k, end);
    // "General Motors Corp" is a company, not a person titled General: the run ends in an organisation's head
    const titleLeadsToName = title && words[k + title.length]?.toLowerCase() !== "of" && !(end > k + title.length && kb.organizationHeads.has(words[end - 1]!));
    if (kb.honorifics.has(word) || (title && titleLeadsToName)) {
      flush(k);
      const length = title && titleLeadsToName ? title.length : 1;
      segments.push({ kind: "title", first: k, end: k + length, honorific: kb.honorifics.has(word) });
      k += length;
      continue;
    }
    if (INNER.has(word) && unknownStart >= 0) {
      k++;
      continue;
    }
    if (kb.nonNames.has(word) || INNER.has(word)) {
      flush(k);
      k++;
      continue;
    }
    if (unknownStart < 0) unknownStart = k;
    k++;
  }
  flush(end);
  return segments;
}

/** The first index of `word` in words[from, to), or -1. */
function indexWithin(words: string[], word: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (words[k] === word) return k;
  return -1;
}

const hasOrganisationHead = (kb: ActorKnowledge, words: string[], first: number, end: number) => {
  for (let k = first; k < end; k++) if (isOrganisationHead(kb, words[k]!)) return true;
  return false;
};

/**
 * Separates a person's name from the organisation written with it in one capitalised run:
 * "Kristen Welker of Harbour News" (a name, "of", an organisation) and "Chess Federation Mehrdad
 * Pahlavanzadeh" (an organisation's head followed by two or more words of a name), and a company
 * from its seat ("Pace Consultants Inc of Houston").
 */
export function separateNamesFromOrganisations(words: string[], segments: Segment[], kb: ActorKnowledge): Segment[] {
  // Most runs split nowhere: the list is copied only from the first split on (a new list per run was
  // a steady share of the stage's garbage).
  let out: Segment[] | undefined;
  const split = (index: number, ...parts: Segment[]) => {
    out ??= segments.slice(0, index);
    out.push(...parts);
  };
  for (let index = 0; index < segments.length; index++) {
    const seg = segments[index]!;
    if (seg.kind !== "unknown") {
      out?.push(seg);
      continue;
    }
    const { first, end } = seg;
    // only an "of" inside the run splits it: look no further than its last word but one, not to the text's end
    const of = indexWithin(words, "of", first, end - 1);
    // "Pace Consultants Inc of Houston": a legal form ends the company's name
    const afterLegalForm = of - first >= 2 && kb.corporateSuffixes.has(words[of - 1]!);
    if (of > first && of < end - 1 && (afterLegalForm || (!hasOrganisationHead(kb, words, first, of) && hasOrganisationHead(kb, words, of + 1, end)))) {
      const right = words[of + 1] === "the" ? of + 2 : of + 1;
      split(index, { kind: "unknown", first, end: of }, { kind: "unknown", first: right, end });
      continue;
    }
    let head = -1;
    for (let k = first; k < end; k++) if (isOrganisationHead(kb, words[k]!)) head = k;
    // no head: nothing to slice (with head -1 the slice copied every word of the text before the run)
    const trailing = head >= first ? words.slice(head + 1, end) : [];
    if (head >= first && trailing.length >= 2 && trailing.every((w) => /^[A-Z][\p{L}'.-]*$/u.test(w))) {
      split(index, { kind: "unknown", first, end: head + 1 }, { kind: "unknown", first: head + 1, end });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segments;
}
