import { describe, expect, it } from 'vitest';
import { MAX_DOC_CHARS, MAX_DOCS_PER_MESSAGE, contentSender, parseToBackground, parseToContent } from '../../src/extension/messages';

const doc = { kind: 'page', url: 'https://example.cn/a', title: '协议', text: '第一条', truncated: false };
const page = { type: 'loanlens/page', url: 'https://example.cn/a', title: 't', loan: true, forced: false, timeOrigin: 1700000000000.5 };

describe('messages to the background', () => {
  it('accepts well-formed messages', () => {
    expect(parseToBackground(page)).toEqual(page);
    expect(parseToBackground({ type: 'loanlens/page', url: '', title: '', loan: false, forced: false, timeOrigin: 1 })).not.toBeNull();
    const docs = { type: 'loanlens/docs', timeOrigin: 5, docs: [doc, { ...doc, kind: 'link', url: 'about:srcdoc' }], pendingLinks: 2 };
    expect(parseToBackground(docs)).toEqual(docs);
    expect(parseToBackground({ type: 'loanlens/probe' })).toEqual({ type: 'loanlens/probe' });
  });

  it.each([
    ['not an object', 'loanlens/page'],
    ['null', null],
    ['an array', [page]],
    ['an unknown type', { ...page, type: 'loanlens/other' }],
    ['an extra key', { ...page, extra: 1 }],
    ['a loan page without address', { ...page, url: '' }],
    ['a script address', { ...page, url: 'javascript:alert(1)' }],
    ['a non-boolean flag', { ...page, loan: 'yes' }],
    ['a negative time origin', { ...page, timeOrigin: -1 }],
    ['an infinite time origin', { ...page, timeOrigin: Infinity }],
    ['a long title', { ...page, title: 'x'.repeat(1000) }],
    ['docs that are not a list', { type: 'loanlens/docs', timeOrigin: 1, docs: doc, pendingLinks: 0 }],
    ['too many docs', { type: 'loanlens/docs', timeOrigin: 1, docs: Array(MAX_DOCS_PER_MESSAGE + 1).fill(doc), pendingLinks: 0 }],
    ['an oversized text', { type: 'loanlens/docs', timeOrigin: 1, docs: [{ ...doc, text: 'x'.repeat(MAX_DOC_CHARS + 1) }], pendingLinks: 0 }],
    ['a doc of unknown kind', { type: 'loanlens/docs', timeOrigin: 1, docs: [{ ...doc, kind: 'frame' }], pendingLinks: 0 }],
    ['a doc with a non-string text', { type: 'loanlens/docs', timeOrigin: 1, docs: [{ ...doc, text: 42 }], pendingLinks: 0 }],
    ['a fractional pending count', { type: 'loanlens/docs', timeOrigin: 1, docs: [], pendingLinks: 1.5 }],
    ['a huge pending count', { type: 'loanlens/docs', timeOrigin: 1, docs: [], pendingLinks: 1e9 }],
  ])('rejects %s', (_label, message) => {
    expect(parseToBackground(message)).toBeNull();
  });
});

describe('messages to content scripts', () => {
  it('accepts well-formed messages', () => {
    for (const m of [
      { type: 'loanlens/scan', mode: 'force' },
      { type: 'loanlens/scan', mode: 'tab-is-loan' },
      { type: 'loanlens/highlight', rule: 'contacts-read-address-book', quote: '第一条' },
      { type: 'loanlens/clear-highlights' },
      { type: 'loanlens/ping' },
    ]) {
      expect(parseToContent(m)).toEqual(m);
    }
  });

  it.each([
    ['an unknown scan mode', { type: 'loanlens/scan', mode: 'everything' }],
    ['an empty quote', { type: 'loanlens/highlight', rule: 'r', quote: '   ' }],
    ['an empty rule', { type: 'loanlens/highlight', rule: '', quote: 'q' }],
    ['an oversized quote', { type: 'loanlens/highlight', rule: 'r', quote: 'q'.repeat(50_000) }],
    ['a quote that is not text', { type: 'loanlens/highlight', rule: 'r', quote: { toString: (): string => 'q' } }],
    ['an extra key', { type: 'loanlens/ping', reply: true }],
    ['a background message', { type: 'loanlens/probe' }],
  ])('rejects %s', (_label, message) => {
    expect(parseToContent(message)).toBeNull();
  });
});

describe('senders', () => {
  const own = 'loanlens@loanlens.invalid';

  it('accepts this extension’s content scripts', () => {
    expect(contentSender({ id: own, tab: { id: 7 }, frameId: 0 }, own)).toEqual({ tabId: 7, frameId: 0 });
  });

  it('rejects other extensions and senders without a tab or frame', () => {
    expect(contentSender({ id: 'other@example', tab: { id: 7 }, frameId: 0 }, own)).toBeNull();
    expect(contentSender({ tab: { id: 7 }, frameId: 0 }, own)).toBeNull();
    expect(contentSender({ id: own, frameId: 0 }, own)).toBeNull();
    expect(contentSender({ id: own, tab: { id: 7 } }, own)).toBeNull();
    expect(contentSender({ id: own, tab: { id: -1 }, frameId: 0 }, own)).toBeNull();
  });
});
