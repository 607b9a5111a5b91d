import { frameSpeaker } from "./clause-reading.js";
import type { ActorRecord } from "../../record/schema.js";
import { firstPerson } from "./anaphora.js";
import type { SentenceContext } from "./context.js";
import { subjectEndingAt, verbChain, type Subject } from "./subject.js";
import { stanceWords } from "./words.js";

/** Words that may stand between a verb of saying and its clause: 'said in a statement that', 'told reporters in Tarnov that'. */
const MAX_BETWEEN = 5;
const NOT_BETWEEN = new Set(["PUNCT", "VERB", "AUX", "SCONJ"]);

/** The verb of saying that introduces the clause starting at token `clauseFirst`, or -1. */
function sayingVerbBefore(ctx: SentenceContext, clauseFirst: number): number {
  const clauseVerbs = stanceWords().clauseVerbs;
  let k = clauseFirst - 1;
  if (ctx.word(k) === "that") k--;
  for (let n = 0; n <= MAX_BETWEEN && ctx.inside(k); n++, k--) {
    if (clauseVerbs.has(ctx.word(k))) return k;
    if (NOT_BETWEEN.has(ctx.pos(k))) return -1;
  }
  return -1;
}

/** 'the army must withdraw, the envoy said.' / '..., said the envoy.': the named actor of a closing attribution. */
function closingAttribution(ctx: SentenceContext, clauseFirst: number): ActorRecord | undefined {
  const clauseVerbs = stanceWords().clauseVerbs;
  let last = ctx.end - 1;
  while (last > clauseFirst && ctx.pos(last) === "PUNCT") last--;
  const named = ctx.mentionAt(last);
  if (named && clauseVerbs.has(ctx.word(named.first - 1)) && ctx.word(named.first - 2) === "," && named.first - 2 > clauseFirst) {
    return named.actor;
  }
  if (!clauseVerbs.has(ctx.word(last))) return undefined;
  const speaker = ctx.mentionAt(last - 1);
  return speaker && ctx.word(speaker.first - 1) === "," && speaker.first - 1 > clauseFirst ? speaker.actor : undefined;
}

/**
 * Who says the clause that starts at token `clauseFirst`: the speaker of the quotation it stands in,
 * the subject of a verb of saying right before it ('Marek said the government would ...'), or the
 * actor of a closing attribution. Null when the narrator says it.
 */
export function reportingSpeaker(ctx: SentenceContext, clauseFirst: number): Subject | null {
  const quoted = ctx.doc.actor(ctx.quoteAt(clauseFirst)?.speaker);
  if (quoted) return { actors: [quoted], first: clauseFirst };
  const verb = sayingVerbBefore(ctx, clauseFirst);
  if (verb >= 0) {
    const chain = verbChain(ctx, verb);
    if (chain.negated || chain.subjectLast < 0) return null;
    return subjectEndingAt(ctx, chain.subjectLast, false);
  }
  const closing = closingAttribution(ctx, clauseFirst);
  return closing ? { actors: [closing], first: clauseFirst } : frameSpeaker(ctx, clauseFirst);
}

/** A speaker with no affiliation, or with a state's: an official of another body ('a UN envoy') does not speak for a government. */
function speaksForState(ctx: SentenceContext, speaker: ActorRecord): boolean {
  if (!speaker.affiliation) return true;
  return ctx.index.actorsNamed(speaker.affiliation.toLowerCase()).some((a) => a.type === "state");
}

function holdsStateOffice(actor: ActorRecord): boolean {
  const offices = stanceWords().stateOffices;
  return actor.roles.some((role) => {
    const words = ` ${role.toLowerCase().replace(/[^a-z]+/g, " ")} `;
    return offices.some((office) => words.includes(` ${office} `));
  });
}

/**
 * 'the government', 'the army' as a subject ending at token `last`, said by a state official (in
 * the official's quotation or reported): the official states the position of his or her own
 * government. 'our army' in a quotation is the speaker's side.
 */
export function ownSideSubject(ctx: SentenceContext, last: number): Subject | null {
  const body = stanceWords().ownSideBodies.find((phrase) => ctx.matches(last - phrase.length + 1, phrase));
  if (!body) return null;
  let first = last - body.length;
  if (ctx.word(first) === "our") return firstPerson(ctx, first);
  // 'the Argentine state': a people's adjective may stand between
  if (ctx.word(first) !== "the" && /^\p{Lu}/u.test(ctx.doc.tokens[first]!.text) && ctx.pos(first) !== "NOUN" && ctx.word(first - 1) === "the") first--;
  if (ctx.word(first) !== "the") return null;
  const said = reportingSpeaker(ctx, first);
  const speaker = said && said.actors !== "unresolved" && said.actors.length === 1 ? said.actors[0]! : undefined;
  if (!speaker || speaker.type !== "person" || !speaksForState(ctx, speaker) || !holdsStateOffice(speaker)) return null;
  return { actors: [speaker], first };
}
