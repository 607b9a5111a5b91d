import type { Doc } from "../../doc/doc.js";
import { actorKnowledge } from "../../kb/actors-kb.js";
import { readKbFile } from "../../kb/files.js";
import type { ActorRecord, Span } from "../../record/schema.js";
import type { TokenRange } from "../actors/roles.js";
import { insideAny } from "../../record/spans.js";

interface DescriptionsFile { organizations: Record<string, string[]> }

/** How many paragraphs back a description may look for the actor it refers to. */
const LOOKBACK_PARAGRAPHS = 3;


/** "the company" fits "Harbour Freight Co", "the union" the "Dockers' Union"; "the minister" a minister. */
function fitsDescription(actor: ActorRecord, noun: string, nameEnds: string[] | undefined, isTitle: boolean): boolean {
  if (nameEnds && (actor.type === "organization" || actor.type === "group")) {
    return [actor.name, ...actor.aliases].some((n) => nameEnds.some((end) => n === end || n.endsWith(` ${end}`)));
  }
  if (!isTitle || (actor.type !== "person" && actor.type !== "unnamed")) return false;
  return actor.roles.some((role) => role.toLowerCase().split(/\s+/).pop() === noun);
}

/**
 * The actor a definite description refers back to ("the company", "the union", "the minister"):
 * the one most recently named before it, outside quotes, within the last few paragraphs. When two
 * different ones were last named in the same sentence, the description is left unresolved.
 */
export function resolveDescription(doc: Doc, words: string[], range: TokenRange, quoted: Span[]): ActorRecord | undefined {
  if (words[range[0]]?.toLowerCase() !== "the" || range[1] - range[0] < 2) return undefined;
  const noun = words[range[1] - 1]!.toLowerCase();
  const nameEnds = readKbFile<DescriptionsFile>("definite-descriptions.json").organizations[noun];
  const kb = actorKnowledge();
  const isTitle = !!kb.titleHeads.match([noun], 0, 1, true);
  if (!nameEnds && !isTitle) return undefined;
  const at = doc.tokens[range[0]]!.start;
  const here = doc.sentences[doc.sentenceAt(at)]!.paragraph;
  const latest = new Map<ActorRecord, number>();
  for (const actor of doc.actors) {
    if (!fitsDescription(actor, noun, nameEnds, isTitle)) continue;
    for (const m of actor.mentions) {
      if (m.start >= at || insideAny(m.start, quoted)) continue;
      if (here - doc.sentences[doc.sentenceAt(m.start)]!.paragraph > LOOKBACK_PARAGRAPHS) continue;
      latest.set(actor, Math.max(latest.get(actor) ?? -1, m.start));
    }
  }
  const ranked = [...latest.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  if (second && doc.sentenceAt(second[1]) === doc.sentenceAt(first[1])) return undefined;
  return first[0];
}
