/**
 * Before the end-to-end run: the browsers must be Debian's (the test libraries may not download
 * their own), and the extension under test must be built from the sources as they are now. A build
 * older than any source file is rebuilt, so a run never tests yesterday's extension.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM_BIN, FIREFOX_BIN, FIREFOX_BUILD, REPO_ROOT } from '../support/paths';

/** What the extension is built from; src/generated is left out because it is rebuilt from rules/. */
const SOURCES = ['entrypoints', 'src', 'rules', 'public', 'wxt.config.ts', 'package.json'];
const GENERATED = join(REPO_ROOT, 'src', 'generated');

function newestMtime(path: string): number {
  if (!existsSync(path) || path === GENERATED) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

function builtAt(dir: string): number {
  const manifest = join(dir, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : -1;
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
}

export default function setup(): void {
  for (const bin of [CHROMIUM_BIN, FIREFOX_BIN]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: install it with apt-get install -y chromium firefox-esr`);
  }
  const sources = Math.max(...SOURCES.map((p) => newestMtime(join(REPO_ROOT, p))));
  const stale = [
    { dir: CHROME_BUILD, args: ['build'] },
    { dir: FIREFOX_BUILD, args: ['build', '-b', 'firefox'] },
  ].filter((t) => builtAt(t.dir) < sources);
  if (stale.length === 0) return;
  run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'build-rules.ts')]);
  for (const t of stale) run(join(REPO_ROOT, 'node_modules', '.bin', 'wxt'), t.args);
}
