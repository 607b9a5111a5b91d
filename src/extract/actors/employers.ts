import { addMention, type ActorDraft } from "./drafts.js";
import type { ActorContext } from "./index.js";
import type { TokenRange } from "./roles.js";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Organisations the text names only as someone's employer ("Gazprom chairman Aleksey Miller",
 * "chief executive of Southcorp") become organisation actors, with every other mention of the
 * same name. A name taken earlier for a place or a person ("Southcorp said") is the organisation:
 * a title's employer is never a place or a person.
 */
export function adoptEmployers(ctx: ActorContext): void {
  const { doc, words, drafts, kb } = ctx;
  for (const [first, end] of ctx.employers) {
    const name = ctx.sides.nameOf([first, end]);
    if (kb.entities.match(words, first, end)?.length === end - first) continue;
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

/** A place or a person draft that is only this name: what an employer's name was taken for before. */
function isMisreadName(d: ActorDraft, name: string): boolean {
  if (d.type !== "place" && d.type !== "person") return false;
  return [...d.forms.keys()].every((f) => f.replace(/\s+/g, " ") === name) && d.roles.length === 0;
}

/** Every place the text writes the name, as a mention, where no other actor stands. */
function addEveryMention(ctx: ActorContext, draft: ActorDraft, name: string[]): void {
  const { doc, words, drafts } = ctx;
  for (let k = 0; k + name.length <= words.length; k++) {
    if (!name.every((w, i) => words[k + i] === w)) continue;
    // part of a longer capitalised name ("Xstrata Plc") is that name's, not this one
    const where: TokenRange = [k, k + name.length];
    const span = { start: doc.tokens[where[0]]!.start, end: doc.tokens[where[1] - 1]!.end };
    if (drafts.all.some((d) => d !== draft && d.mentions.some((m) => overlaps(m, span)))) continue;
    addMention(draft, span, doc.text.slice(span.start, span.end));
  }
}
