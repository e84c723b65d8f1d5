/**
 * Speed benchmarks (`npm run bench`). Prints tables; asserts nothing — goals are printed next to
 * the figures so regressions are visible without making tests timing-dependent.
 *
 * Contract for benchmark files: every `bench/*.bench.ts` exports `async function run(): Promise<void>`
 * that prints its own results. Each file runs in its own Node process (started with --expose-gc,
 * so `globalThis.gc` is available), so heap figures and JIT state of one benchmark do not leak
 * into the next. Files run in name order.
 *
 *   npm run bench                 every benchmark
 *   npm run bench -- engine cli   only files whose name contains one of the words
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = import.meta.dirname;

interface BenchModule {
  run?: () => Promise<void>;
}

async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(file).href)) as BenchModule;
  if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
  await mod.run();
}

function runAll(filters: string[]): number {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts file matches ${filters.join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const f of files) {
    // Timings on a busy machine are not comparable with a quiet one; say which this was.
    console.log(`\n=== ${f} === (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`);
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(benchDir, 'run.ts'), '--one', join(benchDir, f)], {
      stdio: 'inherit',
    });
    if (child.status !== 0) {
      console.error(`bench: ${f} failed (exit ${child.status ?? child.signal})`);
      failed++;
    }
  }
  return failed === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--one' && args[1] !== undefined) await runOne(args[1]);
else process.exitCode = runAll(args);
