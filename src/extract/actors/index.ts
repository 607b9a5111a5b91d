import type { Doc } from "../../doc/doc.js";
import { actorKnowledge, type ActorKnowledge, type KnownEntity } from "../../kb/actors-kb.js";
import type { Span } from "../../record/schema.js";
import { insideSorted } from "../../record/spans.js";
import { Sides } from "./affiliation.js";
import { addHomeStateSides } from "./home-state.js";
import { addLeaderBodySides } from "./leader-bodies.js";
import { addMention, addRole, ActorDrafts, toRecords, type ActorDraft } from "./drafts.js";
import { compatibleWith, surnameOf, type PersonCandidate } from "./people.js";
import { lastTitle, rangeText, roleAfter, roleBefore, type TokenRange } from "./roles.js";
import { capitalisedRuns, segmentRun, separateNamesFromOrganisations, type Segment } from "./runs.js";
import { addSpeechSubjects, addTitleAnaphora } from "./speakers.js";
import { findRoleHolders } from "./unnamed.js";
import { addTurnSpeakers } from "./turns.js";
import { adoptEmployers } from "./employers.js";
import { SentenceOpeners } from "./openers.js";
import { NAME_PARTICLES, POSSESSIVE, isCapitalised, lowerWordsOf, wordsOf } from "./words.js";
import { invertedSubject, isSpeechVerb, subjectBefore } from "../speech/phrases.js";
import { findQuoteSpans, type QuoteSpan } from "../quotes/marks.js";
import { signsQuote } from "../speech/signature.js";

export interface SpeechVerb {
  verb: number;
  /** The subject written before the verb ("Kirby" in "Kirby said"), if any. */
  subject: TokenRange | null;
}

export interface ActorContext {
  doc: Doc;
  kb: ActorKnowledge;
  words: string[];
  /** `words` in lower case */
  lower: string[];
  drafts: ActorDrafts;
  sides: Sides;
  /** Speech verbs of the text with the subject written before each, found once per document. */
  speech: SpeechVerb[];
  /** Tokens that stand in the subject of a speech verb ("Hallworth, of the institute, said"). */
  speakers: Set<number>;
  /** Tokens of the subjects written after a speech verb ('"...," said Weaver'). */
  invertedSubjects: Set<number>;
  quoteSpans: QuoteSpan[];
  openers: SentenceOpeners;
  /** Organisations the text names only as someone's employer ("Gazprom chairman"), with the title naming them. */
  employers: { name: TokenRange; title: TokenRange | null }[];
}

const span = (ctx: ActorContext, first: number, end: number): Span => ({
  start: ctx.doc.tokens[first]!.start,
  end: ctx.doc.tokens[end - 1]!.end,
});
const surface = (ctx: ActorContext, first: number, end: number) => ctx.doc.label(span(ctx, first, end));

function speechFollows(ctx: ActorContext, end: number): boolean {
  const next = ctx.words[end] ?? "";
  const after = ctx.words[end + 1] ?? "";
  return ctx.kb.speechVerbs.has(next) || (["also", "then", "later"].includes(next) && ctx.kb.speechVerbs.has(after));
}

function locativeBefore(ctx: ActorContext, first: number): boolean {
  let k = first - 1;
  if (ctx.words[k]?.toLowerCase() === "the") k--;
  return ctx.kb.locatives.has(ctx.words[k]?.toLowerCase() ?? "");
}

function addPlace(ctx: ActorContext, first: number, end: number): void {
  const name = surface(ctx, first, end);
  addMention(ctx.drafts.obtain(`place:${name}`, "place"), span(ctx, first, end), name);
}

/** States, organisations and places the knowledge base knows. */
function addKnown(ctx: ActorContext, entity: KnownEntity, first: number, end: number): void {
  const where = span(ctx, first, end);
  const text = surface(ctx, first, end);
  if (entity.kind === "state") {
    if (entity.form === "adjective") return;
    if (entity.form === "capital" && locativeBefore(ctx, first)) return addPlace(ctx, first, end);
    const draft = ctx.drafts.obtain(`state:${entity.name}`, "state");
    draft.affiliation = entity.name;
    addMention(draft, where, text);
  } else if (entity.kind === "organization") {
    const draft = ctx.drafts.obtain(`org:${entity.name}`, entity.type);
    // An armed group speaks for itself; a news outlet or NGO for no side.
    draft.affiliation = entity.affiliation ?? (entity.type === "group" ? entity.name : null);
    addMention(draft, where, text);
  } else if (entity.kind === "place") {
    addMention(ctx.drafts.obtain(`place:${entity.name}`, "place"), where, text);
  }
}

/** An unknown capitalised stretch that names an organisation or armed group by its last word. */
function organisationType(ctx: ActorContext, seg: Segment): "organization" | "group" | null {
  const { kb, words } = ctx;
  if (kb.groupHeads.has(words[seg.end - 1]!)) return "group";
  for (let k = seg.first; k < seg.end; k++) if (kb.organizationHeads.has(words[k]!)) return "organization";
  return null;
}

/**
 * A name the text itself introduces as an organisation's: after a classing noun ("water firm
 * Suez", "energy giant Gazprom") or followed by its initials in brackets ("Harlow Motors (HM)").
 */
function introducedAsOrganisation(ctx: ActorContext, seg: Segment): boolean {
  const { words, kb, doc } = ctx;
  if (kb.notOrganisationHeads.has(words[seg.end - 1]!)) return false;
  const before = doc.tokens[seg.first - 1];
  const classifier = before && before.kind === "word" && /^[a-z]/.test(before.text) ? words[seg.first - 1]! : "";
  if (kb.organisationClassifiers.has(classifier)) return true;
  const personLike = seg.end - seg.first > 2 || kb.givenNames.has(words[seg.first]!);
  if (kb.weakOrganisationClassifiers.has(classifier) && !personLike) return true;
  const initials = words[seg.end + 1] ?? "";
  return words[seg.end] === "(" && words[seg.end + 2] === ")" && initials.length >= 2 && initials === acronymOf(words.slice(seg.first, seg.end).join(" "));
}

/** An organisation the knowledge base does not know, with its acronym when the text gives one. */
function addUnknownOrganisation(ctx: ActorContext, segments: Segment[], index: number, type: "organization" | "group"): void {
  const seg = segments[index]!;
  const prev = segments[index - 1];
  const statePrefix = prev?.kind === "known" && prev.entity.kind === "state" && prev.end === seg.first ? prev : undefined;
  const first = statePrefix ? statePrefix.first : seg.first;
  const name = surface(ctx, first, seg.end);
  const draft = ctx.drafts.obtain(`org:${name}`, type);
  draft.affiliation ??= statePrefix?.kind === "known" ? statePrefix.entity.name : type === "group" ? name : null;
  addMention(draft, span(ctx, first, seg.end), name);
  // Staff of "the Turkish Foreign Ministry" speak for Turkey; of "the Canadian Auto Workers union", for the union.
  const organOfState = ctx.kb.stateOrganHeads.has(ctx.words[seg.end - 1]!);
  ctx.sides.learn(ctx.words.slice(first, seg.end), (organOfState || type === "group" ? draft.affiliation : null) ?? name);
  // "Pennzoil Co" is "Pennzoil" further on, and "General Motors Corp" is "GM"
  const nameTokens = ctx.words.slice(first, seg.end);
  const suffixed = nameTokens.length > 1 && ctx.kb.corporateSuffixes.has(nameTokens[nameTokens.length - 1]!);
  if (suffixed) {
    draft.shortName ??= nameTokens.slice(0, -1).filter((w) => !POSSESSIVE.has(w));
    ctx.sides.learn(draft.shortName, draft.affiliation ?? name);
  }
  const acronym = acronymOf(suffixed ? draft.shortName!.join(" ") : name);
  draft.acronym ??= acronym;
  if (acronym.length >= 2) ctx.sides.learn([acronym], draft.affiliation ?? name);
}

/**
 * The first draft (in the drafts' order) with each short name: short names are all set in the first
 * pass, so the map is made once instead of joining every draft's short name for each candidate.
 */
function draftsByShortName(drafts: readonly ActorDraft[]): Map<string, ActorDraft> {
  const byShortName = new Map<string, ActorDraft>();
  for (const d of drafts) {
    const text = d.shortName?.join(" ");
    if (text !== undefined && !byShortName.has(text)) byShortName.set(text, d);
  }
  return byShortName;
}

/**
 * "Pennzoil" after "Pennzoil Co": a company the text named with its legal form, its short name
 * possibly read as a title and a name ("General Motors" after "General Motors Corp").
 */
function isShortCompanyName(ctx: ActorContext, segments: Segment[], index: number, byShortName: Map<string, ActorDraft>): boolean {
  const seg = segments[index]!;
  if (seg.kind !== "unknown") return false;
  const prev = segments[index - 1];
  const starts = prev?.kind === "title" && prev.end === seg.first ? [seg.first, prev.first] : [seg.first];
  for (const first of starts) {
    const text = ctx.words.slice(first, seg.end).join(" ");
    const owner = byShortName.get(text) ?? (first === seg.first ? ctx.drafts.find(`org:${text}`) : undefined);
    if (!owner) continue;
    addMention(owner, span(ctx, first, seg.end), surface(ctx, first, seg.end));
    return true;
  }
  return false;
}

const NARRATION_WINDOW = 2;

function recentWindowStart(ctx: ActorContext, sentence: number): number {
  const quoted = quotedSentences(ctx);
  let counted = 0;
  let s = sentence;
  while (s > 0 && counted < NARRATION_WINDOW) {
    s--;
    if (!quoted[s]) counted++;
  }
  return ctx.doc.sentences[s]!.start;
}

const quotedSentenceFlags = new WeakMap<ActorContext, boolean[]>();

/**
 * For each sentence, whether it starts inside a quote: found once per text in one sweep (sentences
 * and quotes in text order), not per mention against every quote.
 */
function quotedSentences(ctx: ActorContext): boolean[] {
  let flags = quotedSentenceFlags.get(ctx);
  if (!flags) {
    const quotes = [...ctx.quoteSpans].sort((a, b) => a.open - b.open);
    let next = 0;
    let furthestEnd = -1;
    flags = ctx.doc.sentences.map(({ start }) => {
      while (next < quotes.length && quotes[next]!.open < start) furthestEnd = Math.max(furthestEnd, quotes[next++]!.end);
      return furthestEnd > start;
    });
    quotedSentenceFlags.set(ctx, flags);
  }
  return flags;
}

/** Not an acronym ("NLF") and not an adjective before a noun ("to Kestrian mediators"). */
function looksLikePlace(ctx: ActorContext, seg: Segment): boolean {
  const next = ctx.doc.tokens[seg.end];
  if (seg.end - seg.first === 1 && /^[A-Z]{2,}$/.test(ctx.words[seg.first]!)) return false;
  return !(next && /^[a-z]/.test(next.text) && (next.pos === "NOUN" || next.pos === "ADJ"));
}

/** "NLF" after "Northern Liberation Front (NLF)": the acronym of an organisation the text names. */
function isOrganisationAlias(ctx: ActorContext, seg: Segment): boolean {
  if (seg.kind !== "unknown" || seg.end - seg.first !== 1) return false;
  const word = ctx.words[seg.first]!;
  if (!/^[A-Z]{2,6}$/.test(word)) return false;
  const owner = ctx.drafts.all.find((d) => (d.type === "organization" || d.type === "group") && d.acronym === word);
  if (!owner) return false;
  addMention(owner, span(ctx, seg.first, seg.end), word);
  return true;
}

export function acronymOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
}

/** "the Front" after "the Northern Liberation Front": the only organisation of the text with that last word. */
function addShortOrganisation(ctx: ActorContext, seg: Segment): void {
  if (ctx.words[seg.first - 1]?.toLowerCase() !== "the") return;
  const head = ctx.words[seg.first]!;
  const owners = ctx.drafts.all.filter((d) => (d.type === "organization" || d.type === "group") && d.key.endsWith(` ${head}`));
  if (owners.length === 1) addMention(owners[0]!, span(ctx, seg.first, seg.end), head, false);
}

function personCandidate(ctx: ActorContext, segments: Segment[], index: number): PersonCandidate | null {
  const whole = segments[index]!;
  const { kb, words } = ctx;
  const titledRun = segments[index - 1]?.kind === "title" && segments[index - 1]!.end === whole.first;
  // "Understated Perez raises ...": a word capitalised by its place in the sentence is no part of the name
  const start = whole.kind === "known" || titledRun ? whole.first : ctx.openers.nameStart(kb, whole.first, whole.end);
  const seg = start === whole.first ? whole : { ...whole, first: start };
  // A known name may be written with its honorific ("Sheikh Mohammed bin ..."): the name starts after it.
  let nameFirst = seg.first;
  while (nameFirst < seg.end - 1 && kb.honorifics.has(words[nameFirst]!)) nameFirst++;
  const parts = words.slice(nameFirst, seg.end);
  const prev = start === whole.first ? segments[index - 1] : undefined;
  const known = seg.kind === "known" && seg.entity.kind === "person" ? seg.entity : undefined;
  const titled = prev?.kind === "title" && prev.end === seg.first;
  // "club manager Sir Alex Ferguson": the title stands before the honorific
  const honorificFirst = titled && prev?.kind === "title" && prev.honorific && prev.end - prev.first === 1 ? prev.first : seg.first;
  const before = roleBefore(ctx.doc, words, kb, seg.first) ?? (honorificFirst < seg.first ? roleBefore(ctx.doc, words, kb, honorificFirst) : null);
  const after = roleAfter(ctx.doc, words, kb, seg.end);
  const inverted = invertedSpeaker(ctx, seg.first, seg.end);
  // "“...” ― Ana Rell": a name signing a quote speaks it
  const signed = signsQuote(ctx.doc, words, seg.first) || (titled && !!prev && signsQuote(ctx.doc, words, prev.first));
  const speaks = speechFollows(ctx, seg.end) || ctx.speakers.has(seg.end - 1) || inverted || signed;
  // "At a rally in Sarn, the commander, ..." : after "in", a bare capitalised word is a place.
  if (!known && !titled && parts.length === 1 && locativeBefore(ctx, seg.first)) return null;
  const given = parts.length >= 2 && kb.givenNames.has(parts[0]!) && !locativeBefore(ctx, seg.first);
  // "Kestrian official", "Valdorian capital": a lone capitalised word before a noun is an adjective.
  const nextToken = ctx.doc.tokens[seg.end];
  if (parts.length === 1 && !titled && nextToken && /^[a-z]/.test(nextToken.text) && (nextToken.pos === "NOUN" || nextToken.pos === "ADJ")) return null;
  const allNameShaped = parts.every((p) => /^[A-Z\u00C0-\u017F][\p{L}'.-]*$/u.test(p) || p === "-" || NAME_PARTICLES.has(p.toLowerCase()));
  if (!allNameShaped) return null;
  // "WILL CONSIDER SETTLEMENT OFFER": a headline in capitals, not a name
  if (!known && parts.length > 1 && parts.every((p) => /^[A-Z]{3,}$/.test(p))) return null;
  // "Analysts said", "Bankers said": a common noun capitalised because it opens the sentence
  const opening = ctx.doc.tokens[seg.first]!;
  const opensSentence = seg.first === 0 || ctx.doc.tokens[seg.first - 1]!.sentence !== opening.sentence;
  if (!known && !titled && parts.length === 1 && opensSentence && opening.pos === "NOUN" && /s$/.test(parts[0]!)) return null;
  // "told Ana Rell": a full name right after a speech verb is a person, even as its object
  const afterSpeechVerb = kb.speechVerbs.has(words[seg.first - 1] ?? "");
  const strong = !!known || titled || !!before || !!after || given || (parts.length >= 2 && (speaks || afterSpeechVerb));
  // "Uruguay's Foreign Minister and Cartagena group chairman Enrique Iglesias": two titles of one name
  const alsoBefore = before && words[before[0] - 1] === "and" ? roleBefore(ctx.doc, words, kb, before[0] - 1) : null;
  const roleRanges: TokenRange[] = [alsoBefore, before, after].filter((r): r is TokenRange => !!r);
  const honorific = titled && prev?.kind === "title" && prev.honorific ? words[prev.first]! : null;
  const titleGender = roleRanges.map((r) => kb.titleGenders.get(lastTitle(kb, words, r) ?? "")).find(Boolean) ?? null;
  if (titled && prev && !before && !(honorific && kb.courtesy.has(honorific))) roleRanges.push([prev.first, prev.end]);
  return {
    first: seg.first,
    end: seg.end,
    parts,
    givenNameOnly: !!honorific && kb.givenNameHonorifics.has(honorific) && parts.length === 1,
    strong,
    speaks,
    roles: roleRanges.map((r) => {
      const text = rangeText(ctx.doc, r);
      return kb.rankAbbreviations.get(text) ?? text;
    }),
    roleRanges,
    gender: (honorific ? kb.honorifics.get(honorific) : null) ?? titleGender ?? known?.gender ?? (kb.femaleNames.has(parts[0]!) ? "female" : null),
    known: known ? { name: known.name, affiliation: known.affiliation, gender: known.gender } : undefined,
    sideAfter: ctx.sides.sideAfterName(seg.end),
  };
}

/**
 * "said Weaver, who ...", "said Kestria's Rick Armand": a name in the subject written after a speech
 * verb (the inverted order after a quote) speaks as much as "Weaver said"; a possessive owner does not,
 * nor does the object of "told MPs".
 */
function invertedSpeaker(ctx: ActorContext, first: number, end: number): boolean {
  return ctx.invertedSubjects.has(first) && !POSSESSIVE.has(ctx.words[end] ?? "");
}

function invertedSubjectTokens(doc: Doc, words: string[], speech: SpeechVerb[]): Set<number> {
  const tokens = new Set<number>();
  for (const { verb } of speech) {
    const range = invertedSubject(doc, words, verb);
    if (range) for (let k = range[0]; k < range[1]; k++) tokens.add(k);
  }
  return tokens;
}

/** Transcript labels ("MR. KIRBY:") are read by addTurnSpeakers, not as names in running text. */
function inLabel(doc: Doc, token: number): boolean {
  return insideSorted(doc.tokens[token]!.start, labelSpans(doc));
}

// turns are in text order, so their labels can be searched (a transcript has thousands of them)
const labelSpansOf = new WeakMap<Doc, Span[]>();
function labelSpans(doc: Doc): Span[] {
  let spans = labelSpansOf.get(doc);
  if (!spans) labelSpansOf.set(doc, (spans = doc.source.turns.map((t) => t.labelSpan)));
  return spans;
}

/** Every speech verb with the subject before it: names and speech subjects are both read from them. */
function speechVerbsOf(doc: Doc, words: string[], kb: ActorKnowledge): SpeechVerb[] {
  const found: SpeechVerb[] = [];
  for (let v = 0; v < words.length; v++) {
    if (isSpeechVerb(kb, words, v)) found.push({ verb: v, subject: subjectBefore(doc, words, v) });
  }
  return found;
}

function speechSubjectTokens(speech: SpeechVerb[]): Set<number> {
  const tokens = new Set<number>();
  for (const { subject } of speech) if (subject) tokens.add(subject[1] - 1);
  return tokens;
}

/**
 * Finds the person a candidate names among the drafts, or "ambiguous" when two fit and nothing
 * decides. A bare surname shared by two people goes to the one the text named in the last two
 * sentences of narration (quoted sentences do not count), when the other was not named there, or
 * to the only one introduced so far; writers do not leave such a reference open.
 */
function matchPerson(ctx: ActorContext, people: ActorDraft[], c: PersonCandidate): ActorDraft | null | "ambiguous" {
  const fitsCandidate = compatibleWith(ctx.kb, c.parts, c.givenNameOnly);
  // "Mr. Varga" is not Ilona Varga: an honorific's or title's gender rules out a person of the other
  const fits = people.filter((p) => fitsCandidate(p.nameParts) && !(c.gender && p.gender && c.gender !== p.gender));
  if (fits.length <= 1) return fits[0] ?? null;
  // "Republican Donor Adelson" in a title-case headline, "Sheldon Adelson" in the story: the
  // headline's capitals make no given name, so a bare "Adelson" is the person of the story
  const credible = fits.filter((p) => !headlineOnly(ctx, p));
  if (credible.length === 1 && c.parts.length === 1) return credible[0]!;
  const full = fits.filter((p) => p.nameParts.length > 1);
  if (c.parts.length > 1 && full.length === 1) return full[0]!;
  const byRole = fits.filter((p) => c.roles.some((r) => p.roles.some((pr) => pr.toLowerCase().includes(r.toLowerCase()))));
  if (byRole.length === 1) return byRole[0]!;
  const windowStart = recentWindowStart(ctx, ctx.doc.tokens[c.first]!.sentence);
  const at = ctx.doc.tokens[c.first]!.start;
  const recent = fits.filter((p) => p.mentions.some((m) => m.start >= windowStart && m.start < at));
  if (recent.length === 1) return recent[0]!;
  // A bare surname refers to someone already introduced; the other may only be named further on.
  const introduced = fits.filter((p) => p.mentions.some((m) => m.start < at));
  if (recent.length === 0 && introduced.length === 1) return introduced[0]!;
  return (recent.length === 0 && c.parts.length === 1 && dominant(introduced)) || "ambiguous";
}

/** A full name written only in a title-case headline, its first word no given name the knowledge base knows. */
function headlineOnly(ctx: ActorContext, person: ActorDraft): boolean {
  return person.nameParts.length > 1 && !ctx.kb.givenNames.has(person.nameParts[0]!) && person.mentions.every((m) => ctx.openers.inTitleCase(m.start));
}

/** Mentions the most written-about person needs, and how many times the next one's, to take a bare surname. */
const DOMINANT_MENTIONS = 3;
const DOMINANT_RATIO = 3;

/**
 * "Clinton" in a story that names Hillary Clinton throughout and Bill Clinton once: when nobody with
 * the surname was named in the last sentences, a bare surname is the person the text is about, if
 * that person clearly dominates (never a toss-up between two people written about alike).
 */
function dominant(people: ActorDraft[]): ActorDraft | undefined {
  const ranked = [...people].sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  if (!first || !second) return undefined;
  const count = first.mentions.length;
  return count >= DOMINANT_MENTIONS && count >= DOMINANT_RATIO * second.mentions.length ? first : undefined;
}

/**
 * "OPEC reaffirmed its ceiling, its president Rilwanu Lukman said": a title owned by "its" belongs to
 * the organisation or state named last before it in the sentence.
 */
function ownerOfIts(ctx: ActorContext, [first]: TokenRange): string | null {
  const its = first - 1;
  if (ctx.lower[its] !== "its") return null;
  const sentence = ctx.doc.sentences[ctx.doc.tokens[its]!.sentence]!;
  const at = ctx.doc.tokens[its]!.start;
  let owner: { side: string; start: number } | undefined;
  for (const d of ctx.drafts.all) {
    if (d.type !== "organization" && d.type !== "group" && d.type !== "state") continue;
    for (const m of d.mentions) {
      if (m.start < sentence.start || m.start >= at || (owner && m.start < owner.start)) continue;
      owner = { side: d.affiliation ?? d.key.replace(/^[a-z]+:/, ""), start: m.start };
    }
  }
  return owner?.side ?? null;
}

function placePerson(ctx: ActorContext, people: ActorDraft[], c: PersonCandidate): void {
  let draft = matchPerson(ctx, people, c);
  if (draft === "ambiguous") return;
  if (!draft) {
    draft = ctx.drafts.obtain(`person:${c.parts.join(" ")}`, "person", c.parts);
    people.push(draft);
  } else if (c.parts.length > draft.nameParts.length) {
    draft.nameParts = c.parts;
    ctx.drafts.rekey(draft, `person:${c.parts.join(" ")}`);
  }
  addMention(draft, span(ctx, c.first, c.end), surface(ctx, c.first, c.end));
  c.roles.forEach((r) => addRole(draft, r));
  draft.affiliation ??= c.roleRanges.map((r) => ctx.sides.of(r) ?? ownerOfIts(ctx, r)).find((s) => s) ?? null;
  for (const r of c.roleRanges) {
    const employer = ctx.sides.unknownEmployer(r);
    if (employer) ctx.employers.push({ name: employer, title: r });
  }
  if (!draft.affiliation && c.sideAfter) {
    draft.affiliation = c.sideAfter.side;
    if (c.sideAfter.employer) ctx.employers.push({ name: c.sideAfter.employer, title: null });
  }
  draft.gender ??= c.gender;
  if (c.known) draft.fallbackAffiliation ??= c.known.affiliation;
}

/** The person draft with a mention over exactly these tokens. */
function personAt(ctx: ActorContext, first: number, end: number): ActorDraft | undefined {
  const where = span(ctx, first, end);
  return ctx.drafts.all.find((d) => d.type === "person" && d.mentions.some((m) => m.start === where.start && m.end === where.end));
}

/**
 * "Greek prime minister Kyros Vlahos and energy minister Eleni Pappa": a title without a side,
 * coordinated with a title of a state, holds an office of the same state.
 */
function shareCoordinatedSides(ctx: ActorContext, candidates: PersonCandidate[]): void {
  const byEnd = new Map(candidates.map((c) => [c.end, c]));
  for (const c of candidates) {
    const role = c.roleRanges.find((r) => r[1] === c.first);
    if (!role || ctx.words[role[0] - 1] !== "and") continue;
    const previous = byEnd.get(role[0] - 1);
    if (!previous || !previous.roleRanges.some((r) => r[1] === previous.first)) continue;
    const draft = personAt(ctx, c.first, c.end);
    const side = personAt(ctx, previous.first, previous.end)?.affiliation;
    if (draft && !draft.affiliation && side && ctx.kb.statesByName.has(side)) draft.affiliation = side;
  }
}

/**
 * The actors stage: people (with titles, sides and aliases), organisations, armed groups, states and
 * places, each with every mention in the text. Rules over wink tokens plus the knowledge base; a
 * name the knowledge base has never seen is still found through its title, honorific, appositive,
 * given name or a speech verb.
 */
export function extractActors(doc: Doc): void {
  const kb = actorKnowledge();
  const words = wordsOf(doc);
  const speech = speechVerbsOf(doc, words, kb);
  const ctx: ActorContext = { doc, kb, words, lower: lowerWordsOf(doc), drafts: new ActorDrafts(), sides: new Sides(kb, words, doc.tokens), speech, speakers: speechSubjectTokens(speech), invertedSubjects: invertedSubjectTokens(doc, words, speech), quoteSpans: findQuoteSpans(doc), openers: new SentenceOpeners(doc, words), employers: [] };
  doc.tokens.forEach((t, k) => isCapitalised(t) && ctx.sides.noteCapitalised(words[k]!));

  // Pass 1: everything but people, so that titles can name the organisations this text introduces.
  const pending: { segments: Segment[]; index: number }[] = [];
  const shortOrganisations: Segment[] = [];
  for (const sentence of doc.sentences) {
    for (const found of capitalisedRuns(doc, sentence.index, kb)) {
      const run: [number, number] = [found[0], found[1]];
      while (run[0] < run[1] && inLabel(doc, run[0])) run[0]++;
      if (run[0] === run[1]) continue;
      const segments = separateNamesFromOrganisations(words, segmentRun(words, run, kb), kb);
      segments.forEach((seg, index) => {
        if (seg.kind === "title") return;
        if (seg.kind === "known" && seg.entity.kind !== "person") return addKnown(ctx, seg.entity, seg.first, seg.end);
        const orgType = seg.kind === "unknown" ? organisationType(ctx, seg) : null;
        if (seg.kind === "unknown" && index === 0 && introducedAsOrganisation(ctx, seg)) return addUnknownOrganisation(ctx, segments, index, orgType ?? "organization");
        // A lone "Office" or "Party" names nothing in particular; "the Front" is the front the text named.
        if (orgType && seg.end - seg.first > 1) return addUnknownOrganisation(ctx, segments, index, orgType);
        if (orgType) return shortOrganisations.push(seg);
        pending.push({ segments, index });
      });
    }
  }

  for (const seg of shortOrganisations) addShortOrganisation(ctx, seg);

  // Pass 2: people. Full names first, so a bare or titled surname finds the person it abbreviates.
  const strong: PersonCandidate[] = [];
  const weak: PersonCandidate[] = [];
  const singles: PersonCandidate[] = [];
  const byShortName = draftsByShortName(ctx.drafts.all);
  for (const { segments, index } of pending) {
    if (isOrganisationAlias(ctx, segments[index]!) || isShortCompanyName(ctx, segments, index, byShortName)) continue;
    const c = personCandidate(ctx, segments, index);
    const seg = segments[index]!;
    if (c?.strong) strong.push(c);
    else if (c && c.parts.length === 1) singles.push(c);
    else if (c) weak.push(c);
    else if (seg.kind === "unknown" && index === 0 && locativeBefore(ctx, seg.first) && looksLikePlace(ctx, seg)) addPlace(ctx, seg.first, seg.end);
  }
  const people: ActorDraft[] = [];
  for (const c of [...strong].sort((a, b) => b.parts.length - a.parts.length || a.first - b.first)) placePerson(ctx, people, c);
  const vouched = new Set(singles.filter((s) => s.speaks).map((s) => s.parts[0]!.toLowerCase()));
  for (const c of weak) {
    if (matchPerson(ctx, people, c) || vouched.has(surnameOf(c.parts))) placePerson(ctx, people, c);
    else if (locativeBefore(ctx, c.first)) addPlace(ctx, c.first, c.end);
  }
  for (const c of singles) {
    const match = matchPerson(ctx, people, c);
    if ((match && match !== "ambiguous") || (!match && c.speaks)) placePerson(ctx, people, c);
  }
  for (const person of people) {
    const known = kb.people.get(person.nameParts.join(" ").toLowerCase()) ?? (person.nameParts.length === 1 ? kb.uniqueSurname(person.nameParts[0]!) : undefined);
    if (known) {
      person.fallbackAffiliation ??= known.affiliation;
      person.gender ??= known.gender;
    }
  }

  shareCoordinatedSides(ctx, [...strong, ...weak]);
  adoptEmployers(ctx);
  addTurnSpeakers(ctx, people);
  const covered = new Set<number>();
  for (const c of [...strong, ...weak, ...singles]) for (const [a, b] of c.roleRanges) for (let k = a; k < b; k++) covered.add(k);
  // "Forces" in "Rapid Support Forces" is part of a name already found, not a title of its own
  for (const draft of ctx.drafts.all) {
    if (draft.type !== "organization" && draft.type !== "group") continue;
    for (const m of draft.mentions) for (let k = doc.tokenAt(m.start); k < doc.tokens.length && doc.tokens[k]!.start < m.end; k++) covered.add(k);
  }
  addTitleAnaphora(ctx, covered);
  findRoleHolders(ctx, covered);
  addSpeechSubjects(ctx);
  addHomeStateSides(doc, kb, words, ctx.drafts.all);
  addLeaderBodySides(kb, ctx.drafts.all);
  doc.actors = toRecords(ctx.drafts.all);
}
