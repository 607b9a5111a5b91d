import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import type { Sides } from "./affiliation.js";
import { addMention, addRole, type ActorDraft } from "./drafts.js";
import type { ActorContext } from "./index.js";
import { rangeText, type TokenRange } from "./roles.js";
import { POSSESSIVE, isCapitalised, joined } from "./words.js";

const LINKS = new Set(["of", "for"]);
const NAME_JOINERS = new Set(["of", "and", "&"]);

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
    while (k < sentence.endToken && k - start < 8) {
      const tok = t[k]!;
      // "Chamber of Commerce and Industry": a joiner between capitalised words of one name
      const joins = NAME_JOINERS.has(words[k]!) && k > start && isCapitalised(t[k - 1]) && isCapitalised(t[k + 1]);
      const ok = joins || isCapitalised(tok) || POSSESSIVE.has(words[k]!) || tok.pos === "NOUN" || (tok.pos === "ADJ" && k + 1 < sentence.endToken);
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
    // a named person's title may name an employer the text names nowhere else
    const person = named ? undefined : appositionPerson(ctx, holder.range);
    if (person) {
      addRole(person, holder.head);
      person.affiliation ??= sides.of(holder.range);
      k = end - 1;
      continue;
    }
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

/** Words after a title that name the office's object before the name set off after it: "ambassador to the WTO, Holm,". */
const OBJECT_OPENERS = new Set(["to", "for", "at", "in", "on"]);
/** How many words such an object may run. */
const OBJECT_REACH = 6;

/**
 * The person a title stands in apposition to: "Ana Holm, President of the Harbour Chamber," (the
 * name before, a comma between) or "Valdoria's ambassador to the WTO, Ana Holm, said" (the name set
 * off after the title and its object). The title is then that person's, not an unnamed office-holder's.
 */
function appositionPerson(ctx: ActorContext, [first, end]: TokenRange): ActorDraft | undefined {
  const { doc, words, drafts } = ctx;
  const t = doc.tokens;
  const personAt = (at: (m: { start: number; end: number }) => boolean) => drafts.all.find((d) => d.type === "person" && d.mentions.some(at));
  // "Ana Holm, President of ...": the title right after the name and a comma
  if (words[first - 1] === "," && first >= 2) {
    const before = personAt((m) => m.end === t[first - 2]!.end);
    if (before) return before;
  }
  let comma = end;
  if (OBJECT_OPENERS.has(words[comma] ?? "")) {
    while (comma < end + OBJECT_REACH && comma < t.length && words[comma] !== "," && t[comma]!.sentence === t[first]!.sentence) comma++;
  }
  if (words[comma] !== "," || !t[comma + 1]) return undefined;
  const after = personAt((m) => m.start === t[comma + 1]!.start);
  const mentionEnd = after?.mentions.find((m) => m.start === t[comma + 1]!.start)?.end;
  const setOff = mentionEnd !== undefined && words[doc.tokenAt(mentionEnd)] === ",";
  return setOff ? after : undefined;
}
