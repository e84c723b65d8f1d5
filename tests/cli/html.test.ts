import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDRESS_BOOK, CLEAN, run, tempDir } from './helpers';

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>借款 &amp; 授权协议</title>
<style>.x::before { content: "我们将上传您的通讯录"; }</style>
<script>const note = "</p>我们将上传您的通讯录<p>";</script>
</head><body>
<noscript>您授权我们读取并上传您的手机通讯录。</noscript>
<template><p>您授权我们读取并上传您的手机通讯录。</p></template>
<h1>借款协议</h1>
<p>${CLEAN}</p>
<ul><li>第一项&nbsp;说明</li><li>${ADDRESS_BOOK.replace('通讯录', '<b>通讯录</b>')}</li></ul>
</body></html>`;

describe('HTML files', () => {
  const path = join(tempDir(), 'agreement.html');
  writeFileSync(path, page);

  it('audits only the visible text: script, style, noscript and template are stripped', async () => {
    const text = (await run(['audit', '--emit-text', path])).stdout;
    expect(text).toBe(`借款协议\n\n${CLEAN}\n\n第一项\u00a0说明\n${ADDRESS_BOOK}`);
  });

  it('reports offsets into the extracted text that --emit-text prints', async () => {
    const text = (await run(['audit', '--emit-text', path])).stdout;
    const doc = JSON.parse((await run(['audit', '--format', 'json', path])).stdout).documents[0];
    expect(doc.title).toBe('借款 & 授权协议');
    expect(doc.chars).toBe(text.length);
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(doc.findings.map((f: { quote: string }) => f.quote)).toContain(ADDRESS_BOOK);
  });

  it('emits texts as JSON with --format json', async () => {
    const out = JSON.parse((await run(['audit', '--emit-text', '--format', 'json', path])).stdout);
    expect(out.documents).toEqual([{ source: path, title: '借款 & 授权协议', encoding: 'utf-8', text: (await run(['audit', '--emit-text', path])).stdout }]);
  });

  it('audits the sample page in samples/', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'samples', 'sample-loan-page.html');
    const text = (await run(['audit', '--emit-text', sample])).stdout;
    expect(text).not.toContain('analytics');
    expect(text).not.toContain('font:');
    expect(readFileSync(sample, 'utf8')).toContain('<script>');
    const doc = JSON.parse((await run(['audit', '--format', 'json', sample])).stdout).documents[0];
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toContain('contacts-read-address-book');
  });
});
