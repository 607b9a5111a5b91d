import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { Sides } from "./affiliation.js";
import { addMention, addRole } from "./drafts.js";
import type { ActorContext } from "./index.js";
import { rangeText, type TokenRange } from "./roles.js";
import { POSSESSIVE, isCapitalised, joined } from "./words.js";

const LINKS = new Set(["of", "for"]);

export interface RoleHolder {
  /** The phrase without a determiner: "head of Egyptian intelligence". */
  range: TokenRange;
  head: string;
  side: string | null;
}

/**
 * The noun phrase around a title head that names an office-holder without a name: "Qatar's prime
 * minister", "the head of Egyptian intelligence", "a senior U.N. official", "U.S. officials".
 */
export function roleHolderAround(doc: Doc, words: string[], kb: ActorKnowledge, sides: Sides, headFirst: number): RoleHolder | null {
  const t = doc.tokens;
  const sentence = doc.sentences[t[headFirst]!.sentence]!;
  const head = kb.titleHeads.match(words, headFirst, sentence.endToken);
  if (!head) return null;
  let left = headFirst;
  while (left > sentence.firstToken) {
    const w = words[left - 1]!;
    const tok = t[left - 1]!;
    const ok =
      kb.titleModifiers.has(w.toLowerCase()) ||
      (isCapitalised(tok) && !kb.nonNames.has(w)) ||
      (POSSESSIVE.has(w) && isCapitalised(t[left - 2])) ||
      (w === "-" && joined(t[left - 2], tok));
    if (!ok) break;
    left--;
  }
  let right = headFirst + head.length;
  const link = words[right] ?? "";
  if (LINKS.has(link)) {
    let k = right + 1;
    if (words[k]?.toLowerCase() === "the") k++;
    const start = k;
    while (k < sentence.endToken && k - start < 6) {
      const tok = t[k]!;
      const ok = isCapitalised(tok) || POSSESSIVE.has(words[k]!) || tok.pos === "NOUN" || (tok.pos === "ADJ" && k + 1 < sentence.endToken);
      if (!ok) break;
      k++;
    }
    // "envoy for Valdoria" names whom the office serves; "forces for the death of ..." names no one
    const namesSomeone = link !== "for" || t.slice(start, k).some((tok) => isCapitalised(tok));
    if (k > start && namesSomeone) right = k;
  }
  const range: TokenRange = [left, right];
  return { range, head: head.value, side: sides.of(range, { unknownEmployers: false }) };
}

/**
 * Office-holders the text names only by their title become `unnamed` actors when the title says
 * whose office it is; one who is already named ("Director William Burns") is the named person's
 * role, which the caller excludes through `covered`.
 */
export function findRoleHolders(ctx: ActorContext, covered: Set<number>): void {
  const { doc, words, lower, kb, drafts, sides } = ctx;
  const t = doc.tokens;
  for (let k = 0; k < t.length; k++) {
    // titles are matched in any case: the lower-case words serve as they are
    if (covered.has(k) || !kb.titleHeads.match(lower, k, lower.length, true)) continue;
    const holder = roleHolderAround(doc, words, kb, sides, k);
    if (!holder) continue;
    const [first, end] = holder.range;
    const after = t[end];
    const named = isCapitalised(after) && !kb.nonNames.has(words[end]!) && after!.start === t[end - 1]!.end + 1;
    if (named || !holder.side) {
      k = end - 1;
      continue;
    }
    const name = rangeText(doc, holder.range);
    const draft = drafts.obtain(`unnamed:${name.toLowerCase().replace(/[\u2019]/g, "'")}`, "unnamed");
    draft.label ??= name;
    addMention(draft, { start: t[first]!.start, end: t[end - 1]!.end }, name);
    addRole(draft, holder.head);
    draft.affiliation ??= holder.side;
    k = end - 1;
  }
}
