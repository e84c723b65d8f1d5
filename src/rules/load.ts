/**
 * Node-side loading of the rule files: reads rules/ with the YAML parser and compiles them. Used by
 * the build step that writes src/generated/, and by the tests. Never bundled into the extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { CompiledRule, RuleSet } from '../engine/types';
import { buildRuleSet, compileCitations, compileDataItems, compileRule, compileVocabulary } from './compile';
import { inflectTerms } from './inflect';

export const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');
const ROOT = join(RULES_DIR, '..');

/** Rule files, one per rule, under rules/<lang>/. */
export function ruleFiles(dir = RULES_DIR): string[] {
  const out: string[] = [];
  for (const lang of readdirSync(dir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const f of readdirSync(join(dir, lang.name))) if (/\.ya?ml$/.test(f)) out.push(join(dir, lang.name, f));
  }
  return out.sort();
}

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** English words also match their other verb forms ("sell" → "sold", "share" → "sharing"). */
function withInflections(rule: CompiledRule): CompiledRule {
  if (rule.lang === 'zh') return rule;
  return {
    ...rule,
    patterns: rule.patterns.map((p) => ({ ...p, groups: p.groups.map(inflectTerms) })),
    exclusions: inflectTerms(rule.exclusions),
  };
}

export function loadRuleSet(dir = RULES_DIR): RuleSet {
  const citations = compileCitations('rules/citations.yaml', readYaml(join(dir, 'citations.yaml')));
  const ids = new Set(Object.keys(citations));
  const rules: CompiledRule[] = ruleFiles(dir).map((f) => withInflections(compileRule(relative(ROOT, f), readYaml(f), ids)));
  const dataItems = compileDataItems('rules/data-items.yaml', readYaml(join(dir, 'data-items.yaml')));
  const vocabulary = compileVocabulary('rules/vocabulary.yaml', readYaml(join(dir, 'vocabulary.yaml')));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return buildRuleSet(pkg.version, rules, citations, dataItems, vocabulary);
}
