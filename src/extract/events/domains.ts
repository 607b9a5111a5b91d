import type { Doc } from "../../doc/doc.js";
import { clauseAround } from "./clauses.js";
import type { TriggerSpec } from "./lexicon.js";
import { sentenceWords, type PhraseMatch, type Word } from "./phrases.js";
import type { SentenceView } from "./sentence.js";

/**
 * Which domain's reading of a phrase holds when two loaded domains both list it ("a union struck CBS"
 * is a labour strike, "the army struck the town" an attack), and whether an entry's required subject
 * words are there ("the court ruled"). Decided by the domains' cue words (event-triggers/<domain>.json
 * 'cues'): first in the clause before the trigger, where its doer stands, then in the sentence, then in
 * the whole document.
 */

/** Words [from, to) of the clause before a trigger: where its subject stands. */
function subjectWords(view: SentenceView, m: PhraseMatch<TriggerSpec>): Word[] {
  const clause = clauseAround(view, view.wordTokens(m.from, m.to));
  return view.words.slice(view.wordAt(clause.first), m.from);
}

/** Does the clause before the trigger (or the sentence, by the entry's cueScope) hold one of the entry's subject words, when it asks for any? */
export function hasRequiredSubject(view: SentenceView, m: PhraseMatch<TriggerSpec>): boolean {
  const wanted = m.value.subjectWords;
  if (!wanted) return true;
  if (m.value.cueScope === "sentence") return wanted.test(view.words.slice(0, m.from)) || wanted.test(view.words.slice(m.to));
  return wanted.test(subjectWords(view, m));
}

function cueCounts(view: SentenceView, words: Word[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cue of view.lex.domainCues.scan(words)) counts.set(cue.value, (counts.get(cue.value) ?? 0) + 1);
  return counts;
}

const documentCounts = new WeakMap<Doc, Map<string, number>>();

function documentCueCounts(view: SentenceView): Map<string, number> {
  let counts = documentCounts.get(view.doc);
  if (!counts) {
    counts = new Map();
    for (let s = 0; s < view.doc.sentences.length; s++) {
      for (const [domain, n] of cueCounts(view, sentenceWords(view.doc, s).words)) counts.set(domain, (counts.get(domain) ?? 0) + n);
    }
    documentCounts.set(view.doc, counts);
  }
  return counts;
}

/** The domain that wins among `domains` for a trigger: most cues in its subject, then its sentence, then the document; a tie goes to the earlier. */
function winningDomain(view: SentenceView, m: PhraseMatch<TriggerSpec>, domains: string[]): string {
  for (const counts of [() => cueCounts(view, subjectWords(view, m)), () => cueCounts(view, view.words), () => documentCueCounts(view)]) {
    const c = counts();
    const best = Math.max(...domains.map((d) => c.get(d) ?? 0));
    const leaders = domains.filter((d) => (c.get(d) ?? 0) === best);
    if (best > 0 && leaders.length === 1) return leaders[0]!;
  }
  return domains[0]!;
}

/**
 * Is `m` the reading to keep? It is, unless another domain reads the same words as another event type
 * (and could stand there itself) and that domain wins.
 */
export function winsDomain(view: SentenceView, m: PhraseMatch<TriggerSpec>, usable: (c: PhraseMatch<TriggerSpec>) => boolean): boolean {
  const own = m.value;
  if (own.type === null || !view.lex.ambiguousFirstWords.has(view.words[m.from]!.text)) return true;
  const rivals = view.lex.triggers.matchesAt(view.words, m.from)
    .filter((c) => c.to === m.to && c.value.type !== null && c.value.type !== own.type && c.value.domain !== own.domain && usable(c));
  if (rivals.length === 0) return true;
  const order = view.lex.domains;
  const domains = [...new Set([own.domain!, ...rivals.map((c) => c.value.domain!)])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return winningDomain(view, m, domains) === own.domain;
}
