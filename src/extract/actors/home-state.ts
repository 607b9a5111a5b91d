import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { nameTokens } from "./name-tokens.js";
import type { ActorDraft } from "./drafts.js";
import { POSSESSIVE } from "./words.js";

/** A headline word in capitals read as a name ("ARGENTINA" → "Argentina"); short ones may be acronyms ("US", "UK"). */
const titleCase = (w: string) => (/^[A-Z]{4,}$/.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w);

/**
 * The states a token list names, in any form: name, demonym, people or capital. `sidesOnly` leaves
 * out a state written as a place ("a visit to Japan", "talks in Washington"), which is where
 * something happens rather than a side; "from Japan" still names where a person comes from.
 */
function statesNamed(kb: ActorKnowledge, words: readonly string[], from = 0, to = words.length, sidesOnly = false, namesOnly = false): Set<string> {
  const states = new Set<string>();
  for (let k = from; k < to; k++) {
    const m = kb.entities.match(words, k, to);
    if (!m) continue;
    const before = words[k - 1]?.toLowerCase() ?? "";
    // "an offer to the Soviet Union": a determiner stands between the place word and the state
    const placeWord = before === "the" ? words[k - 2]?.toLowerCase() ?? "" : before;
    const place = sidesOnly && placeWord !== "from" && kb.locatives.has(placeWord);
    if (m.value.kind === "state" && !place && (!namesOnly || m.value.form === "name")) states.add(m.value.name);
    k += m.length - 1;
  }
  return states;
}

/**
 * The one state a story is about, when its metadata says so: the dateline is that state's capital
 * ("WASHINGTON" → United States), or else the headline names that state, by its name (not only a demonym), and no other. Host cities of
 * foreign delegations (Geneva, Brussels, Vienna) are no state's capital in the knowledge base, so
 * they give none; a dateline capital with a headline naming any other state gives none either.
 */
export function homeStateOf(doc: Doc, kb: ActorKnowledge): string | null {
  const dateline = doc.source.dateline?.split(",")[0]?.trim();
  const capital = dateline ? kb.entities.match(nameTokens(dateline.split(/\s+/).map((w) => titleCase(w)).join(" ")), 0) : undefined;
  const datelineState = capital?.value.kind === "state" && capital.value.form === "capital" ? capital.value.name : null;
  const headlineWords = nameTokens((doc.source.title ?? "").split(/\s+/).map(titleCase).join(" "));
  // "LONDON - BRITISH BANKS RESIST MEXICO PACKAGE" is about two states; "WASHINGTON - ... SUBSIDY TO SOVIETS" about one
  if (datelineState) return [...statesNamed(kb, headlineWords, 0, headlineWords.length, true)].every((s) => s === datelineState) ? datelineState : null;
  // "Russian ex-spy on hunger strike" is about a person; "Argentina sees quick deal" about the state
  const headline = statesNamed(kb, headlineWords);
  const subject = statesNamed(kb, headlineWords, 0, headlineWords.length, false, true);
  return headline.size === 1 && subject.size === 1 ? [...headline][0]! : null;
}

/** A title of a state's own government: "Economics Minister", "undersecretary for external debt"; not a union's "general secretary". */
export function isGovernmentTitle(kb: ActorKnowledge, role: string): boolean {
  const lower = ` ${role.toLowerCase().replace(/-/g, " ")} `;
  if (kb.notGovernmentWords.some((w) => lower.includes(` ${w.replace(/-/g, " ")} `))) return false;
  // "undersecretary for external debt in the economics ministry": the office is what comes before its complement
  const office = lower.split(/ (?:for|of|in|at|to) /)[0]!.trimEnd() + " ";
  return kb.governmentTitles.some((t) => office.endsWith(` ${t} `));
}

/** A name that stands for a state's own institution: "the Reserve Bank", "the Agriculture Department". */
function isNationalBody(kb: ActorKnowledge, tokens: readonly string[]): boolean {
  if (kb.nationalBodies.has(tokens.join(" "))) return true;
  // "the International Labour Office" is no state's: a name made of more than the organ and its portfolio
  return tokens.length === 2 && kb.stateOrganHeads.has(tokens[1]!) && kb.titleModifiers.has(tokens[0]!.toLowerCase());
}

/** "the IMF's European Department": a body some other name owns at its first mention. */
function ownedByAnother(doc: Doc, words: readonly string[], draft: ActorDraft): boolean {
  const first = doc.tokenAt(firstMention(draft));
  return POSSESSIVE.has(words[first - 1] ?? "");
}

/** Whether the sentence of the actor's first mention names a state other than `home` as a side. */
function introducedBesideOtherState(doc: Doc, kb: ActorKnowledge, words: readonly string[], draft: ActorDraft, home: string): boolean {
  // the first mention is where an actor is introduced, title and side together
  const first = firstMention(draft);
  const sentence = doc.sentences[doc.sentenceAt(first)];
  return !sentence || [...statesNamed(kb, words, sentence.firstToken, sentence.endToken, true)].some((state) => state !== home);
}

/**
 * "Finance Minister Barend du Plessis" in a Johannesburg story headlined on South Africa serves South
 * Africa: a government title with no side in the text takes the story's one state, but only when the
 * sentence that introduces the person names no other state as a side (a visiting minister is often
 * introduced beside his country) and no list of well-known people knows the name.
 */
export function addHomeStateSides(doc: Doc, kb: ActorKnowledge, words: readonly string[], drafts: readonly ActorDraft[]): void {
  // The story's state is read (tokenizing its dateline and headline) only once some actor could take
  // it; no actor changes before it is known, so a story without one is left as it is.
  let home: string | null | undefined;
  const homeState = () => (home === undefined ? (home = homeStateOf(doc, kb)) : home);
  // "the Reserve Bank" and its governor, whom the text gave the bank as side, speak for the state
  const bodies = new Set<string>();
  for (const body of drafts) {
    if (body.type !== "organization" || body.affiliation || !body.mentions.length) continue;
    const name = body.key.replace(/^org:/, "");
    if (!isNationalBody(kb, nameTokens(name)) || ownedByAnother(doc, words, body)) continue;
    const state = homeState();
    if (!state) return;
    if (introducedBesideOtherState(doc, kb, words, body, state)) continue;
    body.affiliation = state;
    bodies.add(name);
  }
  for (const person of drafts) {
    if ((person.type !== "person" && person.type !== "unnamed") || !person.mentions.length) continue;
    // a body in `bodies` was given the state, so the state is known here
    if (person.affiliation && bodies.has(person.affiliation)) person.affiliation = home!;
    if (person.affiliation || person.fallbackAffiliation) continue;
    // "a government spokesman", "the finance minister": unnamed holders of the state's offices too
    const ofGovernment = person.type === "unnamed" && /\bgovernment\b/i.test(person.label ?? "");
    if (!ofGovernment && !person.roles.some((r) => isGovernmentTitle(kb, r))) continue;
    const state = homeState();
    if (!state) return;
    if (!introducedBesideOtherState(doc, kb, words, person, state)) person.affiliation = state;
  }
}

/** Where the draft is first mentioned (a loop: spreading thousands of mentions into Math.min overflows the stack). */
function firstMention(draft: ActorDraft): number {
  return draft.mentions.reduce((first, m) => Math.min(first, m.start), Infinity);
}
