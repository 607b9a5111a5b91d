import { readKbFile } from "../../kb/files.js";
import type { EventType } from "../../record/schema.js";
import { clauseAt, clausesOfSentence } from "../clauses/index.js";
import type { Doc } from "../../doc/doc.js";

interface ThreatsFile {
  types: EventType[];
  unlessOpeners: string[];
  ifOpeners: string[];
}

let threats: { types: Set<EventType>; unless: Set<string>; ifs: Set<string> } | undefined;
function threatWords() {
  if (!threats) {
    const file = readKbFile<ThreatsFile>("event-threats.json");
    threats = { types: new Set(file.types), unless: new Set(file.unlessOpeners), ifs: new Set(file.ifOpeners) };
  }
  return threats;
}

/**
 * "The union will strike unless the offer is improved", "they would vote against it if the changes
 * are not made": a deed put under the clause layer's condition right after its clause is a threat.
 */
export function isThreat(doc: Doc, type: EventType, token: number): boolean {
  const words = threatWords();
  if (!words.types.has(type)) return false;
  const clause = clauseAt(doc, token);
  if (!clause) return false;
  const clauses = clausesOfSentence(doc, clause.sentence);
  // the condition may follow its clause or open the sentence ("if we don't have agreements by Thursday, there will be a strike")
  const opening = clause.condition ? undefined : clauses.slice(0, clause.index).reverse().find((c) => c.condition);
  const condition = [clauses[clause.index + 1], opening].find((c) => c?.condition);
  if (!condition?.condition) return false;
  if (words.unless.has(condition.condition)) return true;
  const ahead = clause.chain.tense === "future" || clause.chain.tense === "conditional";
  return ahead && words.ifs.has(condition.condition) && condition.chain.negated;
}
