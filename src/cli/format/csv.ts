import { citationLabel, isFailed, messageLang, type FormatOptions, type ReportWriter } from './common';

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

/** Rows only: a document with more findings than are listed shows in the other formats. */
export function csvWriter(options: FormatOptions): ReportWriter {
  let started = false;
  const rows = (rs: (string | number)[][]): string => rs.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
  const header = (): string => {
    if (started) return '';
    started = true;
    return rows([HEADER]);
  };
  return {
    document(d) {
      const start = header();
      if (isFailed(d)) return start;
      const lang = messageLang(d, options);
      return (
        start +
        rows(
          d.report.findings.map((f, i) => [
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
          ]),
        )
      );
    },
    end: header,
  };
}
