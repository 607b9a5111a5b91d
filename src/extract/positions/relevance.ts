import { namesNothing, type Wanted } from "./complement.js";
import type { SentenceContext } from "./context.js";
import type { CueMatch } from "./cues.js";
import type { Holder } from "./holder.js";
import { isPlaceHead } from "./places.js";
import { stanceWords } from "./words.js";

const OPENING_MARKS = new Set(['"', "\u201c", "'", "\u2018"]);

/** A proper noun that is not capitalised only for standing first ('"Things have to move"'). */
function isInnerProperNoun(ctx: SentenceContext, k: number): boolean {
  return ctx.pos(k) === "PROPN" && k > ctx.first && !OPENING_MARKS.has(ctx.word(k - 1));
}

/** A name: a mention of an actor, an actor's name the actors stage missed ('Sarn'), or another proper noun. */
function namesParty(ctx: SentenceContext, wanted: Wanted): boolean {
  for (let k = wanted.first; k <= wanted.last; k++) {
    if (ctx.mentionAt(k) || isInnerProperNoun(ctx, k) || ctx.index.isActorName(ctx.doc.tokens[k]!.text)) return true;
  }
  return false;
}

/** A name or a place noun ('the corridor'). */
function namesPartyOrPlace(ctx: SentenceContext, wanted: Wanted): boolean {
  if (namesParty(ctx, wanted)) return true;
  for (let k = wanted.first; k <= wanted.last; k++) if (isPlaceHead(ctx, k)) return true;
  return false;
}

/**
 * 'I want to take a minute', 'I've asked him to keep me informed': what a speaker says of his or her
 * own next steps is talk, unless it names an issue or a party ('I've urged the leadership in Israel to ...').
 */
function isSpeakerAside(ctx: SentenceContext, cue: CueMatch, holder: Holder, wanted: Wanted): boolean {
  const step = wanted.form === "verb" || cue.objectTo === true;
  return step && stanceWords().speakerWords.has(ctx.word(holder.subject.first)) && !namesParty(ctx, wanted);
}

/**
 * Whether a position whose wanted thing names no profile issue says nothing worth recording: a
 * refusal ('X will not comment'), a wanted thing without a noun ('accept it', 'willing to
 * negotiate'), a speaker's aside, or an obligation that names no party or place.
 */
export function saysNothing(ctx: SentenceContext, cue: CueMatch, holder: Holder, wanted: Wanted): boolean {
  if (cue.kind === "refusal" || namesNothing(ctx, wanted) || isSpeakerAside(ctx, cue, holder, wanted)) return true;
  // 'things have to go in to him'
  if (cue.addressed) return !namesAddressee(ctx, wanted);
  if (cue.denial) return false;
  return cue.kind === "obligation" && !namesPartyOrPlace(ctx, wanted);
}

/** 'the time for the government to act': the party addressed is named, or is a body like 'the government' (stance-own-side-bodies.json). */
function namesAddressee(ctx: SentenceContext, wanted: Wanted): boolean {
  if (ctx.mentionAt(wanted.first) || ctx.mentionAt(wanted.first + 1)) return true;
  const start = ctx.word(wanted.first) === "the" ? wanted.first + 1 : wanted.first;
  return stanceWords().ownSideBodies.some((phrase) => ctx.matches(start, phrase) && ctx.word(start + phrase.length) === "to");
}
