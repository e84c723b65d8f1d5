/**
 * The fixture loan sites, served on 127.0.0.1 at a random port, plus a "sink" proxy that the browsers
 * send every non-loopback request to. The sink answers nothing useful: it only records, so a request
 * that would leave the machine shows up in the test instead of timing out on the closed network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const SITE_ROOT = join(import.meta.dirname, '..', 'fixtures', 'site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface ServedRequest {
  method: string;
  path: string;
}

export interface FixtureServer {
  origin: string;
  /** Every request the site received, in order. */
  log: ServedRequest[];
  url(path: string): string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Maps a URL path onto a file under the site root, refusing anything that climbs out of it. */
function fileFor(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(SITE_ROOT, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return file.startsWith(SITE_ROOT + sep) ? file : null;
}

async function serveFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = fileFor(path);
  const type = file === null ? undefined : TYPES[extname(file)];
  if (req.method !== 'GET' || file === null || type === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const body = await readFile(file);
    // No caching, so a reload or a second fetch of a linked agreement always reaches the log.
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const log: ServedRequest[] = [];
  const server = createServer((req, res) => {
    log.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname });
    void serveFile(req, res);
  });
  const port = await listen(server);
  const origin = `http://127.0.0.1:${port}`;
  return { origin, log, url: (path) => origin + path, close: () => close(server) };
}

export interface NetworkSink {
  port: number;
  /** "METHOD target" of every request that reached the sink, i.e. tried to leave the machine. */
  hits: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that refuses everything and remembers what was asked of it (plain and CONNECT). */
export async function startNetworkSink(): Promise<NetworkSink> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    hits.push(`CONNECT ${req.url ?? ''}`);
    // A CONNECT socket is ours alone, without the server's error handling: a browser that resets it
    // after the refusal (ECONNRESET) would otherwise crash the test run with an uncaught error.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  const port = await listen(server);
  return { port, hits, close: () => close(server) };
}
