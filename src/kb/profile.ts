import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { describeZodError, readAnalystFile } from "../ingest/analyst-file.js";
import { InputError } from "../ingest/types.js";
import { ActorTypeSchema } from "../record/schema.js";
import { kbDir } from "./files.js";

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

export const ProfileSchema = z
  .strictObject({
    _comment: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    extends: z.string().min(1).optional().describe("a profile in the knowledge folder's profiles/ whose parties, mediators and issues this one adds to"),
    parties: z.array(PartySchema).default([]),
    mediators: z.array(PartySchema).default([]),
    issues: z.array(IssueSchema).default([]),
    domains: z.array(z.enum(["labour", "trade", "finance", "diplomacy", "armed-conflict"])).optional()
      .describe("which event-trigger vocabularies apply (src/kb/data/event-triggers/<domain>.json); all when absent"),
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
    domains: own.domains ?? base.domains,
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

let active: Profile | undefined;

/** The profile extraction uses: the one chosen with useProfile, else the generic one. */
export function activeProfile(): Profile {
  return active ?? genericProfile();
}

/** Chooses the profile for later extraction: a file given by the user, or (no path) the generic one. */
export function useProfile(file?: string | null): Profile {
  active = file ? cachedProfile(file) : genericProfile();
  return active;
}
