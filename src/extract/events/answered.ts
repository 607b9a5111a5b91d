import type { Doc } from "../../doc/doc.js";
import { clauseAt } from "../clauses/index.js";
import type { Draft } from "./draft.js";

/** The answers to a proposal that the passive leaves without a doer: "the offers were rejected", "the plan was accepted". */
const ANSWERS = new Set(["REJECT", "AGREE"]);
/** How many sentences before the answer the proposal may be told. */
const PROPOSAL_REACH = 1;

/**
 * "Pennzoil made settlement offers to Texaco, but the offers were repeatedly rejected": a passive
 * answer whose subject is a proposal, with no doer named, was given by those the proposal was made
 * to, in the latest proposal told in its sentence or the one before; the proposer is its recipient.
 */
export function answerProposals(doc: Doc, drafts: Draft[], proposalNouns: Set<string>): void {
  for (const answer of drafts) {
    if (!ANSWERS.has(answer.type) || answer.actors.length > 0) continue;
    const token = doc.tokenAt(answer.at);
    const clause = clauseAt(doc, token);
    if (!clause?.chain.passive || clause.predicate !== token || !clause.subject) continue;
    let namesProposal = false;
    for (let i = clause.subject.first; i <= clause.subject.last; i++) if (proposalNouns.has(doc.tokens[i]!.text.toLowerCase())) namesProposal = true;
    if (!namesProposal) continue;
    const sentence = doc.sentenceAt(answer.at);
    const proposal = drafts
      .filter((d) => d.type === "PROPOSE" && d.at < answer.at && d.recipients.length > 0 && doc.sentenceAt(d.at) >= sentence - PROPOSAL_REACH)
      .at(-1);
    if (!proposal) continue;
    answer.actors = [...proposal.recipients];
    answer.recipients = proposal.actors.filter((id) => !answer.actors.includes(id));
  }
}
