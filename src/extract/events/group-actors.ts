import type { Doc } from "../../doc/doc.js";
import type { ActorRecord } from "../../record/schema.js";

interface WithParticipants {
  actors: string[];
  recipients: string[];
  start: number;
  end: number;
}

/**
 * A group named only by a noun ("consumer delegates") takes part in events as its words; the record
 * wants every participant to be an actor, so each such group becomes one unnamed actor of the
 * document, with the mentions of it the events found, and the events name it by its id.
 */
export function addGroupActors(doc: Doc, events: WithParticipants[]): void {
  const known = new Set(doc.actors.map((a) => a.id));
  const byName = new Map<string, ActorRecord>();
  const idOf = (words: string, event: WithParticipants): string => {
    if (known.has(words)) return words;
    const key = words.toLowerCase();
    let actor: ActorRecord | undefined = byName.get(key);
    if (!actor) {
      actor = { id: `group${byName.size + 1}`, name: words, type: "unnamed", aliases: [], roles: [], affiliation: null, gender: null, mentions: [] };
      byName.set(key, actor);
      doc.actors.push(actor);
    }
    const mention = mentionIn(doc.text, words, event) ?? { start: event.start, end: event.end };
    if (!actor.mentions.some((m) => m.start === mention.start)) actor.mentions.push(mention);
    return actor.id;
  };
  for (const event of events) {
    event.actors = event.actors.map((id) => idOf(id, event));
    event.recipients = event.recipients.map((id) => idOf(id, event));
  }
}

/** Where the group's words stand in the event's sentence; their spaces may be line breaks in the text. */
function mentionIn(text: string, words: string, event: WithParticipants): { start: number; end: number } | null {
  const pattern = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"), "g");
  pattern.lastIndex = event.start;
  const found = pattern.exec(text);
  return found && found.index + found[0].length <= event.end ? { start: found.index, end: found.index + found[0].length } : null;
}
