import { actorKnowledge } from "../../kb/actors-kb.js";
import type { ActorRecord, ActorType, Span } from "../../record/schema.js";

/** An actor while the stage is still collecting its mentions, forms, roles and side. */
export interface ActorDraft {
  key: string;
  type: ActorType;
  /** Person name parts, e.g. ["William", "Burns"]; empty for other actors. */
  nameParts: string[];
  forms: Map<string, number>;
  roles: string[];
  affiliation: string | null;
  fallbackAffiliation: string | null;
  gender: string | null;
  mentions: Span[];
  /** For actors named by a phrase ("prime minister's office"): the phrase as first written. */
  label?: string;
  /** Initials of an organisation's name ("NLF"), to recognise the acronym in the text. */
  acronym?: string;
  /** A company's name without its legal form ("Pennzoil" for "Pennzoil Co"), as its tokens. */
  shortName?: string[];
}

export class ActorDrafts {
  readonly all: ActorDraft[] = [];
  private readonly byKey = new Map<string, ActorDraft>();

  find(key: string): ActorDraft | undefined {
    return this.byKey.get(key);
  }

  obtain(key: string, type: ActorType, nameParts: string[] = []): ActorDraft {
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = { key, type, nameParts, forms: new Map(), roles: [], affiliation: null, fallbackAffiliation: null, gender: null, mentions: [] };
      this.byKey.set(key, draft);
      this.all.push(draft);
    }
    return draft;
  }

  rekey(draft: ActorDraft, key: string): void {
    this.byKey.delete(draft.key);
    draft.key = key;
    this.byKey.set(key, draft);
  }

  remove(draft: ActorDraft): void {
    this.byKey.delete(draft.key);
    this.all.splice(this.all.indexOf(draft), 1);
  }
}

/**
 * The spans already in a mention list, kept beside it so that adding a mention does not rescan the
 * list (a transcript names one speaker thousands of times). Rebuilt whenever the list was changed
 * other than by addMention.
 */
const mentionKeys = new WeakMap<Span[], { keys: Set<string>; length: number }>();
function knownMentions(mentions: Span[]): { keys: Set<string>; length: number } {
  let known = mentionKeys.get(mentions);
  if (!known || known.length !== mentions.length) {
    known = { keys: new Set(mentions.map((m) => `${m.start}:${m.end}`)), length: mentions.length };
    mentionKeys.set(mentions, known);
  }
  return known;
}

/**
 * Adds a mention. A title that refers back to a named actor ("the President" for Biden) is a
 * mention but not a name, so `asName` is false for it and it never becomes the display name.
 */
export function addMention(draft: ActorDraft, span: Span, surface: string, asName = true): void {
  const known = knownMentions(draft.mentions);
  const key = `${span.start}:${span.end}`;
  if (known.keys.has(key)) return;
  draft.mentions.push(span);
  known.keys.add(key);
  known.length = draft.mentions.length;
  if (asName || draft.type !== "person") draft.forms.set(surface, (draft.forms.get(surface) ?? 0) + 1);
}

export function addRole(draft: ActorDraft, role: string): void {
  if (!draft.roles.some((r) => r.toLowerCase() === role.toLowerCase())) draft.roles.push(role);
}

/** The display name: for people the longest form used, for others the canonical name (the key). */
function displayName(draft: ActorDraft): string {
  if (draft.label) return draft.label;
  if (draft.type !== "person") return draft.key.replace(/^[a-z]+:/, "");
  const forms = [...draft.forms.keys()];
  let best = "";
  for (const form of forms) if (form.length > best.length && !describedForm(form, forms)) best = form;
  return best || draft.nameParts.join(" ");
}

/** "Comedian Ana Holm" beside "Ana Holm": one word more before a full name describes the person, it is no part of the name. */
function describedForm(form: string, forms: string[]): boolean {
  const words = form.split(/\s+/);
  const givenNames = actorKnowledge().givenNames;
  if (givenNames.has(words[0]!)) return false;
  return forms.some((other) => {
    const rest = other.split(/\s+/);
    return rest.length >= 2 && words.length === rest.length + 1 && form.endsWith(` ${other}`) && givenNames.has(rest[0]!);
  });
}

function firstStart(mentions: Span[]): number {
  let first = Infinity;
  for (const m of mentions) if (m.start < first) first = m.start;
  return first;
}

/** Final records, numbered in order of first mention. */
export function toRecords(drafts: ActorDraft[]): ActorRecord[] {
  const ordered = drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => ({ d, first: firstStart(d.mentions) }))
    .sort((a, b) => a.first - b.first);
  return ordered.map(({ d }, i) => {
    const name = displayName(d);
    const aliases = [...d.forms.keys()].filter((f) => f !== name);
    return {
      id: `a${i + 1}`,
      name,
      type: d.type,
      aliases,
      roles: d.roles,
      affiliation: d.affiliation ?? d.fallbackAffiliation,
      gender: d.gender === "male" || d.gender === "female" ? d.gender : null,
      mentions: [...d.mentions].sort((a, b) => a.start - b.start),
    };
  });
}
