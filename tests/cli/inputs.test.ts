import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/engine';
import { MAX_INPUT_BYTES } from '../../src/cli/limits';
import { ADDRESS_BOOK, CLEAN, encodeGbk, run, tempDir } from './helpers';

interface Doc {
  source: string;
  error?: string;
  reason?: string;
  findings?: { rule: string; start: number; end: number; quote: string }[];
}

const documents = (stdout: string): Doc[] => JSON.parse(stdout).documents;

describe('directories', () => {
  it('audits the text, HTML and Markdown files inside, recursively, and reports one bad file without stopping', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a.txt'), ADDRESS_BOOK);
    writeFileSync(join(dir, 'b.bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    writeFileSync(join(dir, 'sub', 'c.html'), `<p>${CLEAN}</p>`);
    writeFileSync(join(dir, 'sub', 'd.md'), `# 条款\n\n${ADDRESS_BOOK}`);
    writeFileSync(join(dir, 'sub', 'e.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, '.hidden', 'f.txt'), ADDRESS_BOOK);

    const { code, stdout, stderr } = await run(['audit', '--format', 'json', dir]);
    expect(code).toBe(2);
    const docs = documents(stdout);
    expect(docs.map((d) => d.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.bin.txt'), join(dir, 'sub', 'c.html'), join(dir, 'sub', 'd.md')]);
    expect(docs[1]).toMatchObject({ reason: 'binary' });
    expect(stderr).toBe(`loanlens: ${join(dir, 'b.bin.txt')}: ${docs[1]!.error}\n`);
    expect(stderr).toContain('binary');
    expect(docs[0]!.findings!.length).toBeGreaterThan(0);
    expect(docs[3]!.findings!.length).toBeGreaterThan(0);
  });

  it('reports a directory with nothing to audit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'image.png'), 'not audited');
    const { code, stderr } = await run(['audit', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(dir);
    expect(stderr).toContain('no .txt');
  });
});

describe('standard input', () => {
  it('audits text read from -', async () => {
    const { code, stdout } = await run(['audit', '--format', 'json', '-'], { stdin: ADDRESS_BOOK });
    expect(code).toBe(0);
    const [doc] = documents(stdout);
    expect(doc!.source).toBe('-');
    expect(doc!.findings!.map((f) => f.rule)).toContain('contacts-read-address-book');
  });

  it('recognises HTML on standard input', async () => {
    const html = `<!doctype html><title>t</title><script>var s = "${ADDRESS_BOOK}";</script><p>${CLEAN}</p>`;
    const { stdout } = await run(['audit', '--emit-text', '-'], { stdin: html });
    expect(stdout).toBe(CLEAN);
  });
});

describe('refused inputs', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['whitespace only', ' \n\t\n', 'empty'],
    ['NUL bytes', new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02]), 'binary'],
    ['invalid bytes', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 0xff : 0xc3))), 'binary'],
  ])('%s', async (_name, content, reason) => {
    const path = join(tempDir(), 'input.txt');
    writeFileSync(path, content);
    const { code, stdout, stderr } = await run(['audit', '--format', 'json', path]);
    expect(code).toBe(2);
    expect(documents(stdout)[0]).toMatchObject({ source: path, reason });
    expect(stderr).toMatch(new RegExp(`^loanlens: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\n$`));
  });

  it('refuses a file over the byte limit without reading it', async () => {
    const path = join(tempDir(), 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1);
    closeSync(fd);
    const { code, stderr } = await run(['audit', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(path);
    expect(stderr).toContain('too large');
  });

  it('refuses text over the engine character limit', async () => {
    const path = join(tempDir(), 'long.txt');
    writeFileSync(path, 'a'.repeat(MAX_INPUT_CHARS + 1));
    const { code, stderr } = await run(['audit', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('too large');
  });

  it('refuses oversized standard input', async () => {
    const { code, stderr } = await run(['audit', '-'], { stdin: new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61) });
    expect(code).toBe(2);
    expect(stderr).toContain('loanlens: -: too large');
  });

  it('names a missing file', async () => {
    const path = join(tempDir(), 'absent.txt');
    const { code, stderr } = await run(['audit', path]);
    expect(code).toBe(2);
    expect(stderr).toBe(`loanlens: ${path}: not found\n`);
  });
});

describe('encodings', () => {
  it('reads undeclared GB18030/GBK text files', async () => {
    const path = join(tempDir(), 'gbk.txt');
    writeFileSync(path, encodeGbk(ADDRESS_BOOK));
    const [doc] = documents((await run(['audit', '--format', 'json', path])).stdout);
    expect(doc).toMatchObject({ encoding: 'gb18030' });
    expect(doc!.findings!.map((f) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it('honours the charset an HTML file declares', async () => {
    const path = join(tempDir(), 'page.htm');
    writeFileSync(path, encodeGbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>${ADDRESS_BOOK}</p></body></html>`));
    const [doc] = documents((await run(['audit', '--format', 'json', path])).stdout);
    expect(doc).toMatchObject({ encoding: 'gbk' });
    expect(doc!.findings!.map((f) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const path = join(tempDir(), 'bom.txt');
    writeFileSync(path, `\ufeff${CLEAN}`);
    expect((await run(['audit', '--emit-text', path])).stdout).toBe(CLEAN);
  });
});

describe('--emit-text over several inputs', () => {
  const setup = (): { a: string; b: string; missing: string } => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, CLEAN);
    writeFileSync(b, ADDRESS_BOOK);
    return { a, b, missing: join(dir, 'missing.txt') };
  };

  it('frames each text with its name when there is more than one input, even if one fails', async () => {
    const { a, b, missing } = setup();
    const both = await run(['audit', '--emit-text', a, missing, b]);
    expect(both.stdout).toBe(`==> ${a} <==\n${CLEAN}\n\n==> ${b} <==\n${ADDRESS_BOOK}\n`);
    expect(both.code).toBe(2);
    const failedFirst = await run(['audit', '--emit-text', missing, a]);
    expect(failedFirst.stdout).toBe(`==> ${a} <==\n${CLEAN}\n`);
    expect((await run(['audit', '--emit-text', a])).stdout).toBe(CLEAN);
  });

  it('prints the same JSON as the whole list stringified at once', async () => {
    const { a, b, missing } = setup();
    const out = (await run(['audit', '--emit-text', '--format', 'json', a, missing, b])).stdout;
    const documents = [
      { source: a, encoding: 'utf-8', text: CLEAN },
      { source: missing, error: expect.any(String), reason: 'not-found' },
      { source: b, encoding: 'utf-8', text: ADDRESS_BOOK },
    ];
    const parsed = JSON.parse(out);
    expect(parsed).toEqual({ documents });
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});
