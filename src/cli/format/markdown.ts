import { MAX_FINDINGS, SEVERITIES, type Lang } from '../../engine';
import { citationLabel, isFailed, messageLang, OMITTED, SEVERITY_LABEL, terminalSafe, type AuditedDocument, type FormatOptions, type ReportWriter } from './common';

const WORDS = {
  report: { zh: 'LoanLens 审查报告', en: 'LoanLens report' },
  grade: { zh: '评级', en: 'Grade' },
  necessary: { zh: '必要信息', en: 'Necessary data' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  cites: { zh: '依据', en: 'Law' },
  none: { zh: '未发现问题条款。', en: 'No problem clauses found.' },
  failed: { zh: '无法审查', en: 'Could not audit' },
};

/**
 * Escapes text from the audited document so it renders literally. Everything that can open
 * emphasis, code, a link or image, inline HTML, an entity, a table cell or strikethrough is
 * backslash-escaped wherever it stands; what only counts at the start of a line (headings, lists,
 * block quotes, setext underlines) is escaped there. Control characters are replaced and line
 * breaks, which would end a heading or table row, become spaces.
 */
export function escapeMarkdown(text: string): string {
  return terminalSafe(text)
    .replace(/\n/g, ' ')
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^(\s*)([#>+=-]|\d{1,9}(?=[.)]))/, (_m, space: string, lead: string) =>
      /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
    );
}

/** A blockquote of the clause, one "> " per line, blank lines kept inside the quote. */
function blockquote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((l) => {
      const line = escapeMarkdown(l.trim());
      return line === '' ? '>' : `> ${line}`;
    })
    .join('\n');
}

export function markdownWriter(options: FormatOptions): ReportWriter {
  let head: Lang | undefined;
  // The heading is in the report's language: the one asked for, else the first document's.
  const opening = (lang: Lang): string => {
    head = lang;
    return [`# ${WORDS.report[lang]}`, '', `loanlens ${options.tool.version} · rules ${options.tool.ruleset} (${options.tool.rules})`, ''].join('\n');
  };
  return {
    document(d) {
      const start = head === undefined ? opening(options.lang ?? (isFailed(d) ? 'en' : d.report.language)) : '';
      const out = ['', `## ${escapeMarkdown(d.source)}`, ''];
      if (isFailed(d)) out.push(`**${WORDS.failed[head!]}:** ${escapeMarkdown(d.error.message)}`);
      else out.push(...documentMarkdown(d, messageLang(d, options)));
      return start + out.join('\n') + '\n';
    },
    end() {
      return head === undefined ? opening(options.lang ?? 'en') : '';
    },
  };
}

function documentMarkdown(d: AuditedDocument, lang: Lang): string[] {
  const r = d.report;
  const out: string[] = [];
  if (d.title !== undefined) out.push(`*${escapeMarkdown(d.title)}*`, '');
  out.push(`**${WORDS.grade[lang]} ${r.grade === 'none' ? '—' : r.grade}** — ${escapeMarkdown(r.gradeReason[lang])}`, '');
  out.push(`| ${SEVERITIES.map((s) => SEVERITY_LABEL[s][lang]).join(' | ')} |`);
  out.push(`|${SEVERITIES.map(() => '---:').join('|')}|`);
  out.push(`| ${SEVERITIES.map((s) => r.counts[s]).join(' | ')} |`, '');
  out.push(`**${WORDS.necessary[lang]}:** ${escapeMarkdown(r.necessary.summary[lang])}`);
  if (r.findings.length === 0) {
    out.push('', WORDS.none[lang]);
    return out;
  }
  for (const severity of SEVERITIES) {
    const group = r.findings.map((f, i) => ({ f, line: d.lines[i]! })).filter(({ f }) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `### ${SEVERITY_LABEL[severity][lang]} (${group.length})`);
    for (const { f, line } of group) {
      out.push('', `#### ${escapeMarkdown(f.title[lang])}`, '');
      out.push(`\`${f.rule}\` · \`${f.category}\` · ${WORDS.line[lang].replace('{n}', String(line))}`, '');
      out.push(blockquote(f.quote), '');
      out.push(escapeMarkdown(f.message[lang]));
      if (f.citations.length > 0) {
        out.push('', `*${WORDS.cites[lang]}:* ${f.citations.map((c) => escapeMarkdown(citationLabel(c, lang))).join(lang === 'zh' ? '；' : '; ')}`);
      }
    }
  }
  if (r.omittedFindings > 0) out.push('', `**${OMITTED[lang](r.omittedFindings, MAX_FINDINGS)}**`);
  return out;
}
