import type { Citation } from '../../engine';
import { isFailed, type DocumentResult, type FormatOptions } from './common';

/**
 * The machine-readable report: one compact object, both languages, offsets into each document's
 * audited text. Findings name their citations by id and each cited law appears once, in the
 * top-level "citations" map: most findings cite the same few articles, and repeating the statute
 * text in every finding made the output of a long agreement several times larger than the agreement.
 */
export function formatJson(results: readonly DocumentResult[], options: FormatOptions): string {
  const citations: Record<string, Citation> = {};
  const documents = results.map((d) => {
    if (isFailed(d)) return { source: d.source, error: d.error.message, reason: d.error.reason };
    const r = d.report;
    return {
      source: d.source,
      ...(d.title === undefined ? {} : { title: d.title }),
      encoding: d.encoding,
      sha256: r.sha256,
      language: r.language,
      chars: r.chars,
      grade: r.grade,
      gradeReason: r.gradeReason,
      agreementFound: r.agreementFound,
      counts: r.counts,
      necessary: r.necessary,
      findings: r.findings.map((f, i) => ({
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
          citations[c.id] ??= c;
          return c.id;
        }),
        ...(f.annualRate === undefined ? {} : { annualRate: f.annualRate }),
      })),
    };
  });
  return `${JSON.stringify({ tool: options.tool, documents, citations })}\n`;
}
