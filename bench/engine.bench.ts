/**
 * In-process audit speed on realistic text: the corpus agreements (read at run time from
 * ../shared/corpus/raw or $LOANLENS_CORPUS, never copied here) repeated up to each size, falling
 * back to samples/ when the corpus is absent. Reports median and p95 after warm-up, throughput, heap,
 * and milliseconds per MB per size, which should stay flat if the cost is linear.
 * Goal: a 100,000-character agreement audits in under 10 ms (median).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { audit, MAX_FINDINGS, type AuditOptions } from '../src/engine';

/** In Node the document hash comes from node:crypto, as in the CLI; the extension uses the engine's own. */
const NODE_HASH: AuditOptions = { sha256: (t) => createHash('sha256').update(t, 'utf8').digest('hex') };

const root = join(import.meta.dirname, '..');
const GOAL_100K_MS = 10;

/** The texts repeated to build benchmark documents, and where they came from. */
export function sourceTexts(): { texts: string[]; origin: string } {
  const corpus = join(process.env.LOANLENS_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'raw');
  if (existsSync(corpus)) {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    // Each corpus file starts with a metadata header that ends at the first "---" line.
    const texts = files.map((f) => {
      const raw = readFileSync(join(corpus, f), 'utf8');
      const m = /^---[ \t]*$/m.exec(raw);
      return m ? raw.slice(m.index + m[0].length).trim() : raw.trim();
    });
    if (texts.length > 0) return { texts, origin: `${files.length} corpus agreements (${corpus})` };
  }
  const samples = join(root, 'samples');
  const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
  return { texts: files.map((f) => readFileSync(join(samples, f), 'utf8')), origin: `${files.length} samples (corpus not found)` };
}

/** A document of exactly `chars` characters made of whole agreements one after another. */
export function agreementText(chars: number, texts = sourceTexts().texts): string {
  const unit = texts.join('\n\n') + '\n\n';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

interface SizeResult {
  chars: number;
  mb: number;
  runs: number;
  median: number;
  p95: number;
  heapMb: number;
  findings: number;
}

function measure(chars: number, texts: string[], options: AuditOptions = NODE_HASH): SizeResult {
  const text = agreementText(chars, texts);
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  // Enough runs for a stable median without spending minutes on the 10M document.
  const runs = chars <= 100_000 ? 50 : chars <= 2_000_000 ? 9 : 5;
  // A long-lived process (the extension's background, a server) audits with optimised code.
  const warmup = chars <= 100_000 ? 100 : 1;
  for (let i = 0; i < warmup; i++) audit(text, options);
  // Timed runs back to back, as a busy auditor runs; a forced collection before each would make every
  // run start on an empty young generation and pay for growing it again.
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = audit(text, options).findings.length;
    times.push(performance.now() - t0);
  }
  // Heap growth during one audit (live report plus not yet collected garbage): an upper bound of its working set.
  gc();
  const before = process.memoryUsage().heapUsed;
  const report = audit(text, options);
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  findings = report.findings.length;
  return { chars, mb, runs, median: median(times), p95: quantile(times, 0.95), heapMb, findings };
}

export async function run(): Promise<void> {
  const { texts, origin } = sourceTexts();
  console.log(`engine: audit() in-process on text built from ${origin}; node ${process.version}`);
  const sizes = [100_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000];
  const results = sizes.map((s) => measure(s, texts));
  console.log(
    table(
      ['size (chars)', 'UTF-8 MB', 'runs', 'median ms', 'p95 ms', 'MB/s', 'ms per MB', 'heap Δ MB', 'findings'],
      results.map((r) => [
        r.chars.toLocaleString('en'),
        r.mb.toFixed(2),
        r.runs,
        r.median.toFixed(1),
        r.p95.toFixed(1),
        (r.mb / (r.median / 1000)).toFixed(1),
        (r.median / r.mb).toFixed(1),
        r.heapMb.toFixed(0),
        r.findings,
      ]),
    ),
  );
  if (results.some((r) => r.findings >= MAX_FINDINGS)) {
    console.log(`(a document lists at most ${MAX_FINDINGS.toLocaleString('en')} findings; the rest are counted, not listed)`);
  }
  const small = results[0]!;
  console.log(`goal: 100k chars < ${GOAL_100K_MS} ms median → ${small.median.toFixed(2)} ms ${small.median < GOAL_100K_MS ? 'MET' : 'MISSED'}`);
  const portable = measure(100_000, texts, {});
  console.log(`100k chars with the engine's portable JS SHA-256 (as in the extension): ${portable.median.toFixed(2)} ms median`);
  const perMb = results.slice(1).map((r) => r.median / r.mb);
  const spread = Math.max(...perMb) / Math.min(...perMb);
  console.log(`linearity: ms per MB from 1M to 10M varies by ${spread.toFixed(2)}× (1.00× = perfectly linear)`);
}
