import type { Bilingual, Citation, Lang, Report, Severity } from '../../engine';
import type { InputError } from '../errors';

export interface ToolInfo {
  name: 'loanlens';
  version: string;
  rules: number;
  ruleset: string;
  node: string;
}

export interface AuditedDocument {
  source: string;
  title: string | undefined;
  encoding: string;
  report: Report;
  /** 1-based line of each finding's start, parallel to report.findings. */
  lines: number[];
}

export interface FailedDocument {
  source: string;
  error: InputError;
}

export type DocumentResult = AuditedDocument | FailedDocument;

export const isFailed = (d: DocumentResult): d is FailedDocument => 'error' in d;

export interface FormatOptions {
  tool: ToolInfo;
  /** Message language; undefined means each document's own language. */
  lang: Lang | undefined;
  color: boolean;
}

export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  critical: { zh: '严重', en: 'Critical' },
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
  info: { zh: '提示', en: 'Info' },
};

export const messageLang = (doc: AuditedDocument, options: FormatOptions): Lang => options.lang ?? doc.report.language;

/** "《Law》Article" in Chinese, "Law, Article" in English; title-only citations name just the instrument. */
export function citationLabel(c: Citation, lang: Lang): string {
  const article = c.verified === 'title' ? '' : c.article;
  if (lang === 'zh') return `《${c.law.zh}》${article}`;
  return article === '' ? c.law.en : `${c.law.en}, ${article}`;
}

/** Offsets of line starts, for turning finding offsets into line numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Quoted clauses and titles come from web pages and untrusted files: control characters (terminal
 * escape sequences) and bidirectional overrides could rewrite what the reader sees, so they are
 * replaced before anything reaches the terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
