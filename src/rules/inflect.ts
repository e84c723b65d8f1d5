/**
 * Build-time inflection of English rule words with compromise: a rule author writes "share", "sell"
 * or "disclose to", and the compiled rule also matches "sharing", "sold" and "disclosing to". Forms
 * that merely extend the written word ("shares", "shared") are left out, because words already match
 * as prefixes. Nothing of compromise reaches the extension or the CLI bundle: this runs in
 * scripts/build-rules.ts only.
 */
import nlp from 'compromise';

const ENGLISH_TERM = /^[a-z][a-z'-]*( [a-z'-]+)*$/;
/** Auxiliaries and negations: "cannot withdraw" must not become "can withdraw". */
const NOT_INFLECTED = new Set(['can', 'cannot', "can't", 'may', 'might', 'will', "won't", 'shall', 'should', 'must', 'do', 'does', 'did', "don't", 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'not', 'no', 'never']);

interface Conjugation {
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

const cache = new Map<string, string[]>();

/** Verb forms of a single word that do not start with the word itself. */
function forms(word: string): string[] {
  let out = cache.get(word);
  if (out === undefined) {
    const verbs = nlp(word).verbs();
    const conj = (verbs.found ? verbs.conjugate()[0] : undefined) as (Conjugation & { Infinitive?: string }) | undefined;
    // Only a verb's base form is inflected: "contacts" and "references" are nouns here.
    out = conj && conj.Infinitive === word && !NOT_INFLECTED.has(word)
      ? [conj.PastTense, conj.PresentTense, conj.Gerund, conj.Participle].filter(
          (f): f is string => typeof f === 'string' && /^[a-z]+$/.test(f) && !f.startsWith(word),
        )
      : [];
    out = [...new Set(out)];
    cache.set(word, out);
  }
  return out;
}

export function inflectTerms(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const term of terms) {
    if (!ENGLISH_TERM.test(term)) continue;
    const [first, ...rest] = term.split(' ');
    for (const f of forms(first!)) out.add([f, ...rest].join(' '));
  }
  return [...out];
}
