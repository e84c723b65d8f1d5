/**
 * Meta-tests over the rule pack (after Refined GitHub's "every feature is documented and tested"):
 * a rule without examples, citations, both languages or a taxonomy category fails here, and so
 * does a citation that quotes anything the regulations fact sheet does not mark verified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRule, MIN_EXAMPLES, RuleError } from '../../src/rules/compile';
import { loadRuleSet, readYaml, ruleFiles, RULES_DIR } from '../../src/rules/load';
import { CATEGORIES } from '../../src/engine/types';

const shared = join(RULES_DIR, '..', '..', 'shared');
const ruleset = loadRuleSet();
const citationIds = new Set(Object.keys(ruleset.citations));

describe('rule pack', () => {
  it('uses exactly the category ids of shared/taxonomy.md', () => {
    const taxonomy = join(shared, 'taxonomy.md');
    if (!existsSync(taxonomy)) return;
    const ids = [...readFileSync(taxonomy, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...CATEGORIES].sort()).toEqual([...ids].sort());
  });

  it('covers every taxonomy category with at least one Chinese rule', () => {
    const covered = new Set(ruleset.rules.filter((r) => r.lang !== 'en').map((r) => r.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(ruleFiles().map((f) => [relative(join(RULES_DIR, '..'), f), f] as const))('%s is complete', (_name, file) => {
    const rule = ruleset.rules.find((r) => file.endsWith(r.source))!;
    expect(rule).toBeDefined();
    expect(rule.examples.positive.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    expect(rule.examples.negative.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    expect(rule.citations.length).toBeGreaterThan(0);
    expect(rule.title.zh && rule.title.en && rule.message.zh && rule.message.en).toBeTruthy();
    // Rule data must be the authors' own words, not sentences lifted from the development corpus.
    for (const ex of [...rule.examples.positive, ...rule.examples.negative]) expect(corpusSentences.has(ex), ex).toBe(false);
  });

  it('rejects a rule without examples, citations or a second language', () => {
    const good = readYaml(ruleFiles()[0]!) as Record<string, unknown>;
    const name = `rules/zh/${String(good.id)}.yaml`;
    expect(() => compileRule(name, good, citationIds)).not.toThrow();
    expect(() => compileRule(name, { ...good, examples: { positive: [], negative: [] } }, citationIds)).toThrow(RuleError);
    expect(() => compileRule(name, { ...good, citations: [] }, citationIds)).toThrow(RuleError);
    expect(() => compileRule(name, { ...good, citations: ['no-such-law'] }, citationIds)).toThrow(RuleError);
    expect(() => compileRule(name, { ...good, message: { zh: '只有中文' } }, citationIds)).toThrow(RuleError);
    expect(() => compileRule(name, { ...good, category: 'made-up' }, citationIds)).toThrow(RuleError);
    expect(() => compileRule(name, { ...good, patterns: [] }, citationIds)).toThrow(RuleError);
  });
});

const corpusSentences = new Set<string>();
const units = join(shared, 'corpus', 'units.jsonl');
if (existsSync(units)) {
  for (const line of readFileSync(units, 'utf8').split('\n')) if (line.trim()) corpusSentences.add((JSON.parse(line) as { text: string }).text.trim());
}

describe('citation catalogue', () => {
  const facts = join(shared, 'regulations.md');
  const sheet = existsSync(facts) ? readFileSync(facts, 'utf8').replace(/<br>/g, '\n').replace(/\*\*/g, '') : undefined;

  it.each(Object.values(ruleset.citations).map((c) => [c.id, c] as const))('%s quotes only verified text', (_id, c) => {
    expect(['V', 'V2', 'title']).toContain(c.verified);
    if (c.verified === 'title') {
      expect(c.text).toBe('');
    } else if (sheet !== undefined) {
      expect(sheet.includes(c.text), `${c.id}: text must appear verbatim in shared/regulations.md`).toBe(true);
    }
    if (sheet !== undefined) expect(sheet.includes(c.law.zh.replace(/（.*）$/, '')), `${c.id}: law title`).toBe(true);
  });

  it('every citation is used by some rule', () => {
    const used = new Set(ruleset.rules.flatMap((r) => r.citations));
    expect(Object.keys(ruleset.citations).filter((id) => !used.has(id))).toEqual([]);
  });
});
