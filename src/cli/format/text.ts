import { MAX_FINDINGS, SEVERITIES, type Grade, type Lang, type Severity } from '../../engine';
import { citationLabel, isFailed, messageLang, OMITTED, SEVERITY_LABEL, terminalSafe, type AuditedDocument, type FormatOptions, type ReportWriter } from './common';

/** Longer clauses are cut in the terminal report; json, md and csv keep the whole quote. */
const MAX_QUOTE = 240;

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan' | 'magenta';
const SGR: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', green: '32', cyan: '36', magenta: '35' };

const SEVERITY_STYLE: Record<Severity, Style[]> = {
  critical: ['bold', 'red'],
  high: ['red'],
  medium: ['yellow'],
  low: ['cyan'],
  info: ['dim'],
};
const GRADE_STYLE: Record<Grade, Style[]> = {
  A: ['bold', 'green'],
  B: ['bold', 'green'],
  C: ['bold', 'yellow'],
  D: ['bold', 'red'],
  E: ['bold', 'magenta'],
  none: ['dim'],
};

const WORDS = {
  grade: { zh: '评级', en: 'Grade' },
  findings: { zh: '发现', en: 'Findings' },
  necessary: { zh: '必要信息', en: 'Necessary data' },
  line: { zh: (n: number) => `第 ${n} 行`, en: (n: number) => `line ${n}` },
  cites: { zh: '依据：', en: 'Law: ' },
  colon: { zh: '：', en: ': ' },
  none: { zh: '未发现问题条款。', en: 'No problem clauses found.' },
  failed: { zh: '无法审查：', en: 'Could not audit: ' },
  total: {
    zh: (ok: number, bad: number) => `共审查 ${ok} 份文档${bad > 0 ? `，${bad} 份无法审查` : ''}。`,
    en: (ok: number, bad: number) => `${ok} document${ok === 1 ? '' : 's'} audited${bad > 0 ? `, ${bad} could not be audited` : ''}.`,
  },
};

export function textWriter(options: FormatOptions): ReportWriter {
  const paint = (styles: Style[], s: string): string =>
    options.color ? `\u001b[${styles.map((st) => SGR[st]).join(';')}m${s}\u001b[0m` : s;
  let audited = 0;
  let failed = 0;
  return {
    document(d) {
      const gap = audited + failed > 0 ? '\n' : '';
      if (isFailed(d)) {
        failed++;
        const lang = options.lang ?? 'en';
        return `${gap}${paint(['bold'], terminalSafe(d.source))}\n  ${paint(['red'], WORDS.failed[lang] + d.error.message)}\n`;
      }
      audited++;
      return gap + documentText(d, messageLang(d, options), paint);
    },
    end() {
      return audited + failed > 1 ? `\n${WORDS.total[options.lang ?? 'en'](audited, failed)}\n` : '';
    },
  };
}

function documentText(d: AuditedDocument, lang: Lang, paint: (styles: Style[], s: string) => string): string {
  const r = d.report;
  const lines: string[] = [paint(['bold'], terminalSafe(d.source))];
  if (d.title !== undefined) lines.push(`  ${terminalSafe(d.title)}`);
  const grade = r.grade === 'none' ? '—' : r.grade;
  lines.push(`  ${WORDS.grade[lang]} ${paint(GRADE_STYLE[r.grade], grade)}  ${r.gradeReason[lang]}`);
  const counts = SEVERITIES.map((s) => {
    const label = `${SEVERITY_LABEL[s][lang]} ${r.counts[s]}`;
    return r.counts[s] > 0 ? paint(SEVERITY_STYLE[s], label) : label;
  });
  lines.push(`  ${WORDS.findings[lang]}${WORDS.colon[lang]}${counts.join(' · ')}`);
  lines.push(`  ${WORDS.necessary[lang]}${WORDS.colon[lang]}${r.necessary.summary[lang]}`);
  if (r.findings.length === 0) {
    lines.push('', `  ${WORDS.none[lang]}`);
    return lines.join('\n') + '\n';
  }
  for (const severity of SEVERITIES) {
    const group = r.findings.map((f, i) => ({ f, line: d.lines[i]! })).filter(({ f }) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `  ${paint(SEVERITY_STYLE[severity], `${SEVERITY_LABEL[severity][lang]} (${group.length})`)}`);
    for (const { f, line } of group) {
      lines.push(`  ${paint(SEVERITY_STYLE[severity], '●')} ${paint(['bold'], f.title[lang])}  ${paint(['dim'], `${WORDS.line[lang](line)} · ${f.rule}`)}`);
      const quote = f.quote.replace(/\s+/g, ' ').trim();
      const shown = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote;
      lines.push(`    “${terminalSafe(shown)}”`);
      lines.push(`    ${f.message[lang]}`);
      if (f.citations.length > 0) {
        lines.push(`    ${paint(['dim'], WORDS.cites[lang] + f.citations.map((c) => citationLabel(c, lang)).join(lang === 'zh' ? '；' : '; '))}`);
      }
    }
  }
  if (r.omittedFindings > 0) lines.push('', `  ${paint(['bold'], OMITTED[lang](r.omittedFindings, MAX_FINDINGS))}`);
  return lines.join('\n') + '\n';
}
