const SIBILANT = /(s|sh|ch|x|z|o)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/**
 * The regular forms of an English verb: base, -s, -ed, -ing. Irregular or doubled forms ('sought')
 * are listed in the cue data instead, which keeps this rule set small and predictable.
 */
export function verbForms(base: string): string[] {
  const third = SIBILANT.test(base) ? base + "es" : CONSONANT_Y.test(base) ? base.slice(0, -1) + "ies" : base + "s";
  const past = base.endsWith("e") ? base + "d" : CONSONANT_Y.test(base) ? base.slice(0, -1) + "ied" : base + "ed";
  const ing = base.endsWith("ee") || !base.endsWith("e") ? base + "ing" : base.slice(0, -1) + "ing";
  return [base, third, past, ing];
}

/** Whether a form of a verb can be a past participle (only those can be passive: 'was rejected'). */
export function isParticipleForm(form: string, base: string): boolean {
  return form !== base && !form.endsWith("ing") && !verbForms(base).slice(0, 2).includes(form);
}
