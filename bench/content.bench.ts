/**
 * What the content script costs on pages that are not loan pages: the cheap check runs on every page
 * the user opens, so it must not grow with the page. Builds large ordinary pages in happy-dom (a
 * slower DOM than a browser's, so the figures are an upper bound) and times the check, median of
 * many runs after warm-up. Goal: < 1 ms on a 5,000-paragraph page. For scale it also times a full
 * extraction of the same page (what a loan page costs; happy-dom's childNodes access is far slower
 * than a browser's and grows with the number of siblings, so that column overstates real browsers),
 * and prints the built content-script size.
 *
 * Runs under `npm run bench` or standalone: `npx tsx bench/content.bench.ts`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { extractText } from '../src/extension/extract';
import { looksLikeLoanPage, pageSample } from '../src/extension/loan-check';
import { median, table } from './engine.bench';

const GOAL_MS = 1;
const WARMUP = 20;
const RUNS = 200;
const root = join(import.meta.dirname, '..');

const WORDS = 'the council said on tuesday that new bus routes would open next month while residents asked for more bike lanes and quieter streets near schools'.split(' ');

/** An ordinary article page: headings, paragraphs with inline links, a footer with the usual links. */
function ordinaryPage(paragraphs: number): Window {
  const win = new Window({ url: 'https://news.example.com/2026/11/city-transport' });
  const doc = win.document;
  doc.head.innerHTML = '<meta charset="utf-8"><title>City transport plans</title>';
  const parts: string[] = ['<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main>'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) parts.push(`<h2>Section ${i / 50 + 1}</h2>`);
    const words = Array.from({ length: 40 }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ');
    parts.push(`<p>${words} <a href="/story/${i}">more</a>.</p>`);
  }
  parts.push('</main><footer><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/jobs">Jobs</a></footer>');
  doc.body.innerHTML = parts.join('');
  return win;
}

function time(fn: () => unknown, runs: number): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function bundleSizes(): string[][] {
  const rows: string[][] = [];
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = join(root, 'dist', target, 'content-scripts');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const path = join(dir, f);
      rows.push([`${target}/content-scripts/${f}`, (statSync(path).size / 1024).toFixed(1), (gzipSync(readFileSync(path)).length / 1024).toFixed(1)]);
    }
  }
  return rows;
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  let goalMedian = Number.NaN;
  for (const paragraphs of [500, 5000, 10000]) {
    const win = ordinaryPage(paragraphs);
    const doc = win.document as unknown as Document;
    const url = win.location.href;
    if (looksLikeLoanPage(pageSample(doc, url))) throw new Error('the benchmark page must not look like a loan page');
    const check = median(time(() => looksLikeLoanPage(pageSample(doc, url)), RUNS));
    const extract = median(time(() => extractText(doc.body), paragraphs >= 5000 ? 5 : 20));
    if (paragraphs === 5000) goalMedian = check;
    rows.push([paragraphs.toLocaleString('en'), (doc.body.textContent ?? '').length.toLocaleString('en'), check.toFixed(3), extract.toFixed(1)]);
    await win.happyDOM.close();
  }
  console.log('content script on ordinary pages (happy-dom)');
  console.log(table(['paragraphs', 'text chars', 'cheap check median ms', 'full extraction median ms'], rows));
  console.log(`goal: cheap check on 5,000 paragraphs < ${GOAL_MS} ms median → ${goalMedian.toFixed(3)} ms ${goalMedian < GOAL_MS ? 'MET' : 'MISSED'}`);

  const sizes = bundleSizes();
  if (sizes.length === 0) console.log('content-script bundle: not built (run `npm run build` first)');
  else console.log(`\n${table(['built content script', 'KiB', 'gzip KiB'], sizes)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
