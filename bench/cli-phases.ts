/**
 * One CLI-like run broken into phases, bundled by cli.bench.ts exactly as the CLI is and run in a
 * fresh process, so the figures are those of a real first run: `node phases.cjs FILE` prints
 * [[phase, ms], ...] as JSON.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { renderReport } from '../src/cli/format/common';
import { jsonWriter } from '../src/cli/format/json';
import { toolInfo } from '../src/cli/run';
import { CLI_V8_FLAGS } from '../src/cli/v8-flags';
import { decodeBytes } from '../src/extract/decode';
import { defaultEngine } from '../src/engine';

setFlagsFromString(CLI_V8_FLAGS);
const file = process.argv[2]!;
const t0 = performance.now();
const bytes = readFileSync(file);
const t1 = performance.now();
const { text } = decodeBytes(bytes);
const t2 = performance.now();
const engine = defaultEngine();
const t3 = performance.now();
// As the CLI does for UTF-8 input: the hash of the bytes read.
const report = engine.audit(text, { sha256: () => createHash('sha256').update(bytes).digest('hex') });
const t4 = performance.now();
const out = renderReport(jsonWriter({ tool: toolInfo(), lang: undefined, color: false }), [
  { source: file, title: undefined, encoding: 'utf-8', report, lines: report.findings.map(() => 1) },
]);
const t5 = performance.now();
console.log(
  JSON.stringify([
    ['read file', t1 - t0],
    ['decode (strict UTF-8)', t2 - t1],
    ['build engine (rule automaton)', t3 - t2],
    ['audit (hash, normalise, segment, scan, clauses)', t4 - t3],
    [`format json as UTF-8 (${(out.length / 1e6).toFixed(1)} MB)`, t5 - t4],
  ]),
);
