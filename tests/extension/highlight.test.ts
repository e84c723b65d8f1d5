// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter, findQuote } from '../../src/extension/highlight';
import { setBody } from './fixtures';

const PAGE = `<main><h1>借款协议</h1>
  <p id="p1">第一条 借款人同意平台<b>读取</b>并上传
     其手机通讯录。</p>
  <p id="p2">第二条 其他条款。</p></main>`;

afterEach(() => {
  document.documentElement.querySelectorAll('[data-loanlens-highlight]').forEach((e) => e.remove());
  document.body.innerHTML = '';
});

const hosts = () => document.querySelectorAll('[data-loanlens-highlight]');

describe('finding a quote in the page', () => {
  it('matches across elements and reflowed white space', () => {
    setBody(PAGE);
    const range = findQuote(document, '第一条 借款人同意平台读取并上传其手机通讯录。') as Range;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\s+/g, '')).toBe('第一条借款人同意平台读取并上传其手机通讯录。');
  });

  it('finds a clause held in a <textarea>', () => {
    setBody('<textarea>第九条 平台可以联系借款人的同事。</textarea>');
    expect(findQuote(document, '第九条 平台可以联系借款人的同事。')).toBe(document.querySelector('textarea'));
  });

  it('finds a clause inside an open shadow root', () => {
    setBody('<div id="h"></div>');
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>影子里的条款：授权不可撤销。</p>';
    expect(findQuote(document, '影子里的条款：授权不可撤销。')).not.toBeNull();
  });

  it('returns null when the clause is not on the page', () => {
    setBody(PAGE);
    expect(findQuote(document, '第七条 本页没有的条款。')).toBeNull();
  });
});

describe('highlight overlay', () => {
  it('adds exactly one overlay host carrying the rule, without touching the page', () => {
    setBody(PAGE);
    const before = document.body.innerHTML;
    const h = new Highlighter(document, window);
    expect(h.show('contacts-read-address-book', '第一条 借款人同意平台读取并上传其手机通讯录。', 'LoanLens').found).toBe(true);
    h.show('contacts-read-address-book', '第二条 其他条款。', 'LoanLens');
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.getAttribute('data-rule')).toBe('contacts-read-address-book');
    expect(host.parentElement).toBe(document.documentElement);
    expect((host as HTMLElement).style.pointerEvents).toBe('none');
    expect(document.body.innerHTML).toBe(before);
    h.clear();
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('goes away on Esc', () => {
    setBody(PAGE);
    const h = new Highlighter(document, window);
    h.show('r', '第二条 其他条款。', 'LoanLens');
    expect(hosts()).toHaveLength(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hosts()).toHaveLength(0);
  });

  it('draws nothing when the clause is not found', () => {
    setBody(PAGE);
    const h = new Highlighter(document, window);
    expect(h.show('r', '不存在的条款内容', 'LoanLens')).toEqual({ found: false, visible: false });
    expect(hosts()).toHaveLength(0);
  });
});
