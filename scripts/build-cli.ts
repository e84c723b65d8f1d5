/**
 * Bundles the CLI into one self-contained CommonJS file, dist/cli/loanlens.cjs (package.json "bin").
 * CommonJS rather than ESM because Node 20 loads an ES module about 25 ms more slowly, on every run.
 * Run `npm run rules` first: the engine imports the compiled rule pack from src/generated/.
 * The bundle must not contain browser-side dependencies (compromise, preact…): they would slow
 * every start-up, and the CLI has no use for them. The build fails if any package sneaks in.
 */
import { chmodSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
export const DEFAULT_OUTFILE = join(root, 'dist', 'cli', 'loanlens.cjs');

/**
 * Builds the bundle; returns its size and the files that went into it (repository-relative).
 * `entry` is for the CLI benchmark, which bundles a phase-timing script exactly as the CLI is bundled.
 */
export async function buildCli(outfile = DEFAULT_OUTFILE, entry = join(root, 'src', 'cli', 'main.ts')): Promise<{ bytes: number; inputs: string[] }> {
  if (!existsSync(join(root, 'src', 'generated', 'ruleset.json'))) {
    throw new Error('src/generated/ruleset.json is missing: run `npm run rules` first');
  }
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, p).replaceAll('\\', '/'));
  const packages = inputs.filter((p) => p.includes('node_modules'));
  if (packages.length > 0) throw new Error(`the CLI bundle must not include packages, found: ${packages.join(', ')}`);
  chmodSync(outfile, 0o755);
  return { bytes: statSync(outfile).size, inputs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bytes } = await buildCli();
  console.log(`cli: ${relative(root, DEFAULT_OUTFILE)} (${Math.round(bytes / 1024)} KB)`);
}
