// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentController, DEBOUNCE_MS } from '../../src/extension/content-core';
import type { FetchLike } from '../../src/extension/fetch-doc';
import type { DocsMessage, PageMessage, ToBackground } from '../../src/extension/messages';
import { parseToBackground } from '../../src/extension/messages';
import { ABUSIVE_AGREEMENT, FAIR_POLICY, NEWS_PAGE_HTML, setBody } from './fixtures';

const T0 = 1_700_000_000_000;
const controllers: ContentController[] = [];

afterEach(() => {
  for (const c of controllers.splice(0)) c.stop();
  document.body.innerHTML = '';
});

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((l) => `<p>${l}</p>`)
    .join('');
}

function setup(opts: { isTop?: boolean; routes?: Record<string, string>; probeLoan?: boolean } = {}) {
  const messages: ToBackground[] = [];
  const fetched: string[] = [];
  const fetch: FetchLike = async (url) => {
    fetched.push(url);
    const body = opts.routes?.[url];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'content-type': 'text/html' } });
  };
  const c = new ContentController({
    win: window,
    doc: document,
    isTop: opts.isTop ?? true,
    tabUrl: () => location.href,
    send: async (m) => {
      // Everything the content script sends must pass the background's validator.
      expect(parseToBackground(m)).toEqual(m);
      messages.push(m);
      return m.type === 'loanlens/probe' ? { loan: opts.probeLoan ?? false } : { ok: true };
    },
    fetch,
    timeOrigin: T0,
  });
  controllers.push(c);
  const docs = () => messages.filter((m): m is DocsMessage => m.type === 'loanlens/docs').flatMap((m) => m.docs);
  const pages = () => messages.filter((m): m is PageMessage => m.type === 'loanlens/page');
  return { c, messages, fetched, docs, pages };
}

const settle = (ms = DEBOUNCE_MS + 150) => new Promise((r) => setTimeout(r, ms));

describe('content script', () => {
  it('on an ordinary page, only tells the background that it is not a loan page', async () => {
    setBody(NEWS_PAGE_HTML);
    const { c, messages } = setup();
    await c.start();
    expect(messages).toEqual([{ type: 'loanlens/page', url: '', title: '', loan: false, forced: false, timeOrigin: T0 }]);
  });

  it('on a loan page, sends the page text and the linked agreements', async () => {
    setBody(`<h1>极速借款</h1>${paragraphs(ABUSIVE_AGREEMENT)}<label>同意<a href="/privacy.html">《隐私政策》</a></label>`);
    const linkUrl = new URL('/privacy.html', location.href).href;
    const { c, pages, docs, fetched, messages } = setup({ routes: { [linkUrl]: `<html><body>${paragraphs(FAIR_POLICY)}</body></html>` } });
    await c.start();
    expect(pages()[0]).toMatchObject({ loan: true, url: location.href });
    expect(fetched).toEqual([linkUrl]);
    const [page, link] = docs();
    expect(page).toMatchObject({ kind: 'page', url: location.href });
    expect(page!.text).toContain('借款人同意本平台读取并上传其手机通讯录');
    expect(link).toMatchObject({ kind: 'link', url: linkUrl, title: '《隐私政策》' });
    expect(link!.text).toContain('我们不会读取您的通讯录。');
    const last = messages.at(-1) as DocsMessage;
    expect(last.pendingLinks).toBe(0);
  });

  it('re-scans after the page changes, debounced, and does not resend unchanged text', async () => {
    setBody(paragraphs(ABUSIVE_AGREEMENT));
    const { c, docs } = setup();
    await c.start();
    expect(docs()).toHaveLength(1);
    // A change that leaves the text as it was.
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(docs()).toHaveLength(1);
    // A single-page app inserts a new clause in several steps: one report after they stop.
    for (const line of ['第六条 新增条款甲。', '第七条 新增条款乙。']) {
      const p = document.createElement('p');
      p.textContent = line;
      document.body.appendChild(p);
    }
    await settle();
    expect(docs()).toHaveLength(2);
    expect(docs()[1]!.text).toContain('第七条 新增条款乙。');
  });

  it('starts scanning when a single-page app turns into a loan page', async () => {
    setBody('<div id="app">加载中</div>');
    const { c, docs, pages } = setup();
    await c.start();
    expect(pages().map((p) => p.loan)).toEqual([false]);
    document.getElementById('app')!.innerHTML = paragraphs(ABUSIVE_AGREEMENT);
    await settle();
    expect(pages().map((p) => p.loan)).toEqual([false, true]);
    expect(docs()).toHaveLength(1);
  });

  it('scans anyway when asked, regardless of the cheap check', async () => {
    setBody(`<div role="dialog"><p>服务条款</p><p>第一条 用户同意平台读取通讯录。</p></div>`);
    const { c, docs, pages } = setup();
    await c.start();
    expect(docs()).toHaveLength(0);
    await c.handle({ type: 'loanlens/scan', mode: 'force' });
    await settle(50);
    expect(pages().at(-1)).toMatchObject({ loan: true, forced: true });
    expect(docs()[0]!.text).toContain('用户同意平台读取通讯录');
  });

  it('in a sub-frame that only mentions an agreement, asks the background before scanning', async () => {
    setBody('<h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息，以及您享有的权利。</p>');
    const denied = setup({ isTop: false, probeLoan: false });
    await denied.c.start();
    expect(denied.messages.map((m) => m.type)).toEqual(['loanlens/probe']);
    denied.c.stop();

    const allowed = setup({ isTop: false, probeLoan: true });
    await allowed.c.start();
    expect(allowed.messages.map((m) => m.type)).toEqual(['loanlens/probe', 'loanlens/docs']);
    expect(allowed.pages()).toHaveLength(0);
  });

  it('answers ping only in the top frame and highlights only where the clause is', async () => {
    setBody(paragraphs(ABUSIVE_AGREEMENT));
    const top = setup();
    await top.c.start();
    expect(await top.c.handle({ type: 'loanlens/ping' })).toEqual({ loan: true });
    expect(top.c.handle({ type: 'loanlens/highlight', rule: 'r', quote: '不在页面上的句子' })).toBeUndefined();
    expect(await top.c.handle({ type: 'loanlens/highlight', rule: 'r', quote: '第三条 借款人在本协议项下的授权不可撤销。' })).toMatchObject({ found: true });
    expect(document.querySelectorAll('[data-loanlens-highlight]')).toHaveLength(1);
    top.c.handle({ type: 'loanlens/clear-highlights' });
    expect(document.querySelectorAll('[data-loanlens-highlight]')).toHaveLength(0);
    const sub = setup({ isTop: false });
    expect(sub.c.handle({ type: 'loanlens/ping' })).toBeUndefined();
  });
});
