import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/limits';
import { ADDRESS_BOOK, encodeGbk, run } from './helpers';

let server: Server;
let base: string;
/** Responses held open by /slow, released when the server stops. */
const hanging = new Set<() => void>();

const gbkPage = (meta: string): Uint8Array =>
  encodeGbk(`<html><head>${meta}<title>借款协议</title></head><body><script>var x = 1;</script><p>${ADDRESS_BOOK}</p></body></html>`);

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/gbk-header':
        res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(gbkPage(''));
        break;
      case '/gbk-meta':
        res.writeHead(200, { 'content-type': 'text/html' }).end(gbkPage('<meta charset="gb2312">'));
        break;
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ADDRESS_BOOK);
        break;
      case '/binary':
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 3]));
        break;
      case '/huge':
        // Declares more than the limit; the client must refuse before reading the body.
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(MAX_INPUT_BYTES + 1) });
        res.write('<p>');
        hanging.add(() => res.destroy());
        break;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>');
        hanging.add(() => res.destroy());
        break;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const release of hanging) release();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const audit = async (path: string, ...extra: string[]) => {
  const r = await run(['audit', '--format', 'json', '--timeout', '2', ...extra, `${base}${path}`]);
  return { ...r, doc: JSON.parse(r.stdout).documents[0] };
};

describe('URLs', () => {
  it('decodes a GBK page declared in the Content-Type header', async () => {
    const { code, doc } = await audit('/gbk-header');
    expect(code).toBe(0);
    expect(doc).toMatchObject({ source: `${base}/gbk-header`, title: '借款协议', encoding: 'gbk' });
    expect(doc.findings.map((f: { quote: string }) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it('decodes a page whose charset is declared only in <meta>', async () => {
    const { doc } = await audit('/gbk-meta');
    expect(doc.encoding).toBe('gbk');
    expect(doc.findings.map((f: { quote: string }) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it('audits plain text responses', async () => {
    const { doc } = await audit('/plain');
    expect(doc.findings.map((f: { quote: string }) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it.each([
    ['/missing', 'not-found', 'HTTP 404'],
    ['/binary', 'binary', 'application/octet-stream'],
    ['/huge', 'too-large', 'too large'],
  ])('refuses %s', async (path, reason, message) => {
    const { code, doc, stderr } = await audit(path);
    expect(code).toBe(2);
    expect(doc).toMatchObject({ source: `${base}${path}`, reason });
    expect(stderr).toContain(`loanlens: ${base}${path}: `);
    expect(stderr).toContain(message);
  });

  it('gives up on a server that stops responding', async () => {
    const r = await run(['audit', '--timeout', '0.3', `${base}/slow`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fetch failed: no complete response within 0.3 s');
  });

  it('reports a refused connection as a failed fetch', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await run(['audit', `http://127.0.0.1:${port}/`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`loanlens: http://127.0.0.1:${port}/: fetch failed`);
  });
});
