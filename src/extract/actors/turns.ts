import type { SpeakerTurn } from "../../ingest/types.js";
import type { ActorKnowledge } from "../../kb/actors-kb.js";
import { addMention, addRole, type ActorDraft } from "./drafts.js";
import type { ActorContext } from "./index.js";
import { compatibleNames } from "./people.js";

const titleCase = (word: string) => word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** "MINISTER LAVROV (as interpreted)" → "MINISTER LAVROV". */
const bareLabel = (turn: SpeakerTurn) => {
  const open = turn.label.indexOf("(");
  return open >= 0 && open < turn.label.length - 1 && turn.label.endsWith(")") ? turn.label.slice(0, open).trimEnd() : turn.label;
};

/** Whether a transcript turn is a statement of its speaker ("MR. KIRBY"), not a question or chairing ("Q"). */
export function isStatementTurn(kb: ActorKnowledge, turn: SpeakerTurn): boolean {
  return !kb.nonSpeakerLabels.has(bareLabel(turn));
}

/**
 * The speakers of a transcript's labelled turns. "MR. ADLER" is the Tomas Adler the text names,
 * "SECRETARY BLINKEN" is Blinken with the title Secretary, "SENIOR ADMINISTRATION OFFICIAL" is an
 * unnamed official.
 */
export function addTurnSpeakers(ctx: ActorContext, people: ActorDraft[]): void {
  const { kb, doc } = ctx;
  for (const turn of doc.source.turns) {
    if (!isStatementTurn(kb, turn)) continue;
    const words = bareLabel(turn).split(/\s+/).filter((w) => w !== "THE");
    const titleWords: string[] = [];
    const nameWords: string[] = [];
    for (const w of words) {
      const lower = w.toLowerCase();
      if (kb.courtesy.has(titleCase(w))) continue;
      if (nameWords.length === 0 && (kb.titleWords.has(lower) || kb.titleModifiers.has(lower))) titleWords.push(titleCase(w));
      else nameWords.push(titleCase(w));
    }
    const role = titleWords.join(" ");
    const span = turn.labelSpan;
    const surface = doc.text.slice(span.start, span.end);
    if (nameWords.length) {
      const parts = nameWords;
      // a draft retyped as an organisation ("Daiwa Securities" read first as a person) is no candidate
      const fits = people.filter((p) => p.type === "person" && compatibleNames(kb, p.nameParts, parts));
      let draft = fits.length === 1 ? fits[0]! : undefined;
      if (!draft && fits.length === 0) {
        draft = ctx.drafts.obtain(`person:${parts.join(" ")}`, "person", parts);
        people.push(draft);
        addMention(draft, span, parts.join(" "));
      } else if (draft) addMention(draft, span, surface, false);
      if (draft && role) addRole(draft, role);
      continue;
    }
    const name = role.toLowerCase();
    const holder = people.find((p) => p.roles.some((r) => r.toLowerCase() === name));
    const draft = holder ?? ctx.drafts.obtain(`unnamed:${name}`, "unnamed");
    if (!holder) draft.label ??= name;
    addMention(draft, span, holder ? surface : name, !holder);
    if (!holder) addRole(draft, name);
  }
}
