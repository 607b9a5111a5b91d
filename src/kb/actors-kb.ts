import type { ActorType } from "../record/schema.js";
import { readKbFile } from "./files.js";
import { activeProfile, type Profile, type ProfileParty } from "./profile.js";
import { PhraseMatcher } from "./phrases.js";

const FUNCTION_WORDS = new Set(["of", "the", "for", "to", "and"]);

/** What a known phrase in the text stands for. */
export type KnownEntity =
  | { kind: "state"; name: string; form: "name" | "adjective" | "people" | "capital" }
  | { kind: "organization"; name: string; type: ActorType; affiliation: string | null }
  | { kind: "place"; name: string }
  | { kind: "person"; name: string; affiliation: string | null; role: string | null; gender: string | null };

interface StatesFile { states: { name: string; aliases: string[]; adjectives: string[]; people: string[]; capital: string | null }[] }
interface OrganizationsFile {
  organizations: { name: string; aliases: string[]; type: "organization" | "group"; affiliation: string | null }[];
  classifiers: string[];
  weak_classifiers: string[];
  local_body_heads: string[];
  national_bodies: string[];
  heads: { organization: string[]; group: string[]; state_organ: string[]; corporate_suffix: string[]; not_organisation: string[] };
}
interface TitlesFile {
  heads: string[];
  modifiers: string[];
  honorifics: Record<string, string | null>;
  offices: { title: string; affiliation: string | null }[];
  genders: Record<string, string>;
  institutions: string[];
  courtesy: string[];
  given_name_honorifics: string[];
  non_speaker_labels: string[];
  rank_abbreviations: Record<string, string>;
  territorial: string[];
  employer_for: string[];
  government: string[];
  government_not: string[];
}
interface PeopleFile { people: { name: string; aliases: string[]; affiliation: string | null; role: string | null; gender: string | null }[] }
interface AttributionFile { verbs: string[]; prepositional: string[]; statement_nouns: string[] }

/** The actor knowledge base: every list is a data file in src/kb/data, indexed once per process. */
export class ActorKnowledge {
  readonly entities = new PhraseMatcher<KnownEntity>();
  readonly titleHeads = new PhraseMatcher<string>();
  readonly titleModifiers = new Set<string>();
  readonly honorifics = new Map<string, string | null>();
  readonly officeSides = new Map<string, string | null>();
  readonly nonNames = new Set<string>();
  /** Words shaped like demonyms that name no state's people ("Republican"). */
  readonly notDemonyms = new Set<string>();
  readonly locatives = new Set<string>();
  readonly titleWords = new Set<string>();
  readonly titleGenders = new Map<string, string>();
  readonly institutions = new Set<string>();
  readonly courtesy = new Set<string>();
  readonly givenNameHonorifics = new Set<string>();
  readonly nonSpeakerLabels = new Set<string>();
  readonly rankAbbreviations = new Map<string, string>();
  /** Titles of an office over a territory ("governor", "mayor"): what they name before them is a place. */
  readonly territorialTitles = new Set<string>();
  /** Titles whose "for" names the side ("a spokesman for the Front"), not the job's object. */
  readonly employerForTitles = new Set<string>();
  /** Titles of a state's own government ("Finance Minister"), and words that make one another body's ("general secretary"). */
  readonly governmentTitles: string[] = [];
  readonly notGovernmentWords: string[] = [];
  readonly givenNames = new Set<string>();
  readonly femaleNames = new Set<string>();
  readonly nicknames = new Map<string, string[]>();
  readonly organizationHeads = new Set<string>();
  readonly groupHeads = new Set<string>();
  /** Last words of an organisation that, named with a state ("Turkish Foreign Ministry"), is an organ of that state. */
  readonly stateOrganHeads = new Set<string>();
  /** Names of a state's own institutions when written without the state: "Reserve Bank", "Supreme Court". */
  readonly nationalBodies = new Set<string>();
  /** Legal forms a company's name may drop after its first mention: "Co", "Inc", "Group". */
  readonly corporateSuffixes = new Set<string>();
  /** Common nouns that class the name after them as an organisation: "water firm Suez". */
  readonly organisationClassifiers = new Set<string>();
  /** Classing nouns that persons share ("producer"): they class only a name that is no person's. */
  readonly weakOrganisationClassifiers = new Set<string>();
  /** Lower-case heads that make a known organisation's name a local body's ("the Red Cross society"). */
  readonly localBodyHeads = new Set<string>();
  /** Last words of names that are no organisation's ("... Agreement", "... Income"), acronym or not. */
  readonly notOrganisationHeads = new Set<string>();
  readonly speechVerbs = new Set<string>();
  readonly speechPrepositions = new PhraseMatcher<string>();
  readonly statementNouns = new Set<string>();
  readonly people = new Map<string, KnownEntity & { kind: "person" }>();
  readonly statesByName = new Map<string, StatesFile["states"][number]>();

  constructor(profile?: Profile) {
    const states = readKbFile<StatesFile>("states.json").states;
    for (const s of states) {
      this.statesByName.set(s.name, s);
      for (const n of [s.name, ...s.aliases]) this.entities.add(n, { kind: "state", name: s.name, form: "name" }, true);
      for (const a of s.adjectives) this.entities.add(a, { kind: "state", name: s.name, form: "adjective" }, true);
      for (const p of s.people) this.entities.add(p, { kind: "state", name: s.name, form: "people" }, true);
      if (s.capital) this.entities.add(s.capital, { kind: "state", name: s.name, form: "capital" }, true);
    }
    for (const p of readKbFile<{ places: string[] }>("places.json").places) this.entities.add(p, { kind: "place", name: p }, true);
    const orgs = readKbFile<OrganizationsFile>("organizations.json");
    for (const o of orgs.organizations) {
      for (const n of [o.name, ...o.aliases]) {
        this.entities.add(n, { kind: "organization", name: o.name, type: o.type, affiliation: o.affiliation }, true);
      }
    }
    orgs.heads.organization.forEach((h) => this.organizationHeads.add(h));
    orgs.heads.group.forEach((h) => this.groupHeads.add(h));
    orgs.heads.state_organ.forEach((h) => this.stateOrganHeads.add(h));
    orgs.national_bodies.forEach((b) => this.nationalBodies.add(b));
    orgs.heads.corporate_suffix.forEach((h) => this.corporateSuffixes.add(h));
    orgs.classifiers.forEach((c) => this.organisationClassifiers.add(c));
    orgs.weak_classifiers.forEach((c) => this.weakOrganisationClassifiers.add(c));
    orgs.local_body_heads.forEach((h) => this.localBodyHeads.add(h));
    orgs.heads.not_organisation.forEach((h) => this.notOrganisationHeads.add(h));
    for (const p of readKbFile<PeopleFile>("people.json").people) {
      const entity = { kind: "person" as const, name: p.name, affiliation: p.affiliation, role: p.role, gender: p.gender };
      for (const n of [p.name, ...p.aliases]) {
        this.people.set(n.toLowerCase(), entity);
        this.entities.add(n, entity, true);
      }
    }
    const titles = readKbFile<TitlesFile>("titles.json");
    for (const h of titles.heads) {
      this.titleHeads.add(h, h, false);
      h.split(/[\s-]+/).filter((w) => !FUNCTION_WORDS.has(w)).forEach((w) => this.titleWords.add(w));
    }
    for (const [t, g] of Object.entries(titles.genders)) this.titleGenders.set(t, g);
    titles.institutions.forEach((i) => this.institutions.add(i));
    titles.courtesy.forEach((c) => this.courtesy.add(c));
    titles.given_name_honorifics.forEach((h) => this.givenNameHonorifics.add(h));
    titles.non_speaker_labels.forEach((l) => this.nonSpeakerLabels.add(l));
    for (const [abbreviation, rank] of Object.entries(titles.rank_abbreviations)) this.rankAbbreviations.set(abbreviation, rank);
    titles.modifiers.forEach((m) => this.titleModifiers.add(m));
    titles.territorial.forEach((t) => this.territorialTitles.add(t));
    titles.employer_for.forEach((t) => this.employerForTitles.add(t));
    this.governmentTitles.push(...titles.government);
    this.notGovernmentWords.push(...titles.government_not);
    for (const [h, gender] of Object.entries(titles.honorifics)) this.honorifics.set(h, gender);
    for (const o of titles.offices) this.officeSides.set(o.title, o.affiliation);
    const nonNames = readKbFile<{ words: string[]; locative_words: string[]; not_demonyms: string[] }>("non-names.json");
    nonNames.not_demonyms.forEach((w) => this.notDemonyms.add(w));
    nonNames.words.forEach((w) => this.nonNames.add(w));
    nonNames.locative_words.forEach((w) => this.locatives.add(w));
    const given = readKbFile<{ names: string[]; female: string[] }>("given-names.json");
    given.names.forEach((n) => this.givenNames.add(n));
    given.female.forEach((n) => this.femaleNames.add(n));
    const nick = readKbFile<{ nicknames: Record<string, string>; alternatives: Record<string, string[]> }>("nicknames.json");
    for (const [k, v] of Object.entries(nick.nicknames)) this.nicknames.set(k, [v]);
    for (const [k, v] of Object.entries(nick.alternatives)) this.nicknames.set(k, v);
    const speech = readKbFile<AttributionFile>("attribution-verbs.json");
    speech.verbs.filter((v) => !v.includes(" ")).forEach((v) => this.speechVerbs.add(v));
    speech.prepositional.forEach((p) => this.speechPrepositions.add(p, p, false));
    speech.statement_nouns.forEach((n) => this.statementNouns.add(n));
    if (profile) [...profile.parties, ...profile.mediators].forEach((party) => this.addParty(party));
  }

  /** A negotiation's own party ("the Northern Liberation Front", "NLF"): known by name in every text. */
  private addParty(party: ProfileParty): void {
    const names = [party.name, ...party.aliases];
    const type = party.type ?? "organization";
    if (type === "state") names.forEach((n) => this.entities.add(n, { kind: "state", name: party.name, form: "name" }, true));
    else if (type === "place") names.forEach((n) => this.entities.add(n, { kind: "place", name: party.name }, true));
    else if (type === "person") {
      const entity = { kind: "person" as const, name: party.name, affiliation: party.side ?? null, role: null, gender: null };
      for (const n of names) {
        this.people.set(n.toLowerCase(), entity);
        this.entities.add(n, entity, true);
      }
    } else if (type === "organization" || type === "group") {
      names.forEach((n) => this.entities.add(n, { kind: "organization", name: party.name, type, affiliation: party.side ?? null }, true));
    }
  }

  private surnames?: Map<string, (KnownEntity & { kind: "person" }) | null>;

  /** The known person with this surname, when exactly one has it. */
  uniqueSurname(surname: string): (KnownEntity & { kind: "person" }) | undefined {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const person of new Set(this.people.values())) {
        const last = bareSurname(person.name.split(" ").pop()!);
        this.surnames.set(last, this.surnames.has(last) && this.surnames.get(last) !== person ? null : person);
      }
    }
    return this.surnames.get(bareSurname(surname)) ?? undefined;
  }

  /** True when two given names can name the same person (equal, or one a nickname of the other). */
  sameGivenName(a: string, b: string): boolean {
    if (a === b) return true;
    const an = this.nicknames.get(a) ?? [];
    const bn = this.nicknames.get(b) ?? [];
    return an.includes(b) || bn.includes(a) || an.some((x) => bn.includes(x));
  }
}

/** "al-Sisi", "El-Sisi" and "Sisi" are one surname. */
export function bareSurname(surname: string): string {
  return surname.toLowerCase().replace(/^(al|el)[-\s]/, "");
}

const byProfile = new Map<Profile | undefined, ActorKnowledge>();

/** The knowledge base with the parties and mediators of the active negotiation profile. */
export function actorKnowledge(): ActorKnowledge {
  const active = activeProfile();
  // profiles that name no parties (every shipped one) share one knowledge base: building one has a cost
  const profile = active.parties.length || active.mediators.length ? active : undefined;
  let kb = byProfile.get(profile);
  if (!kb) {
    kb = new ActorKnowledge(profile);
    byProfile.set(profile, kb);
  }
  return kb;
}
