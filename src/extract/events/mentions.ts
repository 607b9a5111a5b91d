import type { Mention, SentenceView, TokenRange } from "./sentence.js";

/** Tokens between a title word such as "CIA" and the person it belongs to ("CIA Director William Burns"). */
const MAX_TITLE_GAP = 4;
const TITLE_INNER = new Set(["ADJ", "PROPN", "NOUN"]);

/**
 * A mention that names a participant rather than describing something else: not a place, not
 * "Iran-backed", not a noun modifier ("the Palestinian enclave"), unless the noun is a head noun
 * that stands for the actor itself ("Hamas militants"), and not part of a person's title ("CIA Director X").
 */
export function canParticipate(view: SentenceView, m: Mention, trigger = -1): boolean {
  if (m.actor.type === "place" || isReportingOutlet(view, m)) return false;
  const p = view.lex.participants;
  // the suffix pattern opens with a hyphen: look at one character before slicing and matching
  if (view.doc.text[m.end] === "-" && p.modifierSuffix.test(view.doc.text.slice(m.end, m.end + 20))) return false;
  if (inCompoundModifier(view, m, trigger)) return false;
  const next = view.token(m.endToken);
  const modifiesNoun = next && next.pos === "NOUN" && /^[a-z]/.test(next.text) && !p.headNouns.has(next.text.toLowerCase());
  if (modifiesNoun && m.endToken !== trigger) return false;
  return !isTitleOfPerson(view, m);
}

/** The outlet that reports the story ("told Reuters", "BBC Radio") is no party to what it reports. */
function isReportingOutlet(view: SentenceView, m: Mention): boolean {
  const outlet = view.doc.source.outlet?.toLowerCase();
  if (!outlet || m.actor.type !== "organization") return false;
  const name = m.actor.name.toLowerCase();
  return name === outlet || name.startsWith(`${outlet} `) || outlet.startsWith(`${name} `);
}

/** A name joined by hyphens to another before a noun ("the Russia-Ukraine conflict"), unless that noun is the trigger ("U.S.-Israel talks"). */
function inCompoundModifier(view: SentenceView, m: Mention, trigger: number): boolean {
  const text = view.doc.text;
  const glued = (i: number) => i > view.first && view.token(i)?.text === "-" && /\S/.test(text[view.token(i)!.start - 1] ?? " ") && /\S/.test(text[view.token(i)!.end] ?? " ");
  let end = m.endToken;
  if (!glued(end) && !glued(m.firstToken - 1)) return false;
  while (glued(end)) end += 2;
  return end !== trigger && view.token(end)?.pos === "NOUN";
}

function isTitleOfPerson(view: SentenceView, m: Mention): boolean {
  if (m.actor.type === "person") return false;
  const person = view.mentions.find((x) => x.actor.type === "person" && x.firstToken >= m.endToken && x.firstToken - m.endToken <= MAX_TITLE_GAP);
  if (!person) return false;
  for (let i = m.endToken; i < person.firstToken; i++) if (!TITLE_INNER.has(view.token(i)?.pos ?? "")) return false;
  return true;
}

/** Drops mentions inside longer ones: "Qatar" in "Qatar's prime minister". */
function outermost(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/** Mentions inside `range`, which ends at a trigger: a name right before it is its doer ("the Israeli offensive"). */
export function mentionsBefore(view: SentenceView, range: TokenRange): Mention[] {
  const inside = view.mentions.filter((m) => m.firstToken >= range.first && m.endToken <= range.end);
  return outermost(inside).filter((m) => canParticipate(view, m, range.end));
}

/** The longest mention starting at token `i`. */
export function mentionStartingAt(view: SentenceView, i: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of view.mentions) if (m.firstToken === i && (!best || m.end > best.end)) best = m;
  return best;
}

/** A name followed by a verb: a new clause begins ("an attack against Israel, Iran has tried to ..."). */
export function startsClause(view: SentenceView, i: number): boolean {
  const m = mentionStartingAt(view, i);
  const next = m ? view.token(m.endToken)?.pos : undefined;
  return next === "VERB" || next === "AUX";
}

/** Mentions right after `token` (for "said Kirby", "according to X", "by Israel"). */
export function mentionsRightAfter(view: SentenceView, token: number, within = 3): string[] {
  const m = view.mentions.find((x) => x.firstToken >= token && x.firstToken < token + within && canParticipate(view, x));
  return m ? [m.actor.id] : [];
}
