import { describe, expect, it } from 'vitest';
import ruleset from '../../src/generated/ruleset.json';
import stored from '../../src/generated/engine.json';
import { compileTables, defaultEngine, Engine, packTables, unpackTables, type RuleSet } from '../../src/engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pack = ruleset as unknown as RuleSet;

describe('stored engine tables', () => {
  it('are exactly what the rule pack compiles to', () => {
    const compiled = compileTables(pack);
    expect(packTables(compiled)).toEqual(stored);
    expect(unpackTables(packTables(compiled))).toEqual(compiled);
  });

  it('audit like an engine that compiles its own tables', () => {
    const fresh = new Engine(pack);
    const root = join(import.meta.dirname, '..', '..', 'samples');
    for (const name of ['sample-loan-agreement.zh.txt', 'sample-privacy-policy.en.txt']) {
      const text = readFileSync(join(root, name), 'utf8');
      const a = defaultEngine().audit(text);
      expect(a.findings.length).toBeGreaterThan(3);
      expect(fresh.audit(text)).toEqual(a);
    }
  });
});
