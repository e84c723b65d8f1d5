// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fetchAgreement, type FetchLike } from '../../src/extension/fetch-doc';
import { MAX_LINKS, findAgreementLinks, isAgreementLinkText, sameSite, siteOf } from '../../src/extension/links';
import { MAX_DOC_CHARS } from '../../src/extension/messages';
import { setBody } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('agreement link discovery', () => {
  const page = 'https://www.lender.example.cn/apply';

  it('finds 《…》 links and English policy links on the same site', () => {
    setBody(`
      <label>我已阅读并同意<a href="/docs/loan.html">《借款协议》</a>和<a href="https://static.lender.example.cn/privacy">《隐私政策》</a></label>
      <a href="/terms">Terms of Service</a>
      <a href="/news">最新动态</a>`);
    const links = findAgreementLinks(document, page, page);
    expect(links.map((l) => l.url)).toEqual([
      'https://www.lender.example.cn/docs/loan.html',
      'https://static.lender.example.cn/privacy',
      'https://www.lender.example.cn/terms',
    ]);
    expect(links[0]!.title).toBe('《借款协议》');
  });

  it('skips other sites, the page itself, duplicates and script links', () => {
    setBody(`
      <a href="https://tracker.example.com/agreement">《借款协议》</a>
      <a href="#section-2">《授权书》</a>
      <a href="javascript:void(0)">《个人信息授权书》</a>
      <a href="/a.html">《借款合同》</a><a href="/a.html#top">《借款合同》</a>`);
    expect(findAgreementLinks(document, page, page).map((l) => l.url)).toEqual(['https://www.lender.example.cn/a.html']);
  });

  it('follows at most a bounded number of links', () => {
    setBody(Array.from({ length: 40 }, (_, i) => `<a href="/p${i}">《服务协议${i}》</a>`).join(''));
    expect(findAgreementLinks(document, page, page)).toHaveLength(MAX_LINKS);
  });

  it('recognises agreement link texts', () => {
    for (const t of ['《借款协议》', '《个人信息授权书》', 'Privacy Policy', 'Loan Agreement', '隐私政策']) expect(isAgreementLinkText(t)).toBe(true);
    for (const t of ['首页', 'Contact us', '《红楼梦》', '']) expect(isAgreementLinkText(t)).toBe(false);
  });

  it('compares sites by registrable domain', () => {
    expect(siteOf('a.b.example.com.cn')).toBe('example.com.cn');
    expect(siteOf('static.example.com')).toBe('example.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(sameSite('https://a.example.com/x', 'https://b.example.com/y')).toBe(true);
    expect(sameSite('https://example.com/x', 'https://example.org/y')).toBe(false);
    expect(sameSite('http://127.0.0.1:8080/x', 'http://localhost:8080/y')).toBe(false);
    expect(sameSite('http://example.com/x', 'https://example.com/y')).toBe(false);
  });
});

function fakeFetch(routes: Record<string, { body: string; type?: string; status?: number; finalUrl?: string }>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const f = async (url: string): Promise<Response> => {
    calls.push(url);
    const r = routes[url];
    if (r === undefined) return new Response('not found', { status: 404 });
    const response = new Response(r.body, { status: r.status ?? 200, headers: { 'content-type': r.type ?? 'text/html; charset=utf-8' } });
    Object.defineProperty(response, 'url', { value: r.finalUrl ?? url });
    return response;
  };
  return Object.assign(f, { calls });
}

describe('fetching linked agreements', () => {
  const tab = 'https://www.lender.example.cn/apply';
  const parser = new DOMParser();

  it('returns the text of a same-site HTML document with its link title', async () => {
    const fetch = fakeFetch({ 'https://www.lender.example.cn/loan': { body: '<html><head><title>协议</title><script>var x="脚本"</script></head><body><h1>借款协议</h1><p>第一条 条款内容。</p></body></html>' } });
    const doc = await fetchAgreement({ url: 'https://www.lender.example.cn/loan', title: '《借款协议》' }, tab, fetch, parser);
    expect(doc).not.toBeNull();
    expect(doc!.text).toContain('第一条 条款内容。');
    expect(doc!.text).not.toContain('脚本');
    expect(doc!).toMatchObject({ kind: 'link', url: 'https://www.lender.example.cn/loan', title: '《借款协议》', truncated: false });
  });

  it('accepts plain text', async () => {
    const fetch = fakeFetch({ 'https://www.lender.example.cn/t.txt': { body: '第一条 纯文本条款。', type: 'text/plain' } });
    const doc = await fetchAgreement({ url: 'https://www.lender.example.cn/t.txt', title: 'Terms' }, tab, fetch, parser);
    expect(doc?.text).toBe('第一条 纯文本条款。');
  });

  it('never requests another site', async () => {
    const fetch = fakeFetch({});
    expect(await fetchAgreement({ url: 'https://elsewhere.example.org/loan', title: 'x' }, tab, fetch, parser)).toBeNull();
    expect(fetch.calls).toEqual([]);
  });

  it('drops a response that was redirected off the site, failed, or is not text', async () => {
    const fetch = fakeFetch({
      'https://www.lender.example.cn/r': { body: '<p>x</p>', finalUrl: 'https://elsewhere.example.org/p' },
      'https://www.lender.example.cn/e': { body: 'oops', status: 500 },
      'https://www.lender.example.cn/p.pdf': { body: '%PDF-1.7', type: 'application/pdf' },
    });
    for (const url of ['https://www.lender.example.cn/r', 'https://www.lender.example.cn/e', 'https://www.lender.example.cn/p.pdf']) {
      expect(await fetchAgreement({ url, title: 'x' }, tab, fetch, parser)).toBeNull();
    }
  });

  it('bounds the size of what it keeps', async () => {
    const fetch = fakeFetch({ 'https://www.lender.example.cn/big': { body: '条'.repeat(MAX_DOC_CHARS + 1000), type: 'text/plain' } });
    const doc = await fetchAgreement({ url: 'https://www.lender.example.cn/big', title: 'x' }, tab, fetch, parser);
    expect(doc!.truncated).toBe(true);
    expect(doc!.text.length).toBeLessThanOrEqual(MAX_DOC_CHARS);
  });
});
