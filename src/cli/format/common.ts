import type { Bilingual, Citation, Lang, Report, Severity } from '../../engine';
import { Buffer } from 'node:buffer';
import type { InputError } from '../errors';
import { groupDigits } from '../limits';
import { lastAtOrBelow } from '../../engine/search';

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

/**
 * A report written document by document, as each is audited: a run over a directory of thousands
 * of agreements holds one document's results at a time, and no single piece of output grows with
 * the number of documents.
 */
export interface ReportWriter<Doc = DocumentResult> {
  /** The output for one document, in input order (the first also carries the report's opening). */
  document(d: Doc): string | Uint8Array;
  /** What closes the report; the whole report when no document came. */
  end(): string | Uint8Array;
}

/** A whole report at once, as UTF-8 (tests and benchmarks; the CLI writes each piece as it comes). */
export function renderReport(writer: ReportWriter, results: readonly DocumentResult[]): Buffer {
  const pieces = [...results.map((d) => writer.document(d)), writer.end()];
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** The line a report adds when a document had more findings than it lists. */
export const OMITTED: Record<Lang, (n: number, max: number) => string> = {
  zh: (n, max) => `另有 ${groupDigits(n)} 条发现未列出（每份文档最多列出 ${groupDigits(max)} 条，上面的计数和评级包括全部发现）。`,
  en: (n, max) => `${groupDigits(n)} more finding${n === 1 ? '' : 's'} not listed (at most ${groupDigits(max)} are listed per document; the counts and grade above include all).`,
};

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
  return lastAtOrBelow(starts, offset) + 1;
}

/**
 * Quoted clauses and titles come from web pages and untrusted files: control characters (terminal
 * escape sequences) and bidirectional overrides could rewrite what the reader sees, so they are
 * replaced before anything reaches the terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
