import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/run';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  tty?: boolean;
  env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process with captured streams. */
export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const utf8 = new TextDecoder();
  const input = options.stdin;
  const stdin = (async function* () {
    if (input !== undefined) yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
  })();
  const code = await main(args, {
    stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : utf8.decode(s, { stream: true })), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

const tempDirs: string[] = [];
// Each test file evaluates this module afresh, so this removes the directories that file made.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory for a test's files, removed after the test file finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'loanlens-cli-'));
  tempDirs.push(dir);
  return dir;
}

/** A clause the seed rule contacts-read-address-book always reports (critical). */
export const ADDRESS_BOOK = '为评估您的信用，您授权我们读取并上传您的手机通讯录。';
/** Text with nothing for any rule to report. */
export const CLEAN = '本协议适用于您通过本应用申请借款的全部过程。借款利息按实际借款天数计算，您可以随时提前还款。';

let gbkTable: Map<string, number[]> | undefined;

/**
 * GBK bytes for a string. Node can decode GBK but not encode it, so the table is built by decoding
 * every two-byte sequence once.
 */
export function encodeGbk(text: string): Uint8Array {
  if (gbkTable === undefined) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (pair === undefined) throw new Error(`no GBK encoding for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
