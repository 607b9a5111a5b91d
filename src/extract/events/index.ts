import type { Doc } from "../../doc/doc.js";
import { activeProfile } from "../../kb/profile.js";
import { answerProposals } from "./answered.js";
import { addGroupActors } from "./group-actors.js";
import { findAssessment, mentionsTopic, opensWithContrast } from "./assess.js";
import { SentenceEvents, type Draft } from "./draft.js";
import { eventLexicon } from "./lexicon.js";
import { joinContrastedAssessments, mergeSameEvents } from "./merge.js";
import { References } from "./references.js";
import { mentionsBySentence, SentenceView } from "./sentence.js";
import { findTriggers } from "./triggers.js";

/**
 * The events stage: PLOVER events plus PROPOSE and ASSESS (docs/ontology.md), read sentence by
 * sentence from the trigger and assessment lists in src/kb/data. Runs after actors (participants are
 * actor ids) and quotes (the speaker of a quoted assessment, "we" and "I" in a quote).
 */
export function extractEvents(doc: Doc): void {
  // the profile's domains choose the trigger vocabularies; without them every domain's are read
  const lex = eventLexicon(activeProfile().domains);
  const mentions = mentionsBySentence(doc);
  const references = new References(doc);
  const views = doc.sentences.map((_, s) => new SentenceView(doc, s, lex, mentions.get(s) ?? [], references));
  const topics = views.map(mentionsTopic);
  const { topicWindow } = lex.assessments;
  // the talks may be named a few sentences before an assessment, or right after it
  const topical = (s: number) => {
    for (let k = Math.max(0, s - topicWindow); k <= s + 1 && k < topics.length; k++) if (topics[k]) return true;
    return false;
  };

  const drafts: Draft[] = [];
  let lastAssessed = -2;
  for (const view of views) {
    const hits = findTriggers(view);
    // a judgement right after another goes on about the same talks: "There are significant gaps." "But nobody has walked out."
    const assessment = findAssessment(view, topical(view.index) || lastAssessed === view.index - 1);
    if (assessment) lastAssessed = view.index;
    if (hits.length === 0 && !assessment) continue;
    const builder = new SentenceEvents(view, hits);
    const found = hits.map((_, k) => hits[hits.length - 1 - k]!).map((h) => builder.fromTrigger(h)).reverse().filter((d): d is Draft => d !== null);
    const judged = assessment && builder.fromAssessment(assessment);
    if (judged) found.push(judged);
    drafts.push(...mergeSameEvents(found).sort((a, b) => a.at - b.at));
  }
  answerProposals(doc, drafts, lex.participants.proposalNouns);
  // the record's fields in the record's order, spelled out: rest and spread were slower
  doc.events = joinContrastedAssessments(doc, drafts, (s) => opensWithContrast(views[s]!)).map((d, i) => ({
    id: `e${i + 1}`, trigger: d.trigger, start: d.start, end: d.end, type: d.type, mode: d.mode, actors: d.actors,
    recipients: d.recipients, modality: d.modality, polarity: d.polarity, date: d.date, place: d.place, terms: d.terms,
  }));
  addGroupActors(doc, doc.events);
}
