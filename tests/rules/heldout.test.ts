import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine';
import { EN_CASES, ZH_CASES, type HeldOutCase } from './heldout.cases';

function check(c: HeldOutCase, lang: 'zh' | 'en'): void {
  const got = new Set(audit(c.text, { lang }).findings.map((f) => f.category));
  const missing = c.expect.filter((cat) => !got.has(cat));
  const extra = [...got].filter((cat) => !c.expect.includes(cat) && !(c.maybe ?? []).includes(cat));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
}

describe('held-out Chinese clauses', () => {
  it.each(ZH_CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c, 'zh'));
});

describe('held-out English clauses', () => {
  it.each(EN_CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c, 'en'));
});
