import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEngine, SEVERITIES, type Citation, type Finding, type Report } from '../../src/engine';
import { csvWriter } from '../../src/cli/format/csv';
import { citationLabel, renderReport, type AuditedDocument, type DocumentResult, type FormatOptions, type ReportWriter } from '../../src/cli/format/common';
import { escapeMarkdown, markdownWriter } from '../../src/cli/format/markdown';
import { textWriter } from '../../src/cli/format/text';
import { InputError } from '../../src/cli/errors';
import { toolInfo } from '../../src/cli/run';
import { ADDRESS_BOOK, parseCsv, run, tempDir } from './helpers';

/** A whole report from one of the CLI's writers, as text. */
const format =
  (writer: (o: FormatOptions) => ReportWriter) =>
  (docs: DocumentResult[], o: FormatOptions): string =>
    renderReport(writer(o), docs).toString('utf8');
const formatText = format(textWriter);
const formatMarkdown = format(markdownWriter);
const formatCsv = format(csvWriter);

const addressBookRule = defaultEngine().ruleset.rules.find((r) => r.id === 'contacts-read-address-book')!;
const ESC = '\u001b';

function fileWith(text: string, name = 'doc.txt'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** A real report whose findings carry hostile quotes, for the escaping tests. */
function documentWithQuotes(quotes: string[]): AuditedDocument {
  const base = defaultEngine().audit(ADDRESS_BOOK);
  const template = base.findings[0]!;
  const findings: Finding[] = quotes.map((quote, i) => ({ ...template, start: i, end: i + quote.length, quote }));
  const report: Report = { ...base, findings };
  return { source: 'hostile.txt', title: undefined, encoding: 'utf-8', report, lines: findings.map(() => 1) };
}

const options = (over: Partial<FormatOptions> = {}): FormatOptions => ({ tool: toolInfo(), lang: undefined, color: false, ...over });

describe('--format text (default)', () => {
  it('shows the source, grade, counts, the quoted clause, the explanation and the law', async () => {
    const path = fileWith(ADDRESS_BOOK);
    const { code, stdout } = await run(['audit', path]);
    expect(code).toBe(0);
    expect(stdout).toContain(path);
    expect(stdout).toMatch(/评级 [A-E]/);
    expect(stdout).toContain(`严重 ${defaultEngine().audit(ADDRESS_BOOK).counts.critical}`);
    expect(stdout).toContain(addressBookRule.title.zh);
    expect(stdout).toContain(`“${ADDRESS_BOOK}”`);
    expect(stdout).toContain(addressBookRule.message.zh);
    const firstCitation = defaultEngine().audit(ADDRESS_BOOK).findings[0]!.citations[0]!;
    expect(stdout).toContain(citationLabel(firstCitation, 'zh'));
    expect(stdout).not.toContain(ESC);
  });

  it('follows --lang for messages', async () => {
    const { stdout } = await run(['audit', '--lang', 'en', fileWith(ADDRESS_BOOK)]);
    expect(stdout).toContain(addressBookRule.title.en);
    expect(stdout).toContain(addressBookRule.message.en);
    expect(stdout).toMatch(/Grade [A-E]/);
  });

  it('uses colour only on a terminal without NO_COLOR', async () => {
    const path = fileWith(ADDRESS_BOOK);
    expect((await run(['audit', path], { tty: true })).stdout).toContain(`${ESC}[`);
    expect((await run(['audit', path], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['audit', '--format', 'json', path], { tty: true })).stdout).not.toContain(ESC);
  });

  it('groups findings by severity, most severe first', () => {
    const doc = documentWithQuotes(['low one', 'critical one', 'medium one']);
    const severities = ['low', 'critical', 'medium'] as const;
    doc.report.findings.forEach((f, i) => (f.severity = severities[i]!));
    const out = formatText([doc], options({ lang: 'en' }));
    const pos = (s: string): number => out.indexOf(`“${s}”`);
    expect(pos('critical one')).toBeLessThan(pos('medium one'));
    expect(pos('medium one')).toBeLessThan(pos('low one'));
    expect(out.indexOf('Critical (1)')).toBeLessThan(out.indexOf('Medium (1)'));
  });

  it('neutralises terminal escape sequences and bidi overrides in quoted text', () => {
    const out = formatText([documentWithQuotes([`通讯录${ESC}]0;pwned\u0007${ESC}[2J\u202e反转`])], options());
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\u202e');
  });
});

describe('citations', () => {
  const law = { zh: '某某条例', en: 'Some Regulation' };
  const cite = (verified: Citation['verified']): Citation => ({ id: 'x', law, article: '第三条', text: '', verified, status: '' });
  it('shows law title and article', () => {
    expect(citationLabel(cite('V'), 'zh')).toBe('《某某条例》第三条');
    expect(citationLabel(cite('V2'), 'en')).toBe('Some Regulation, 第三条');
  });
  it('shows only the title when only the title is verified', () => {
    expect(citationLabel(cite('title'), 'zh')).toBe('《某某条例》');
    expect(citationLabel(cite('title'), 'en')).toBe('Some Regulation');
  });
});

describe('--format md', () => {
  it('renders a Markdown report with the clause as a block quote', async () => {
    const { code, stdout } = await run(['audit', '--format', 'md', fileWith(ADDRESS_BOOK)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# /);
    expect(stdout).toContain(`#### ${addressBookRule.title.zh}`);
    expect(stdout).toContain(`> ${ADDRESS_BOOK}`);
  });

  it('escapes quoted text so it cannot inject markup, links or HTML', () => {
    const hostile = '<script>alert(1)</script> **bold** [link](javascript:x) `code` | cell &amp; ![img](y)';
    const out = formatMarkdown([documentWithQuotes([hostile, '# heading\n- item\n\n1. list'])], options());
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('**bold**');
    expect(out).not.toMatch(/[^\\]\]\(/);
    expect(out).toContain('> \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](javascript:x) \\`code\\` \\| cell \\&amp; !\\[img\\](y)');
    expect(out).toContain('> \\# heading\n> \\- item\n>\n> 1\\. list');
  });

  it('keeps escaped text readable: removing the escapes gives the original back', () => {
    const text = '# a*b_c[d]e<f>g`h|i&j#k!l~m';
    expect(escapeMarkdown(text).replace(/\\(.)/g, '$1')).toBe(text);
  });
});

describe('--format csv', () => {
  it('prints a header and one row per finding, RFC 4180 quoted', async () => {
    const path = fileWith(`${ADDRESS_BOOK}\n平台有权随时修改本协议，修改后的协议一经公布即生效，无需另行通知您。`);
    const { code, stdout } = await run(['audit', '--format', 'csv', path]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    const findings = defaultEngine().audit(`${ADDRESS_BOOK}\n平台有权随时修改本协议，修改后的协议一经公布即生效，无需另行通知您。`).findings;
    expect(rows[0]).toEqual(['source', 'grade', 'rule', 'category', 'severity', 'line', 'start', 'end', 'title', 'message', 'quote', 'citations']);
    expect(rows).toHaveLength(findings.length + 1);
    expect(rows[1]).toContain(ADDRESS_BOOK);
    expect(rows[1]![0]).toBe(path);
  });

  it('round-trips commas, quotes and line breaks', () => {
    const quote = '第一行, 含 "引号"\r\n第二行';
    const rows = parseCsv(formatCsv([documentWithQuotes([quote])], options()));
    expect(rows[1]![10]).toBe(quote);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const quotes = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '普通文本'];
    const rows = parseCsv(formatCsv([documentWithQuotes(quotes)], options()));
    const cells = rows.slice(1).map((r) => r[10]);
    expect(cells).toEqual(["'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", '普通文本']);
  });

  it('writes no rows for a document without findings', async () => {
    const rows = parseCsv((await run(['audit', '--format', 'csv', fileWith('本协议适用于借款服务。')])).stdout);
    expect(rows).toHaveLength(1);
  });
});

it('every format reports every severity level it knows', () => {
  const doc = documentWithQuotes(SEVERITIES.map((s) => `quote ${s}`));
  doc.report.findings.forEach((f, i) => (f.severity = SEVERITIES[i]!));
  for (const format of [formatText, formatMarkdown, formatCsv]) {
    const out = format([doc], options({ lang: 'en' }));
    for (const s of SEVERITIES) expect(out).toContain(`quote ${s}`);
  }
});

it('text and md say how many findings a document has beyond those listed', () => {
  const doc = documentWithQuotes(['通讯录条款']);
  doc.report = { ...doc.report, omittedFindings: 12_345 };
  expect(formatText([doc], options({ lang: 'en' }))).toContain('12,345 more findings not listed');
  expect(formatMarkdown([doc], options({ lang: 'en' }))).toContain('12,345 more findings not listed');
  expect(formatText([doc], options({ lang: 'zh' }))).toContain('另有 12,345 条发现未列出');
  const listed = documentWithQuotes(['通讯录条款']);
  expect(formatText([listed], options({ lang: 'en' }))).not.toContain('not listed');
});

it('writers stream: each document is written as it comes, the pieces make the whole report', async () => {
  const docs: DocumentResult[] = [documentWithQuotes(['quote-one']), { source: 'gone.txt', error: new InputError('not found', 'not-found') }, documentWithQuotes(['quote-two'])];
  for (const writer of [textWriter, markdownWriter, csvWriter]) {
    const w = writer(options({ lang: 'en' }));
    const pieces = [...docs.map((d) => w.document(d)), w.end()].map(String);
    expect(pieces.join('')).toBe(format(writer)(docs, options({ lang: 'en' })));
    // The second audited document appears only in its own piece.
    expect(pieces[2]).toContain('quote-two');
    expect(pieces[0]).toContain('quote-one');
    expect(pieces[0]).not.toContain('quote-two');
  }
});
