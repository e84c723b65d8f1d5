import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEngine, MAX_FINDINGS, type Report } from '../../src/engine';
import { InputError } from '../../src/cli/errors';
import { lineAt, lineStarts, renderReport, type DocumentResult, type FormatOptions } from '../../src/cli/format/common';
import { jsonWriter } from '../../src/cli/format/json';
import { toolInfo } from '../../src/cli/run';
import { ADDRESS_BOOK, encodeGbk, run, tempDir } from './helpers';

const samples = join(import.meta.dirname, '..', '..', 'samples');
const options: FormatOptions = { tool: toolInfo(), lang: undefined, color: false };

function audited(source: string, text: string, title?: string): DocumentResult {
  const report = defaultEngine().audit(text);
  const starts = lineStarts(text);
  return { source, title, encoding: 'utf-8', report, lines: report.findings.map((f) => lineAt(starts, f.start)) };
}

/** The report as one object, built here from the results, to be stringified in one go. */
function reference(results: DocumentResult[]): object {
  const citations: Record<string, unknown> = {};
  const documents = results.map((d) => {
    if ('error' in d) return { source: d.source, error: d.error.message, reason: d.error.reason };
    const r: Report = d.report;
    const doc: Record<string, unknown> = { source: d.source };
    if (d.title !== undefined) doc.title = d.title;
    Object.assign(doc, {
      encoding: d.encoding,
      sha256: r.sha256,
      language: r.language,
      chars: r.chars,
      grade: r.grade,
      gradeReason: r.gradeReason,
      agreementFound: r.agreementFound,
      counts: r.counts,
    });
    if (r.omittedFindings > 0) doc.omittedFindings = r.omittedFindings;
    doc.necessary = r.necessary;
    doc.findings = r.findings.map((f, i) => {
      const finding: Record<string, unknown> = {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        start: f.start,
        end: f.end,
        line: d.lines[i],
        quote: f.quote,
        title: f.title,
        message: f.message,
        citations: f.citations.map((c) => {
          if (!(c.id in citations)) citations[c.id] = c;
          return c.id;
        }),
      };
      if (f.annualRate !== undefined) finding.annualRate = f.annualRate;
      return finding;
    });
    return doc;
  });
  return { tool: options.tool, documents, citations };
}

function expectSameBytes(results: DocumentResult[]): void {
  const bytes = renderReport(jsonWriter(options), results);
  const expected = Buffer.from(`${JSON.stringify(reference(results))}\n`, 'utf8');
  expect(Buffer.from(bytes).equals(expected)).toBe(true);
}

describe('--format json bytes', () => {
  it('are exactly the UTF-8 of the report stringified in one piece', () => {
    const zh = readFileSync(join(samples, 'sample-loan-agreement.zh.txt'), 'utf8');
    const en = readFileSync(join(samples, 'sample-privacy-policy.en.txt'), 'utf8');
    const docs = [audited('zh.txt', zh), audited('en.txt', en)];
    const findings = docs.flatMap((d) => ('report' in d ? d.report.findings : []));
    // The samples exercise what the writer treats specially: shared titles and messages, rate
    // findings with their own message, findings that absorbed other rules of their category.
    expect(findings.some((f) => f.annualRate !== undefined)).toBe(true);
    expect(findings.some((f) => f.also !== undefined)).toBe(true);
    expectSameBytes(docs);
  });

  it('escape quotes with control characters, line separators and characters outside the BMP', () => {
    const text = `${ADDRESS_BOOK.slice(0, 6)}\u2028"\\\u0007😀\ud800${ADDRESS_BOOK.slice(6)}\n${ADDRESS_BOOK}`;
    const doc = audited('odd "name"\u2029.txt', text, 'Title </script> 😀');
    expect('report' in doc && doc.report.findings.length).toBeGreaterThan(0);
    expectSameBytes([doc]);
  });

  it('keep failed documents and empty reports in place among the others', () => {
    expectSameBytes([
      { source: 'missing.txt', error: new InputError('not found', 'not-found') },
      audited('clean.txt', '本协议适用于借款服务。'),
      audited('book.txt', ADDRESS_BOOK),
      { source: 'bin.dat', error: new InputError('binary file (contains NUL bytes)', 'binary') },
    ]);
    expectSameBytes([]);
  });

  it('say how many findings a document has beyond those listed', () => {
    const text = Array.from({ length: MAX_FINDINGS + 3 }, () => ADDRESS_BOOK).join('\n');
    const doc = audited('huge.txt', text);
    expect('report' in doc && doc.report.omittedFindings).toBe(3);
    expectSameBytes([doc]);
    const parsed = JSON.parse(renderReport(jsonWriter(options), [doc]).toString('utf8'));
    expect(parsed.documents[0].findings).toHaveLength(MAX_FINDINGS);
    expect(parsed.documents[0].omittedFindings).toBe(3);
  });

  it('stay one JSON object when the report is larger than the writer\'s first buffer', () => {
    const text = Array.from({ length: 400 }, () => ADDRESS_BOOK).join('\n');
    const doc = audited('long.txt', text);
    expect('report' in doc && doc.report.findings.length).toBe(400);
    expectSameBytes([doc]);
  });
});

describe('document hash', () => {
  const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

  async function hashAndText(args: string[], stdin?: string | Uint8Array): Promise<{ sha256: string; text: string }> {
    const json = JSON.parse((await run(['audit', '--format', 'json', ...args], { stdin })).stdout);
    const text = (await run(['audit', '--emit-text', ...args], { stdin })).stdout;
    return { sha256: json.documents[0].sha256, text };
  }

  it('is the SHA-256 of the audited text in UTF-8, however the input was encoded', async () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, ADDRESS_BOOK);
    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, `\ufeff${ADDRESS_BOOK}`);
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ADDRESS_BOOK, 'utf16le')]));
    const lossy = join(dir, 'lossy.txt');
    writeFileSync(lossy, Buffer.concat([Buffer.from(ADDRESS_BOOK.repeat(20)), Buffer.from([0xff])]));
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, encodeGbk(ADDRESS_BOOK));
    const html = join(dir, 'page.html');
    writeFileSync(html, `<html><head><title>借款协议</title></head><body><p>${ADDRESS_BOOK}</p></body></html>`);
    for (const file of [plain, bom, utf16, lossy, gbk, html]) {
      const { sha256, text } = await hashAndText([file]);
      expect(text.length).toBeGreaterThan(0);
      expect(sha256).toBe(sha(text));
    }
    const { sha256, text } = await hashAndText(['-'], ADDRESS_BOOK);
    expect(text).toBe(ADDRESS_BOOK);
    expect(sha256).toBe(sha(ADDRESS_BOOK));
  });
});
