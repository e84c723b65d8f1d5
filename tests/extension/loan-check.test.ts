// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeLoanPage, mentionsAgreement, pageSample } from '../../src/extension/loan-check';
import { NEWS_PAGE_HTML, setBody } from './fixtures';

function check(url: string): boolean {
  return looksLikeLoanPage(pageSample(document, url));
}

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('cheap loan-page check', () => {
  it('accepts a sign-up page that links to its loan agreement', () => {
    setBody('<h1>极速借钱</h1><form><label><input type="checkbox"> 我已阅读并同意<a href="/agreement">《借款协议》</a></label></form>');
    expect(check('https://shop.example.cn/apply')).toBe(true);
  });

  it('rejects an ordinary news page', () => {
    setBody(NEWS_PAGE_HTML);
    expect(check('https://news.example.com/2026/weather')).toBe(false);
  });

  it('needs both a lending word and an agreement word', () => {
    setBody('<p>Our bank offers home loans with fixed rates.</p>');
    expect(check('https://bank.example.com/')).toBe(false);
    setBody('<p>Read our privacy policy and terms of service.</p>');
    expect(check('https://shop.example.com/')).toBe(false);
    setBody('<p>Read the loan terms before you borrow.</p>');
    expect(check('https://bank.example.com/')).toBe(true);
  });

  it('counts the address and the title, which often name the product', () => {
    setBody('<p>请阅读以下内容。</p>');
    expect(check('https://example.cn/loan/privacy-policy')).toBe(true);
    document.title = '额度申请 - 用户协议';
    expect(check('https://example.cn/page')).toBe(true);
  });

  it('finds the agreement line at the bottom of a long page', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} about something else entirely.</p>`).join('');
    setBody(`${filler}<div>申请借款即表示同意<a href="/a">《借款协议》</a></div>`);
    expect(check('https://example.cn/')).toBe(true);
  });

  it('ignores text in scripts and styles', () => {
    setBody('<script>var s = "借款协议";</script><style>.loan-agreement{}</style><p>Welcome.</p>');
    expect(check('https://example.com/')).toBe(false);
  });

  it('keeps its sample bounded on a huge page', () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `<p>Paragraph ${i} of an ordinary article with nothing to do with lending.</p>`).join('');
    setBody(filler);
    const sample = pageSample(document, 'https://example.com/');
    expect(sample.length).toBeLessThan(10_000);
    expect(document.body.textContent!.length).toBeGreaterThan(100_000);
  });

  it('lets sub-frames that only mention an agreement ask about their tab', () => {
    setBody('<h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息。</p>');
    const sample = pageSample(document, 'https://example.cn/frame');
    expect(looksLikeLoanPage(sample)).toBe(false);
    expect(mentionsAgreement(sample)).toBe(true);
    setBody(NEWS_PAGE_HTML);
    expect(mentionsAgreement(pageSample(document, 'https://example.com/'))).toBe(false);
  });
});
