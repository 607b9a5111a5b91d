import { existsSync, readdirSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { describeZodError, readAnalystFile } from "../ingest/analyst-file.js";
import { InputError } from "../ingest/types.js";
import { ActorTypeSchema } from "../record/schema.js";
import { kbDir } from "./files.js";
import { MeasureEntrySchema } from "./measures.js";

/**
 * A negotiation profile: the parties, the mediators and the issues of one kind of negotiation, each
 * issue with the words that name it. Profiles are JSON files (see docs/profiles.md); a generic one
 * for ceasefire and exchange talks ships in src/kb/data/profiles.
 */

const PartySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: ActorTypeSchema.optional(),
  side: z.string().min(1).optional().describe("which side a party belongs to, when a negotiation has more than two parties"),
});

const IssueSchema = z.strictObject({
  label: z.string().regex(/^[a-z][a-z0-9_]*$/, "a label is lower-case letters, digits and _"),
  description: z.string().optional(),
  keywords: z.array(z.string().trim().min(1)).min(1),
});

const PartyKindSchema = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z0-9_-]*$/, "a kind is lower-case letters, digits, - and _"),
  description: z.string().optional(),
  keywords: z.array(z.string().trim().min(1)).min(1).describe("words that name a party of this kind ('union', 'shop stewards')"),
});

/** The event-trigger vocabularies (src/kb/data/event-triggers/<domain>.json) a kind of negotiation uses. */
export const DomainSchema = z.enum(["labour", "trade", "finance", "diplomacy", "armed-conflict"]);
export type Domain = z.infer<typeof DomainSchema>;

export const ProfileSchema = z
  .strictObject({
    _comment: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    extends: z.string().min(1).optional().describe("a profile in the knowledge folder's profiles/ whose parties, mediators and issues this one adds to"),
    parties: z.array(PartySchema).default([]),
    mediators: z.array(PartySchema).default([]),
    issues: z.array(IssueSchema).default([]),
    partyKinds: z.array(PartyKindSchema).default([]).describe("the kinds of party this negotiation has (union, employer, mediator ...) with the words that name them"),
    terms: z.array(z.string().trim().min(1)).default([]).describe("words and phrases that mark this kind of negotiation ('collective bargaining', 'walkout')"),
    notTerms: z.array(z.string().trim().min(1)).default([]).describe("phrases that hold a term but do not mark this kind ('hunger strike', 'air strike')"),
    domains: z.array(DomainSchema).optional(),
    measures: z.array(MeasureEntrySchema).optional().describe("figure measures this negotiation adds to those of src/kb/data/measures.json"),
  })
  .superRefine((profile, ctx) => {
    if (profile.issues.length === 0 && !profile.extends) ctx.addIssue({ code: "custom", path: ["issues"], message: "a profile lists issues or extends one that does" });
    const seen = new Set<string>();
    profile.issues.forEach((issue, i) => {
      if (seen.has(issue.label)) ctx.addIssue({ code: "custom", path: ["issues", i, "label"], message: `duplicate issue label '${issue.label}'` });
      seen.add(issue.label);
    });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileIssue = Profile["issues"][number];
export type ProfileParty = Profile["parties"][number];

export const GENERIC_PROFILE = "ceasefire-exchange";

/** Validates parsed JSON as a profile; a bad one is an InputError naming the file with one line of reason. */
export function parseProfile(value: unknown, file: string): Profile {
  const result = ProfileSchema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(file, `bad profile: ${describeZodError(result.error)}`);
}

/** Reads and validates a profile file; every failure is an InputError (file + one-line reason). */
export function loadProfile(file: string): Profile {
  const raw = readAnalystFile(file, "profile");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(file, `profile is not valid JSON: ${(error as Error).message}`.replace(/\s+/g, " "));
  }
  const profile = parseProfile(value, file);
  if (!profile.extends) return profile;
  const base = kbProfilePath(profile.extends);
  if (!existsSync(base)) throw new InputError(file, `extends: no profile '${profile.extends}' in ${dirname(base)}`);
  return extend(cachedProfile(base), profile);
}

/** A negotiation's own profile on top of a generic one: its parties added, its issues added or replacing those of the same label. */
function extend(base: Profile, own: Profile): Profile {
  const labels = new Set(own.issues.map((issue) => issue.label));
  return {
    ...own,
    parties: [...base.parties, ...own.parties],
    mediators: [...base.mediators, ...own.mediators],
    issues: [...base.issues.filter((issue) => !labels.has(issue.label)), ...own.issues],
    partyKinds: [...base.partyKinds, ...own.partyKinds],
    terms: [...base.terms, ...own.terms],
    notTerms: [...base.notTerms, ...own.notTerms],
    domains: own.domains ?? base.domains,
    measures: base.measures || own.measures ? [...(base.measures ?? []), ...(own.measures ?? [])] : undefined,
  };
}

const cache = new Map<string, Profile>();

function cachedProfile(file: string): Profile {
  let profile = cache.get(file);
  if (!profile) {
    profile = loadProfile(file);
    cache.set(file, profile);
  }
  return profile;
}

/** The file of a profile shipped in the knowledge folder, by name ("ceasefire-exchange"). */
function kbProfilePath(name: string): string {
  return kbDir().replace(/\/?$/, "/") + `profiles/${name}.json`;
}

export function genericProfilePath(): string {
  return kbProfilePath(GENERIC_PROFILE);
}

/** The generic ceasefire-and-exchange profile shipped in the knowledge folder. */
export function genericProfile(): Profile {
  // asked for on every knowledge-base lookup: the path is built again only when the folder changes
  const dir = kbDir();
  if (generic?.dir !== dir) generic = { dir, profile: cachedProfile(genericProfilePath()) };
  return generic.profile;
}

let generic: { dir: string; profile: Profile } | undefined;

/**
 * The profile of an article whose kind of negotiation is not clear: the generic profile's issues, but
 * every event domain (no `domains`), since nothing says which vocabularies apply.
 */
export function fallbackProfile(): Profile {
  const base = genericProfile();
  if (fallback?.base !== base) fallback = { base, profile: { ...base, domains: undefined } };
  return fallback.profile;
}

let fallback: { base: Profile; profile: Profile } | undefined;

/** The profiles shipped in the knowledge folder's profiles/, by name; the ones --profile auto chooses from. */
export function shippedProfiles(): Profile[] {
  const dir = kbDir().replace(/\/?$/, "/") + "profiles/";
  if (shipped?.dir !== dir) {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
    shipped = { dir, profiles: files.map((f) => cachedProfile(dir + f)) };
  }
  return shipped.profiles;
}

let shipped: { dir: string; profiles: Profile[] } | undefined;

/** A profile shipped in the knowledge folder, by its file name without .json ("labour-contract"). */
export function shippedProfile(name: string): Profile | undefined {
  const path = kbProfilePath(name);
  return /^[\w-]+$/.test(name) && existsSync(path) ? cachedProfile(path) : undefined;
}

/** How extraction gets its profile: chosen per article from its text, or one given for every article. */
export type ProfileSetting = { mode: "auto" } | { mode: "given"; profile: Profile };

let setting: ProfileSetting = { mode: "auto" };
/** The profile of the document being extracted, while the pipeline runs its stages. */
let scoped: Profile | undefined;

export function profileSetting(): ProfileSetting {
  return setting;
}

/**
 * The profile extraction uses: the one of the document being extracted (see withProfile), else the
 * one given with useProfile, else the generic one (as for an article of no clear kind).
 */
export function activeProfile(): Profile {
  return scoped ?? (setting.mode === "given" ? setting.profile : fallbackProfile());
}

/**
 * Chooses the profile for later extraction: a file given by the user, or the name of a shipped
 * profile when no such file exists ("labour-contract"); without one (or with "auto"), each article
 * gets the shipped profile its text matches best. Returns the given profile, or the generic one.
 */
export function useProfile(file?: string | null): Profile {
  if (!file || file === "auto") {
    setting = { mode: "auto" };
    return fallbackProfile();
  }
  const named = existsSync(file) ? undefined : shippedProfile(file);
  setting = { mode: "given", profile: named ?? cachedProfile(file) };
  return setting.profile;
}

/** Runs `work` with `profile` as the active profile (one document's), for callers that have no Doc. */
export function withProfile<T>(profile: Profile, work: () => T): T {
  const outer = scoped;
  scoped = profile;
  try {
    return work();
  } finally {
    scoped = outer;
  }
}
