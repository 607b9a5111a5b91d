import { addMention, type ActorDraft } from "./drafts.js";
import type { ActorContext } from "./index.js";
import { lastTitle, type TokenRange } from "./roles.js";
import { overlaps } from "../../record/spans.js";
import type { Span } from "../../record/schema.js";


/**
 * Organisations the text names only as someone's employer ("Gazprom chairman Aleksey Miller",
 * "chief executive of Southcorp") become organisation actors, with every other mention of the
 * same name. A name taken earlier for a place or a person ("Southcorp said") is the organisation:
 * a title's employer is never a place or a person.
 */
export function adoptEmployers(ctx: ActorContext): void {
  const { doc, words, drafts, kb } = ctx;
  const surnames = new Set(drafts.all.filter((d) => d.type === "person" && d.nameParts.length > 1).map((d) => d.nameParts[d.nameParts.length - 1]!));
  for (const { name: [first, end], title } of ctx.employers) {
    const name = ctx.sides.nameOf([first, end]);
    if (kb.entities.match(words, first, end)?.length === end - first) continue;
    // "former Trump adviser": the employer is a person of the text, and no organisation
    if (end - first === 1 && surnames.has(words[first]!)) {
      for (const d of drafts.all) if (d.affiliation === name) d.affiliation = null;
      continue;
    }
    if (!namesOrganisation(ctx, [first, end], title)) continue;
    let draft = drafts.find(`org:${name}`);
    if (!draft) {
      const where = { start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end };
      const taken = drafts.all.filter((d) => d.mentions.some((m) => overlaps(m, where)));
      if (taken.some((d) => !isMisreadName(d, name))) continue;
      draft = taken[0] ?? drafts.obtain(`org:${name}`, "organization");
      if (taken[0]) {
        draft.type = "organization";
        draft.nameParts = [];
        draft.affiliation = null;
        drafts.rekey(draft, `org:${name}`);
      }
    }
    addEveryMention(ctx, draft, words.slice(first, end));
  }
}

/**
 * Whether an employer's name is an organisation's: it has an organisation's head ("Daiwa
 * Securities"), is an acronym ("WMC"), or the text names it again ("Gazprom ... Gazprom's offer");
 * never what a territorial office serves ("Wisconsin governor").
 */
function namesOrganisation(ctx: ActorContext, [first, end]: TokenRange, title: TokenRange | null): boolean {
  const { words, kb } = ctx;
  const name = words.slice(first, end);
  if (name.some((w) => kb.organizationHeads.has(w) || kb.groupHeads.has(w))) return true;
  const office = title ? lastTitle(kb, words, title) : null;
  if (office && kb.territorialTitles.has(office.split(" ").pop()!)) return false;
  if (name.length === 1 && /^[A-Z]{2,6}$/.test(name[0]!)) return true;
  let count = 0;
  for (let k = 0; k + name.length <= words.length && count < 2; k++) if (writesName(words, k, name)) count++;
  return count >= 2;
}

/** The name written at `k`, its last word possibly in the plural: "Lib Dem" and "the Lib Dems". */
function writesName(words: string[], k: number, name: string[]): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const word = words[k + i];
    if (word !== name[i] && !(i === last && word !== undefined && isPlural(word, name[i]!))) return false;
  }
  return true;
}

/** `word` is `w` with an "s" added; tested in place, as this runs at every token of the text. */
const isPlural = (word: string, w: string) => word.length === w.length + 1 && word.charCodeAt(w.length) === 115 && word.startsWith(w);

/** A place or a person draft that is only this name: what an employer's name was taken for before. */
function isMisreadName(d: ActorDraft, name: string): boolean {
  if (d.type !== "place" && d.type !== "person") return false;
  return [...d.forms.keys()].every((f) => f.replace(/\s+/g, " ") === name) && d.roles.length === 0;
}

/** Every place the text writes the name, as a mention, where no other actor stands. */
function addEveryMention(ctx: ActorContext, draft: ActorDraft, name: string[]): void {
  const { doc, words, drafts } = ctx;
  for (let k = 0; k + name.length <= words.length; k++) {
    if (!writesName(words, k, name)) continue;
    const span = { start: doc.tokens[k]!.start, end: doc.tokens[k + name.length - 1]!.end };
    if (takenByAnother(drafts.all, draft, span)) continue;
    addMention(draft, span, doc.text.slice(span.start, span.end));
  }
}

/** Whether an actor other than `draft` has a mention overlapping `span` (loops: no closure per actor at every match). */
function takenByAnother(all: readonly ActorDraft[], draft: ActorDraft, span: Span): boolean {
  for (const d of all) {
    if (d === draft) continue;
    for (const m of d.mentions) if (overlaps(m, span)) return true;
  }
  return false;
}
