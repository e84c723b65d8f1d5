/**
 * Keeps the rule files canonical (after Dark Reader's config round-trip test): each file must be
 * exactly what `npm run rules:format` would write, so diffs stay small and reviewable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalYaml } from '../../src/rules/format';
import { RULES_DIR, ruleFiles } from '../../src/rules/load';

const catalogues = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml')).map((f) => join(RULES_DIR, f));

describe('rule files are canonical', () => {
  it.each([...ruleFiles(), ...catalogues].map((f) => [f.slice(RULES_DIR.length + 1), f] as const))('%s', (_n, file) => {
    const text = readFileSync(file, 'utf8');
    expect(canonicalYaml(text, file.startsWith(join(RULES_DIR, 'zh')) || file.startsWith(join(RULES_DIR, 'en')))).toBe(text);
  });
});
