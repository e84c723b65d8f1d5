import { Buffer } from 'node:buffer';
import type { Citation, Finding } from '../../engine';
import { isFailed, type AuditedDocument, type DocumentResult, type FormatOptions, type ReportWriter } from './common';

/**
 * The machine-readable report: one compact object, both languages, offsets into each document's
 * audited text. Findings name their citations by id and each cited law appears once, in the
 * top-level "citations" map: most findings cite the same few articles, and repeating the statute
 * text in every finding made the output of a long agreement several times larger than the agreement.
 *
 * The pieces, document after document, make exactly `JSON.stringify({ tool, documents, citations })
 * + "\n"` as UTF-8, but they are written as bytes. A finding's title, message and citations are the
 * same for every finding of its rule and make up most of the output, so they are serialised and
 * encoded once per rule and their bytes copied after that; only the quotes and numbers are encoded
 * per finding. Building the whole report as one string and encoding it cost a long agreement's audit
 * more than the rule matching.
 */
export function jsonWriter(options: FormatOptions): ReportWriter {
  const citations: Record<string, Citation> = {};
  /** Per rule: `,"title":…,"message":…,"citations":[…]` as bytes. */
  const ruleTail = new Map<string, Buffer>();
  const opening = `{"tool":${JSON.stringify(options.tool)},"documents":[`;
  let count = 0;
  return {
    document(d) {
      const out = new ByteWriter(sizeBound(d));
      out.text(count++ === 0 ? opening : ',');
      if (isFailed(d)) {
        out.text(JSON.stringify({ source: d.source, error: d.error.message, reason: d.error.reason }));
        return out.finish();
      }
      // Everything before the findings, which come last: the object without them, reopened.
      const head = JSON.stringify(documentHead(d));
      out.text(`${head.slice(0, -1)},"findings":[`);
      d.report.findings.forEach((f, k) => {
        if (k > 0) out.text(',');
        writeFinding(out, f, d.lines[k], ruleTail, citations);
      });
      out.text(']}');
      return out.finish();
    },
    end() {
      return `${count === 0 ? opening : ''}],"citations":${JSON.stringify(citations)}}\n`;
    },
  };
}

function documentHead(d: AuditedDocument): object {
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
    // Only when findings were left out, so ordinary reports keep their shape.
    ...(r.omittedFindings === 0 ? {} : { omittedFindings: r.omittedFindings }),
    necessary: r.necessary,
  };
}

/**
 * One finding, keys in the order the report has always had:
 * rule, category, severity, start, end, line, quote, title, message, citations[, annualRate].
 */
function writeFinding(
  out: ByteWriter,
  f: Finding,
  line: number | undefined,
  ruleTail: Map<string, Buffer>,
  citations: Record<string, Citation>,
): void {
  out.text(
    `{"rule":${JSON.stringify(f.rule)},"category":${JSON.stringify(f.category)},"severity":${JSON.stringify(f.severity)},` +
      `"start":${f.start},"end":${f.end}${line === undefined ? '' : `,"line":${line}`},"quote":${JSON.stringify(f.quote)}`,
  );
  // A rate finding's message has its figure filled in, so it is written out in full.
  if (f.annualRate !== undefined) {
    out.text(`${tail(f, citations)},"annualRate":${JSON.stringify(f.annualRate)}}`);
    return;
  }
  let bytes = ruleTail.get(f.rule);
  if (bytes === undefined) {
    bytes = Buffer.from(tail(f, citations));
    ruleTail.set(f.rule, bytes);
  }
  out.bytes(bytes);
  out.text('}');
}

/** The title, message and citation ids of a finding; notes each citation in the top-level map. */
function tail(f: Finding, citations: Record<string, Citation>): string {
  const ids = f.citations.map((c) => {
    citations[c.id] ??= c;
    return c.id;
  });
  return `,"title":${JSON.stringify(f.title)},"message":${JSON.stringify(f.message)},"citations":${JSON.stringify(ids)}`;
}

/**
 * A generous bound on one document's output, so its buffer is allocated once. Growing it by doubling
 * copied the report several times, and fresh memory is slow to touch (each page faults in): that
 * cost more than writing the report. Untouched pages of an over-large buffer cost nothing.
 */
function sizeBound(d: DocumentResult): number {
  // Generous per-finding room for everything but the quote, whose characters take at most 3 bytes.
  const perFinding = 4096;
  let bound = 1 << 14;
  if (isFailed(d)) return bound + d.source.length * 3 + d.error.message.length * 3;
  bound += d.source.length * 3 + (d.title?.length ?? 0) * 3;
  for (const f of d.report.findings) bound += perFinding + f.quote.length * 3;
  return bound;
}

/** Collects UTF-8 output: text is encoded in batches, ready-made bytes are copied in. */
class ByteWriter {
  private buffer: Buffer;
  private length = 0;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  text(s: string): void {
    this.pending.push(s);
    this.pendingChars += s.length;
    if (this.pendingChars >= 1 << 14) this.flush();
  }

  bytes(b: Uint8Array): void {
    this.flush();
    this.reserve(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }

  finish(): Uint8Array {
    this.flush();
    return this.buffer.subarray(0, this.length);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const s = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    // A UTF-16 code unit never takes more than three UTF-8 bytes.
    this.reserve(s.length * 3);
    this.length += this.buffer.write(s, this.length, 'utf8');
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + bytes) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
