import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import pkg from '../../package.json';
import { ADDRESS_BOOK, tempDir } from './helpers';

const exec = promisify(execFile);
const outfile = join(tempDir(), 'loanlens.cjs');

/** Runs the bundle as a child process, feeding stdin; resolves with the exit code instead of throwing. */
function runBundle(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(outfile, args, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin);
  });
}

describe('the bundled CLI', () => {
  let inputs: string[] = [];
  beforeAll(async () => {
    ({ inputs } = await buildCli(outfile));
  }, 30_000);

  it('is one executable CommonJS file with a node shebang', () => {
    expect(readFileSync(outfile, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(outfile).mode & 0o111).not.toBe(0);
  });

  it('contains only the CLI, the engine, the extractor and the compiled rules: no packages, no browser code', () => {
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toMatch(/^(src\/(cli|engine|extract|generated)\/|package\.json$)/);
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/\b(from\s*|require\()["'](compromise|preact|dompurify)/);
  });

  it('prints its version', async () => {
    const { stdout } = await exec(process.execPath, [outfile, '--version']);
    expect(stdout).toContain(`loanlens ${pkg.version}`);
  });

  it('audits standard input and exits 1 with --fail-on', async () => {
    const { code, stdout } = await runBundle(['audit', '--format', 'json', '--fail-on', 'critical', '-'], ADDRESS_BOOK);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout).documents[0];
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toContain('contacts-read-address-book');
  });

  it('exits 2 with a message for a usage error', async () => {
    const { code, stderr } = await runBundle(['audit']);
    expect(code).toBe(2);
    expect(stderr).toContain('loanlens: nothing to audit');
  });
});
