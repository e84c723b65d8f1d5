import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { ADDRESS_BOOK, CLEAN, run, tempDir } from './helpers';

function fileWith(text: string): string {
  const path = join(tempDir(), 'doc.txt');
  writeFileSync(path, text);
  return path;
}

describe('exit codes', () => {
  it('is 0 when the audit finishes, findings or not, without --fail-on', async () => {
    expect((await run(['audit', fileWith(ADDRESS_BOOK)])).code).toBe(0);
    expect((await run(['audit', fileWith(CLEAN)])).code).toBe(0);
  });

  it('is 1 when a finding is at or above --fail-on', async () => {
    const bad = fileWith(ADDRESS_BOOK);
    expect((await run(['audit', '--fail-on', 'critical', bad])).code).toBe(1);
    expect((await run(['audit', '--fail-on', 'info', bad])).code).toBe(1);
    expect((await run(['audit', '--fail-on', 'critical', fileWith(CLEAN)])).code).toBe(0);
  });

  it('is 2 for an input error even when --fail-on would give 1, and the rest is still reported', async () => {
    const bad = fileWith(ADDRESS_BOOK);
    const missing = join(tempDir(), 'nope.txt');
    const { code, stdout, stderr } = await run(['audit', '--fail-on', 'critical', missing, bad]);
    expect(code).toBe(2);
    expect(stderr).toContain(`loanlens: ${missing}: not found`);
    expect(stdout).toContain(ADDRESS_BOOK);
  });

  it.each([
    [[], 'missing command'],
    [['audit'], 'nothing to audit'],
    [['scan', 'x'], 'unknown command'],
    [['audit', '--format', 'xml', 'x'], '--format must be one of'],
    [['audit', '--fail-on', 'severe', 'x'], '--fail-on must be one of'],
    [['audit', '--lang', 'fr', 'x'], '--lang must be one of'],
    [['audit', '--timeout', '-1', 'x'], '--timeout'],
    [['audit', '--bogus', 'x'], "Unknown option '--bogus'"],
    [['audit', '-', '-'], 'only be read once'],
  ])('is 2 for the usage error in %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('--help');
  });

  it('prints help with the exit status rules', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('loanlens audit');
    expect(stdout).toContain('Exit status');
    expect(stdout).toContain('--fail-on');
  });

  it('prints the version and the rule pack', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toContain(`loanlens ${pkg.version}`);
    expect(stdout).toMatch(/\d+ rules/);
  });
});
