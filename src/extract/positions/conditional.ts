import { readKbFile } from "../../kb/files.js";
import { clauseAt } from "../clauses/index.js";
import type { SentenceContext } from "./context.js";
import type { Stance } from "./cues.js";

interface ThreatWords {
  modals: Set<string>;
  stances: Set<string>;
  openers: Set<string>;
}

let loaded: ThreatWords | undefined;
function threatWords(): ThreatWords {
  if (!loaded) {
    const file = readKbFile<{ modals: string[]; stances: string[]; openers: string[] }>("stance-conditional-threats.json");
    loaded = { modals: new Set(file.modals), stances: new Set(file.stances), openers: new Set(file.openers) };
  }
  return loaded;
}

/**
 * 'If we don't get the amendments we regard as essential, including the sunset clause, we will vote
 * against the bill': a condition opening the sentence (or its quotation) at `condition`, then, after
 * a comma, the main clause starting at `claimFrom` with 'will' and a refusal or opposition. That is
 * the holder's threat, a position, not a hypothesis (stance-conditional-threats.json).
 */
export function isConditionalThreat(ctx: SentenceContext, condition: number, claimFrom: number, cueHead: number, stance: Stance): boolean {
  const words = threatWords();
  if (!words.stances.has(stance) || claimFrom <= condition) return false;
  if (condition > ctx.first && !words.openers.has(ctx.word(condition - 1))) return false;
  if (ctx.word(claimFrom - 1) !== ",") return false;
  const modal = clauseAt(ctx.doc, cueHead)?.chain.modal;
  return modal !== null && modal !== undefined && words.modals.has(modal);
}
