import { groupBy } from "../collections.js";
import type { Partition } from "../partition.js";
import type { Member } from "./members.js";
import { profileOf, profilesConflict, type Profile } from "./fit.js";
import { compatibleGiven, fullNameKey, parsePersonName, type PersonName } from "./names.js";

export interface PeopleRules {
  roleHeadSynonyms: Record<string, string>;
  nameSuffixes: string[];
}

interface NameForm {
  key: string;
  name: PersonName;
  members: Member[];
}

/**
 * Joins the people of different documents who are the same person. Identical full names join; variant
 * full names ("Tony Blinken", "A. Blinken", "Antony J. Blinken") join only when every variant of that
 * surname is compatible with every other and no sides or genders clash; a bare surname joins the one
 * full-name person it fits, and stays alone when none or several fit.
 */
export function groupPeople(members: Member[], partition: Partition, rules: PeopleRules): void {
  const suffixes = new Set(rules.nameSuffixes);
  const profile = (ms: Member[]) => profileOf(ms, rules.roleHeadSynonyms);
  const forms = new Map<string, NameForm>();
  const bare: Array<{ member: Member; surname: string }> = [];
  for (const member of members.filter((m) => m.actor.type === "person")) {
    const name = parsePersonName(member.actor.name, suffixes);
    if (!name.surname) continue;
    if (!name.given.length) {
      bare.push({ member, surname: name.surname });
      continue;
    }
    const key = fullNameKey(name);
    const form = forms.get(key) ?? { key, name, members: [] };
    form.members.push(member);
    forms.set(key, form);
    partition.join(form.members[0]!.key, member.key);
  }
  const bySurname = groupBy(forms.values(), (form) => form.name.surname);
  for (const variants of bySurname.values()) joinVariants(variants, partition, profile);
  // Bare surnames are judged against the full-name people only, so the order they come in cannot matter.
  const people = new Map<string, Array<{ first: string; profile: Profile }>>();
  for (const [surname, variants] of bySurname) {
    people.set(surname, personGroups(variants, partition).map((ms) => ({ first: ms[0]!.key, profile: profile(ms) })));
  }
  for (const { member, surname } of bare) {
    const own = profile([member]);
    const fitting = (people.get(surname) ?? []).filter((person) => !profilesConflict(own, person.profile, true));
    if (fitting.length === 1) partition.join(fitting[0]!.first, member.key);
  }
}

function joinVariants(forms: NameForm[], partition: Partition, profile: (ms: Member[]) => Profile): void {
  for (const component of compatibleComponents(forms)) {
    if (component.length < 2) continue;
    const allCompatible = component.every((a) => component.every((b) => compatibleGiven(a.name.given, b.name.given)));
    const profiles = component.map((f) => profile(f.members));
    const clash = profiles.some((a) => profiles.some((b) => profilesConflict(a, b, false)));
    if (!allCompatible || clash) continue;
    for (const form of component.slice(1)) partition.join(component[0]!.members[0]!.key, form.members[0]!.key);
  }
}

/** Connected groups of name forms linked by compatible given names. */
function compatibleComponents(forms: NameForm[]): NameForm[][] {
  const seen = new Set<NameForm>();
  const components: NameForm[][] = [];
  for (const start of forms) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const other of forms) {
        if (!seen.has(other) && compatibleGiven(component[i]!.name.given, other.name.given)) {
          seen.add(other);
          component.push(other);
        }
      }
    }
    components.push(component);
  }
  return components;
}

/** The distinct people (partition groups) that these name forms belong to, each as its members. */
function personGroups(forms: NameForm[], partition: Partition): Member[][] {
  const groups = groupBy(forms, (form) => partition.group(form.members[0]!.key)!);
  return [...groups.values()].map((fs) => fs.flatMap((f) => f.members));
}
