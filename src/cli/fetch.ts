/**
 * Downloads an agreement page with Node's global fetch: bounded in time (one deadline for headers
 * and body) and in size (refused from Content-Length when declared, cut off while streaming when not).
 */
import { InputError } from './errors';
import { MAX_INPUT_BYTES, formatBytes } from './limits';
import { charsetFromContentType } from '../extract/decode';

export interface Fetched {
  bytes: Uint8Array;
  /** The charset the server declared, if any. */
  charset: string | undefined;
  contentType: string;
}

export async function fetchBytes(url: string, timeoutMs: number): Promise<Fetched> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' } });
  } catch (e) {
    throw new InputError(`fetch failed: ${describe(e, timeoutMs)}`, 'fetch-failed');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputError(`fetch failed: HTTP ${response.status} ${response.statusText}`.trimEnd(), response.status === 404 || response.status === 410 ? 'not-found' : 'fetch-failed');
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_INPUT_BYTES) {
    await response.body?.cancel();
    throw new InputError(`too large: ${formatBytes(declared)} (limit ${formatBytes(MAX_INPUT_BYTES)})`, 'too-large');
  }
  const contentType = response.headers.get('content-type') ?? '';
  try {
    return { bytes: await readBounded(response), charset: charsetFromContentType(contentType), contentType };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`fetch failed: ${describe(e, timeoutMs)}`, 'fetch-failed');
  }
}

async function readBounded(response: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_INPUT_BYTES) {
      await reader.cancel();
      throw new InputError(`too large: more than ${formatBytes(MAX_INPUT_BYTES)}`, 'too-large');
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function describe(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no complete response within ${timeoutMs / 1000} s`;
  // undici hides the useful part (ECONNREFUSED, ENOTFOUND…) in the cause.
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : undefined;
  return cause ?? (e instanceof Error ? e.message : String(e));
}
