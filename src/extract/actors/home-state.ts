import type { Doc } from "../../doc/doc.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { phraseTokens } from "../../kb/phrases.js";
import type { ActorDraft } from "./drafts.js";

/** A headline word in capitals read as a name ("ARGENTINA" → "Argentina"); short ones may be acronyms ("US", "UK"). */
const titleCase = (w: string) => (/^[A-Z]{4,}$/.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w);

/**
 * The states a token list names, in any form: name, demonym, people or capital. `sidesOnly` leaves
 * out a state written as a place ("a visit to Japan", "talks in Washington"), which is where
 * something happens rather than a side; "from Japan" still names where a person comes from.
 */
function statesNamed(kb: ActorKnowledge, words: readonly string[], from = 0, to = words.length, sidesOnly = false): Set<string> {
  const states = new Set<string>();
  for (let k = from; k < to; k++) {
    const m = kb.entities.match(words, k, to);
    if (!m) continue;
    const before = words[k - 1]?.toLowerCase() ?? "";
    const place = sidesOnly && before !== "from" && kb.locatives.has(before);
    if (m.value.kind === "state" && !place) states.add(m.value.name);
    k += m.length - 1;
  }
  return states;
}

/**
 * The one state a story is about, when its metadata says so: the dateline is that state's capital
 * ("WASHINGTON" → United States), or else the headline names that state and no other. Host cities of
 * foreign delegations (Geneva, Brussels, Vienna) are no state's capital in the knowledge base, so
 * they give none; a dateline capital with a headline naming any other state gives none either.
 */
export function homeStateOf(doc: Doc, kb: ActorKnowledge): string | null {
  const dateline = doc.source.dateline?.split(",")[0]?.trim();
  const capital = dateline ? kb.entities.match(phraseTokens(dateline.split(/\s+/).map((w) => titleCase(w)).join(" ")), 0) : undefined;
  const datelineState = capital?.value.kind === "state" && capital.value.form === "capital" ? capital.value.name : null;
  const headline = doc.source.title ? statesNamed(kb, phraseTokens(doc.source.title.split(/\s+/).map(titleCase).join(" "))) : new Set<string>();
  // "LONDON - BRITISH BANKS RESIST MEXICO PACKAGE" is about two states
  if (datelineState) return [...headline].every((s) => s === datelineState) ? datelineState : null;
  return headline.size === 1 ? [...headline][0]! : null;
}

/** A title of a state's own government: "Economics Minister", "Agriculture Secretary"; not a union's "general secretary". */
export function isGovernmentTitle(kb: ActorKnowledge, role: string): boolean {
  const lower = ` ${role.toLowerCase().replace(/-/g, " ")} `;
  if (kb.notGovernmentWords.some((w) => lower.includes(` ${w.replace(/-/g, " ")} `))) return false;
  return kb.governmentTitles.some((t) => lower.endsWith(` ${t} `));
}

/**
 * "Finance Minister Barend du Plessis" in a Johannesburg story headlined on South Africa serves South
 * Africa: a government title with no side in the text takes the story's one state, but only when the
 * sentence that introduces the person names no other state as a side (a visiting minister is often
 * introduced beside his country) and no list of well-known people knows the name.
 */
export function addHomeStateSides(doc: Doc, kb: ActorKnowledge, words: readonly string[], people: readonly ActorDraft[]): void {
  const home = homeStateOf(doc, kb);
  if (!home) return;
  for (const person of people) {
    if (person.affiliation || person.fallbackAffiliation || !person.roles.some((r) => isGovernmentTitle(kb, r))) continue;
    // the first mention is where a person is introduced, title and side together
    const first = Math.min(...person.mentions.map((m) => m.start));
    const sentence = doc.sentences[doc.sentenceAt(first)];
    const others = !sentence || [...statesNamed(kb, words, sentence.firstToken, sentence.endToken, true)].some((state) => state !== home);
    if (!others) person.affiliation = home;
  }
}
