/**
 * The generic rule runner (after ESLint's RuleTester): every positive example of every rule must be
 * reported by that rule, and no negative example may be. A clause is reported once per category, so
 * a rule "reports" a clause when it is the finding's rule or among the rules it also matched.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine';
import ruleset from '../../src/generated/ruleset.json';
import type { CompiledRule, Finding, RuleSet } from '../../src/engine/types';

const rules = (ruleset as unknown as RuleSet).rules;
const byRule = (text: string, rule: CompiledRule): Finding[] =>
  audit(text, rule.lang === 'any' ? {} : { lang: rule.lang }).findings.filter((f) => f.rule === rule.id || (f.also ?? []).includes(rule.id));

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.positive)('reports: %s', (text) => {
    const hits = byRule(text, rule);
    expect(hits.length, `${rule.source} should report this positive example`).toBeGreaterThan(0);
    for (const f of hits) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
  it.each(rule.examples.negative)('does not report: %s', (text) => {
    const hits = byRule(text, rule);
    expect(hits.map((f) => f.quote), `${rule.source} should not report this negative example`).toEqual([]);
  });
});
