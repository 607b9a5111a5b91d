import type { SentenceContext } from "./context.js";
import { RELATIVE_PRONOUNS, subjectEndingAt, verbChain, type Subject } from "./subject.js";
import { stanceWords } from "./words.js";

/** How far back the subject of the first of two joined predicates may stand. */
const MAX_DISTANCE = 40;
const PREDICATE_START = new Set(["VERB", "AUX"]);
const SUBJECT_END = new Set(["NOUN", "PROPN", "PRON"]);
const RELATIVE_WORDS = new Set(["who", "whom", "which"]);

function startsPredicate(ctx: SentenceContext, i: number): boolean {
  while (ctx.pos(i) === "ADV") i++;
  return PREDICATE_START.has(ctx.pos(i));
}

/**
 * Two predicates joined by 'and' or 'but' share their subject: 'the NLF wanted the army to withdraw
 * ..., and wanted a permanent truce', 'said the NLF was prepared to discuss ... but would not
 * withdraw'. Given the coordinator before the second predicate, returns the subject of the nearest
 * clause before it (not a relative clause: 'the deal that Hamas proposed and ...' is not Hamas's),
 * or null when that subject is no actor ('demanded that forces leave the city and agree to a truce':
 * 'agree' belongs to the forces, inside the demand).
 */
export function sharedSubject(ctx: SentenceContext, coordinator: number): Subject | null {
  if (ctx.pos(coordinator) !== "CCONJ") return null;
  for (let k = coordinator - 1; k >= ctx.first && k > coordinator - MAX_DISTANCE; k--) {
    // 'those in Israel who will not agree with this plan and will call for ...': whose predicate is joined is unclear
    if (RELATIVE_WORDS.has(ctx.word(k))) return null;
    if (!(SUBJECT_END.has(ctx.pos(k)) || ctx.mentionAt(k)) || !startsPredicate(ctx, k + 1)) continue;
    const subject = subjectEndingAt(ctx, k);
    if (!subject) return null;
    if (!RELATIVE_PRONOUNS.has(ctx.word(subject.first - 1))) return speakerOfReported(ctx, subject, coordinator) ?? subject;
  }
  return null;
}

/**
 * 'Mr Prentis said workers did not want to strike and called for talks': a finite verb joined after
 * a reported clause goes on with the one who reports it, not with the reported clause's subject
 * (which a modal keeps: 'said the NLF was prepared to discuss but would not withdraw'). The
 * speaker's subject, or null when the subject before is no reported one.
 */
function speakerOfReported(ctx: SentenceContext, subject: Subject, coordinator: number): Subject | null {
  let verb = subject.first - 1;
  if (ctx.word(verb) === "that") verb--;
  if (!stanceWords().clauseVerbs.has(ctx.word(verb))) return null;
  let next = coordinator + 1;
  while (ctx.pos(next) === "ADV") next++;
  if (ctx.pos(next) !== "VERB") return null;
  const chain = verbChain(ctx, verb);
  return chain.subjectLast >= 0 && !chain.negated ? subjectEndingAt(ctx, chain.subjectLast) : null;
}
