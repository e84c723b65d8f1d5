// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extension/extract';
import { MAX_DOC_CHARS } from '../../src/extension/messages';
import { setBody } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const body = (): string => extractText(document.body).text;

describe('agreement text extraction', () => {
  it('takes the page body, one block per line', () => {
    setBody('<h1>借款协议</h1><p>第一条 甲方<b>同意</b>乙方的条款。</p><ul><li>甲</li><li>乙</li></ul>');
    expect(body().split('\n')).toEqual(['借款协议', '第一条 甲方同意乙方的条款。', '甲', '乙']);
  });

  it('includes dialogs and drawers, even while they are closed', () => {
    setBody(`<p>申请页</p>
      <div role="dialog" aria-modal="true" style="display:none"><h2>借款协议</h2><p>条款甲：平台可读取通讯录。</p></div>
      <dialog><p>条款乙：授权不可撤销。</p></dialog>
      <aside class="drawer" hidden><p>条款丙：逾期后联系亲友。</p></aside>`);
    const text = body();
    expect(text).toContain('条款甲：平台可读取通讯录。');
    expect(text).toContain('条款乙：授权不可撤销。');
    expect(text).toContain('条款丙：逾期后联系亲友。');
  });

  it('reads open shadow roots along with their light children', () => {
    setBody('<div id="host"><span slot="x">外部说明</span></div>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><p>影子协议：借款人授权读取通话记录。</p><slot name="x"></slot></section>';
    const text = body();
    expect(text).toContain('影子协议：借款人授权读取通话记录。');
    expect(text).toContain('外部说明');
  });

  it('reads the current value of a <textarea> and the text of a <pre>', () => {
    setBody('<textarea id="t">旧文本</textarea><pre>第一条\n  缩进的条款</pre>');
    (document.getElementById('t') as HTMLTextAreaElement).value = '脚本写入的协议正文';
    const text = body();
    expect(text).toContain('脚本写入的协议正文');
    expect(text).not.toContain('旧文本');
    expect(text).toContain('缩进的条款');
  });

  it('leaves out navigation, scripts, styles and form controls', () => {
    setBody(`<nav><a href="/">首页</a><a href="/loans">贷款产品</a></nav>
      <div role="navigation">菜单项</div>
      <script>var secret = "脚本内容";</script><style>.x{content:"样式内容"}</style>
      <select><option>选项内容</option></select><button>提交按钮</button>
      <p>正文条款。</p>`);
    expect(body()).toBe('正文条款。');
  });

  it('leaves out LoanLens’s own highlight overlay', () => {
    setBody('<p>正文条款。</p><div data-loanlens-highlight data-rule="r">覆盖层标签</div>');
    expect(body()).toBe('正文条款。');
  });

  it('survives a very deeply nested tree', () => {
    // happy-dom itself recurses over deep trees, so this one is a minimal stand-in with the fields the walker reads.
    let node: object = { nodeType: 3, nodeValue: '最深处的条款', childNodes: [] };
    for (let i = 0; i < 100_000; i++) {
      node = { nodeType: 1, tagName: 'SPAN', childNodes: [node], shadowRoot: null, getAttribute: () => null, hasAttribute: () => false };
    }
    expect(extractText(node as Node).text).toBe('最深处的条款');
  });

  it('stops at the size limit and says so', () => {
    const p = document.createElement('p');
    p.textContent = '长'.repeat(MAX_DOC_CHARS + 10);
    document.body.appendChild(p);
    const out = extractText(document.body);
    expect(out.truncated).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(MAX_DOC_CHARS);
  });
});
