import type { Doc } from "../../doc/doc.js";
import type { ActorRecord, Span } from "../../record/schema.js";

/**
 * The collective parties of one document ('consumer delegates', 'the unions'), made once per name
 * whichever stage finds them first: the events stage's participant and the positions stage's holder
 * 'unions' is one actor. Each is of type `collective` (a party named only by a common noun; never
 * an armed group, which is `group`). Its affiliation stays empty: 'the delegations' or 'the banks'
 * may be either side, and the deal layer would take an affiliation for a party of its own.
 */
class CollectiveActors {
  private readonly byName = new Map<string, ActorRecord>();

  constructor(private readonly doc: Doc) {}

  /** The collective actor named by `words`, made on first use; `span` is one more mention of it. */
  obtain(words: string, span: Span): ActorRecord {
    const key = words.toLowerCase();
    let actor = this.byName.get(key);
    if (!actor) {
      actor = { id: `g${this.byName.size + 1}`, name: words, type: "collective", aliases: [], roles: [], affiliation: null, gender: null, mentions: [] };
      this.byName.set(key, actor);
    }
    if (!actor.mentions.some((m) => m.start === span.start)) {
      actor.mentions.push(span);
      actor.mentions.sort((a, b) => a.start - b.start);
    }
    return actor;
  }

  /** Adds the collective actors among `ids` to the document's actors, those already there left as they are. */
  publish(ids: Iterable<string | null>): void {
    const listed = new Set(this.doc.actors);
    const wanted = new Set(ids);
    for (const actor of this.byName.values()) if (wanted.has(actor.id) && !listed.has(actor)) this.doc.actors.push(actor);
  }
}

const registries = new WeakMap<Doc, CollectiveActors>();

/** The one registry of collective actors of a document, shared by every stage. */
export function collectiveActors(doc: Doc): CollectiveActors {
  let registry = registries.get(doc);
  if (!registry) {
    registry = new CollectiveActors(doc);
    registries.set(doc, registry);
  }
  return registry;
}

export type { CollectiveActors };
