import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, defaultEngine, SEVERITIES } from '../../src/engine';
import ruleset from '../../src/generated/ruleset.json';
import pkg from '../../package.json';
import { ADDRESS_BOOK, run, tempDir } from './helpers';

const sample = join(import.meta.dirname, '..', '..', 'samples', 'sample-loan-agreement.zh.txt');

interface JsonFinding {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  line: number;
  quote: string;
  message: { zh: string; en: string };
  citations: string[];
}

interface JsonCitation {
  id: string;
  law: { zh: string; en: string };
  article: string;
  verified: string;
}

describe('--format json', () => {
  it('prints one object describing the tool and every document', async () => {
    const { code, stdout } = await run(['audit', '--format', 'json', sample]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.tool).toEqual({ name: 'loanlens', version: pkg.version, rules: ruleset.rules.length, ruleset: ruleset.version, node: process.version });
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0];
    expect(doc).toMatchObject({ source: sample, language: 'zh', encoding: 'utf-8' });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(['A', 'B', 'C', 'D', 'E', 'none']).toContain(doc.grade);
    expect(Object.keys(doc.counts).sort()).toEqual([...SEVERITIES].sort());
    expect(doc.necessary).toHaveProperty('summary.zh');
    expect(Array.isArray(doc.necessary.collected)).toBe(true);
  });

  it('names each finding\'s citations by id, resolved once in the top-level map', async () => {
    const { stdout } = await run(['audit', '--format', 'json', sample]);
    const out = JSON.parse(stdout);
    const { citations: engineCitations } = defaultEngine().ruleset;
    const cited = new Set((out.documents[0].findings as JsonFinding[]).flatMap((f) => f.citations));
    expect(Object.keys(out.citations).sort()).toEqual([...cited].sort());
    for (const id of cited) expect(out.citations[id]).toEqual(engineCitations[id]);
  });

  it('reports findings whose category is a taxonomy id and whose quote is the text at its offsets', async () => {
    const text = readFileSync(sample, 'utf8');
    const out = JSON.parse((await run(['audit', '--format', 'json', sample])).stdout);
    const doc = out.documents[0];
    const citations = out.citations as Record<string, JsonCitation>;
    expect(doc.chars).toBe(text.length);
    const findings = doc.findings as JsonFinding[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.rule)).toContain('contacts-read-address-book');
    for (const f of findings) {
      expect(CATEGORIES).toContain(f.category);
      expect(SEVERITIES).toContain(f.severity);
      expect(f.quote).toBe(text.slice(f.start, f.end));
      expect(f.line).toBe(text.slice(0, f.start).split('\n').length);
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      for (const id of f.citations) {
        expect(citations[id]!.id).toBe(id);
        expect(['V', 'V2', 'title']).toContain(citations[id]!.verified);
      }
    }
    const total = Object.values(doc.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(findings.length);
  });

  it('lists failed inputs as {source, error, reason} next to the audited ones', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, ADDRESS_BOOK);
    const missing = join(dir, 'missing.txt');
    const { code, stdout } = await run(['audit', '--format', 'json', good, missing]);
    expect(code).toBe(2);
    const docs = JSON.parse(stdout).documents;
    expect(docs[0].source).toBe(good);
    expect(docs[0].findings.length).toBeGreaterThan(0);
    expect(docs[1]).toEqual({ source: missing, error: 'not found', reason: 'not-found' });
  });
});
