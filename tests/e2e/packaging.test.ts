/**
 * Store packaging: `wxt zip` for both browsers (plus the sources zip Mozilla's reviewers rebuild
 * from), and Mozilla's own linter over the Firefox build.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DIST, FIREFOX_BUILD, REPO_ROOT } from './support/paths';

const run = promisify(execFile);
const bin = (name: string): string => join(REPO_ROOT, 'node_modules', '.bin', name);

/**
 * File names in a zip, read from its central directory (the list at the end of the archive), so the
 * check needs no unzip tool. Zip64 archives do not occur at these sizes.
 */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The newest file in dist/ whose name ends with `suffix`, made after `since`. */
function freshZip(suffix: string, since: number): string {
  const found = readdirSync(DIST)
    .filter((n) => n.endsWith(suffix))
    .map((n) => join(DIST, n))
    .filter((p) => statSync(p).mtimeMs >= since);
  expect(found, `a new dist/*${suffix}`).toHaveLength(1);
  return found[0]!;
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('packaging', () => {
  it('wxt zip builds store zips for Chrome and Firefox, and the Firefox sources zip', async () => {
    const since = Date.now() - 1000;
    await run(bin('wxt'), ['zip'], { cwd: REPO_ROOT });
    await run(bin('wxt'), ['zip', '-b', 'firefox'], { cwd: REPO_ROOT });

    for (const browser of ['chrome', 'firefox']) {
      const entries = zipEntries(freshZip(`-${browser}.zip`, since));
      expect(entries).toContain('manifest.json');
      expect(entries).toContain('popup.html');
      expect(entries.some((e) => e.startsWith('content-scripts/'))).toBe(true);
    }
    const sources = zipEntries(freshZip('-sources.zip', since));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts']) expect(sources).toContain(needed);
    expect(sources.some((e) => e.startsWith('rules/'))).toBe(true);
    // Build output and test artefacts are not sources, and screenshots would bloat the upload.
    expect(sources.filter((e) => /^(?:node_modules|dist|\.output|artifacts|test-results)\//.test(e))).toEqual([]);
  });

  it('web-ext lint finds no errors in the Firefox build', async () => {
    // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
    const { stdout } = await run(bin('web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    for (const w of report.warnings) console.log(`web-ext lint warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ''}`);
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });
});
