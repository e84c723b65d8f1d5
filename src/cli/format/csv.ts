import { citationLabel, isFailed, messageLang, type DocumentResult, type FormatOptions } from './common';

const HEADER = ['source', 'grade', 'rule', 'category', 'severity', 'line', 'start', 'end', 'title', 'message', 'quote', 'citations'];

/**
 * One CSV cell. Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return that
 * hides one) as a formula, and quoted clauses are attacker-controlled text, so such cells get a
 * leading apostrophe. Quoting follows RFC 4180.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function formatCsv(results: readonly DocumentResult[], options: FormatOptions): string {
  const rows: (string | number)[][] = [HEADER];
  for (const d of results) {
    if (isFailed(d)) continue;
    const lang = messageLang(d, options);
    d.report.findings.forEach((f, i) => {
      rows.push([
        d.source,
        d.report.grade,
        f.rule,
        f.category,
        f.severity,
        d.lines[i]!,
        f.start,
        f.end,
        f.title[lang],
        f.message[lang],
        f.quote,
        f.citations.map((c) => citationLabel(c, lang)).join('; '),
      ]);
    });
  }
  return rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
