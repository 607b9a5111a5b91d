import type { Doc } from "../../doc/doc.js";
import { findAssessment, mentionsTopic } from "./assess.js";
import { SentenceEvents, type Draft } from "./draft.js";
import { eventLexicon } from "./lexicon.js";
import { mergeSameEvents } from "./merge.js";
import { mentionsBySentence, SentenceView } from "./sentence.js";
import { findTriggers } from "./triggers.js";

/**
 * The events stage: PLOVER events plus PROPOSE and ASSESS (docs/ontology.md), read sentence by
 * sentence from the trigger and assessment lists in src/kb/data. Runs after actors (participants are
 * actor ids) and quotes (the speaker of a quoted assessment).
 */
export function extractEvents(doc: Doc): void {
  const lex = eventLexicon();
  const drafts: Draft[] = [];
  const recentTopics: boolean[] = [];
  const mentions = mentionsBySentence(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const view = new SentenceView(doc, s, lex, mentions.get(s) ?? []);
    const topicHere = mentionsTopic(view);
    const topical = topicHere || recentTopics.includes(true);
    recentTopics.push(topicHere);
    if (recentTopics.length > lex.assessments.topicWindow) recentTopics.shift();

    const hits = findTriggers(view);
    const assessment = findAssessment(view, topical);
    if (hits.length === 0 && !assessment) continue;
    const builder = new SentenceEvents(view);
    const found = hits.map((h) => builder.fromTrigger(h)).filter((d): d is Draft => d !== null);
    const judged = assessment && builder.fromAssessment(assessment);
    if (judged) found.push(judged);
    drafts.push(...mergeSameEvents(found).sort((a, b) => a.at - b.at));
  }
  doc.events = drafts.map(({ at: _at, clause: _clause, ...d }, i) => ({ id: `e${i + 1}`, ...d }));
}
