/**
 * Turns the command line's PATH|URL|- arguments into documents: bytes are read within the size
 * limit, decoded, and HTML is reduced to its visible text. Each input fails on its own, so one bad
 * file in a directory does not stop the others.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeBytes, DecodeError, sniffHtmlCharset } from '../extract/decode';
import { htmlToText } from '../extract/html';
import { InputError } from './errors';
import { concat, fetchBytes } from './fetch';
import { MAX_INPUT_BYTES, formatBytes } from './limits';

export interface LoadedDocument {
  source: string;
  /** The text the engine audits (for HTML, the extracted visible text). */
  text: string;
  title: string | undefined;
  /** The encoding the bytes were decoded from. */
  encoding: string;
  /**
   * SHA-256 of the text's UTF-8 encoding, when that is exactly the bytes read (plain UTF-8 text,
   * no byte-order mark): hashing them spares encoding a long document again.
   */
  sha256?: string;
}

export type LoadResult = { source: string; document: LoadedDocument } | { source: string; error: InputError };

export interface InputContext {
  stdin: AsyncIterable<Uint8Array | string>;
  timeoutMs: number;
}

/** Extensions audited when walking a directory; explicitly named files are audited whatever their name. */
const AUDITED_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

type Kind = 'html' | 'text' | 'sniff';

const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

export async function* loadInputs(args: readonly string[], ctx: InputContext): AsyncGenerator<LoadResult> {
  for (const arg of args) {
    if (arg === '-') yield await attempt('-', async () => fromBytes('-', await readStream(ctx.stdin), 'sniff'));
    else if (isUrl(arg)) yield await attempt(arg, () => loadUrl(arg, ctx.timeoutMs));
    else yield* loadPath(arg);
  }
}

async function attempt(source: string, load: () => Promise<LoadedDocument>): Promise<LoadResult> {
  try {
    return { source, document: await load() };
  } catch (e) {
    if (e instanceof InputError) return { source, error: e };
    if (e instanceof DecodeError) return { source, error: new InputError(e.message, 'binary') };
    throw e;
  }
}

async function* loadPath(path: string): AsyncGenerator<LoadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { source: path, error: fsError(e) };
    return;
  }
  if (!info.isDirectory()) {
    yield await attempt(path, () => loadFile(path));
    return;
  }
  let found = 0;
  for await (const file of walk(path)) {
    found++;
    yield file.error ? { source: file.path, error: file.error } : await attempt(file.path, () => loadFile(file.path));
  }
  if (found === 0) yield { source: path, error: new InputError('no .txt, .html, .htm or .md files in this directory', 'empty') };
}

interface WalkEntry {
  path: string;
  error?: InputError;
}

/**
 * Audited files under a directory in name order. Hidden entries are skipped, and so are symbolic
 * links to directories, which could loop.
 */
async function* walk(dir: string): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, error: fsError(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path);
      continue;
    }
    if (!AUDITED_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    if (entry.isFile()) {
      yield { path };
    } else if (entry.isSymbolicLink()) {
      try {
        if ((await stat(path)).isFile()) yield { path };
      } catch (e) {
        yield { path, error: fsError(e) };
      }
    }
  }
}

async function loadFile(path: string): Promise<LoadedDocument> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooLarge(info.size);
    // Pipes and devices (`<(cmd)`, /dev/stdin) have no size up front, so they are read with a bound.
    bytes = info.isFile() ? await readFile(path) : await readStream(createReadStream(path));
  } catch (e) {
    throw e instanceof InputError ? e : fsError(e);
  }
  const ext = extname(path).toLowerCase();
  return fromBytes(path, bytes, HTML_EXTENSIONS.has(ext) ? 'html' : AUDITED_EXTENSIONS.has(ext) ? 'text' : 'sniff');
}

async function loadUrl(url: string, timeoutMs: number): Promise<LoadedDocument> {
  const fetched = await fetchBytes(url, timeoutMs);
  const type = fetched.contentType.toLowerCase();
  if (type !== '' && !type.startsWith('text/') && !type.includes('html') && !type.includes('xml')) {
    throw new InputError(`not a web page or text (content type ${fetched.contentType})`, 'binary');
  }
  const kind: Kind = type.includes('html') ? 'html' : type.startsWith('text/plain') ? 'text' : 'sniff';
  return fromBytes(url, fetched.bytes, kind, fetched.charset);
}

function fromBytes(source: string, bytes: Uint8Array, kind: Kind, charset?: string): LoadedDocument {
  if (bytes.byteLength === 0) throw new InputError('empty input', 'empty');
  const html = kind === 'html' || (kind === 'sniff' && looksLikeHtml(bytes));
  const { text, encoding, exactUtf8 } = decodeBytes(bytes, charset ?? (html ? sniffHtmlCharset(bytes) : undefined));
  if (!html) return { source, text, title: undefined, encoding, ...(exactUtf8 ? { sha256: createHash('sha256').update(bytes).digest('hex') } : {}) };
  const extracted = htmlToText(text);
  return { source, text: extracted.text, title: extracted.title, encoding };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return ['<!doctype html', '<html', '<head', '<body', '<meta', '<!--'].some((p) => head.startsWith(p));
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > MAX_INPUT_BYTES) throw new InputError(`too large: more than ${formatBytes(MAX_INPUT_BYTES)}`, 'too-large');
    chunks.push(bytes);
  }
  return concat(chunks, total);
}

function tooLarge(size: number): InputError {
  return new InputError(`too large: ${formatBytes(size)} (limit ${formatBytes(MAX_INPUT_BYTES)})`, 'too-large');
}

function fsError(e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not found', 'not-found');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable: permission denied', 'unreadable');
  return new InputError(`unreadable: ${code ?? (e instanceof Error ? e.message : String(e))}`, 'unreadable');
}
