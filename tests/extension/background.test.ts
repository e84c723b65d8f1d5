import { beforeEach, describe, expect, it } from 'vitest';
import { audit } from '../../src/engine';
import { sha256Hex } from '../../src/engine/sha256';
import type { Report } from '../../src/engine/types';
import { BackgroundCore } from '../../src/extension/background-core';
import type { ExtractedDoc, SenderInfo, ToContent } from '../../src/extension/messages';
import { badgeCount, badgeFor } from '../../src/extension/state';
import { readTab, removeAllTabs, tabKey, tabStore, writeTab } from '../../src/extension/store';
import { ABUSIVE_AGREEMENT, FAIR_POLICY, memoryStorage } from './fixtures';

const OWN = 'loanlens@loanlens.invalid';
const TAB = 12;
const T0 = 1_700_000_000_000;

function from(frameId: number, tabId = TAB, id = OWN): SenderInfo {
  return { id, tab: { id: tabId }, frameId };
}

function pageMsg(timeOrigin: number, loan = true, url = 'https://lender.example.cn/apply') {
  return { type: 'loanlens/page', url: loan ? url : '', title: loan ? '借钱' : '', loan, forced: false, timeOrigin };
}

function docsMsg(timeOrigin: number, docs: ExtractedDoc[], pendingLinks = 0) {
  return { type: 'loanlens/docs', timeOrigin, docs, pendingLinks };
}

function pageDoc(text: string, url = 'https://lender.example.cn/apply'): ExtractedDoc {
  return { kind: 'page', url, title: '借钱', text, truncated: false };
}

function serious(r: Report): number {
  return r.counts.critical + r.counts.high;
}

describe('background', () => {
  let storage: ReturnType<typeof memoryStorage>;
  let badges: Map<number, { text: string; color: string }>;
  let sent: { tabId: number; message: ToContent }[];
  let audits: number;
  let core: BackgroundCore;

  beforeEach(() => {
    storage = memoryStorage();
    badges = new Map();
    sent = [];
    audits = 0;
    core = new BackgroundCore({
      store: tabStore(storage),
      ownId: OWN,
      audit: (text) => {
        audits++;
        return audit(text);
      },
      sha256: sha256Hex,
      setBadge: async (tabId, text, color) => {
        badges.set(tabId, { text, color });
      },
      sendToTab: async (tabId, message) => {
        sent.push({ tabId, message });
      },
      now: () => 0,
    });
  });

  const state = () => readTab(tabStore(storage), TAB);

  it('audits a loan page, stores the result in session storage and sets the badge', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)]), from(0));
    const s = (await state())!;
    expect(storage.session!.data.has(tabKey(TAB))).toBe(true);
    expect(storage.local.data.size).toBe(0);
    expect(s.docs).toHaveLength(1);
    const report = s.docs[0]!.report!;
    expect(report.sha256).toBe(sha256Hex(ABUSIVE_AGREEMENT));
    expect(serious(report)).toBeGreaterThan(0);
    expect(badges.get(TAB)!.text).toBe(String(serious(report)));
    expect(sent).toEqual([{ tabId: TAB, message: { type: 'loanlens/scan', mode: 'tab-is-loan' } }]);
  });

  it('adds up critical and high findings over all documents of the tab', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    const link: ExtractedDoc = { kind: 'link', url: 'https://lender.example.cn/privacy', title: '《隐私政策》', text: `${FAIR_POLICY}\n我们会收集您的通话记录。`, truncated: false };
    await core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)], 1), from(0));
    await core.handleMessage(docsMsg(T0, [link], 0), from(0));
    const s = (await state())!;
    const expected = s.docs.reduce((n, d) => n + serious(d.report!), 0);
    expect(s.docs).toHaveLength(2);
    expect(badgeCount(s)).toBe(expected);
    expect(badges.get(TAB)!.text).toBe(String(expected));
  });

  it('shows no badge for an ordinary page or a clean agreement', async () => {
    await core.handleMessage(pageMsg(T0, false), from(0));
    expect(badges.get(TAB)!.text).toBe('');
    await core.handleMessage(pageMsg(T0 + 1), from(0));
    await core.handleMessage(docsMsg(T0 + 1, [pageDoc(FAIR_POLICY)]), from(0));
    expect(badges.get(TAB)!.text).toBe('');
  });

  it('does not re-audit a text it has already audited', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)]), from(0));
    await core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)]), from(0));
    expect(audits).toBe(1);
    await core.handleMessage(docsMsg(T0, [pageDoc(`${ABUSIVE_AGREEMENT}\n第六条 补充条款。`)]), from(0));
    expect(audits).toBe(2);
    expect((await state())!.docs).toHaveLength(1);
  });

  it('forgets the previous page when the tab loads a new one, but keeps frames of the new page', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)]), from(0));
    await core.handleMessage(docsMsg(T0 + 5, [pageDoc(ABUSIVE_AGREEMENT, 'https://lender.example.cn/old-frame')]), from(3));
    // The new page's iframe reports before the new top frame does.
    await core.handleMessage(docsMsg(T0 + 2000, [pageDoc(ABUSIVE_AGREEMENT, 'https://lender.example.cn/new-frame')]), from(4));
    await core.handleMessage(pageMsg(T0 + 1000, false), from(0));
    const s = (await state())!;
    expect(s.docs.map((d) => d.url)).toEqual(['https://lender.example.cn/new-frame']);
    // A late report from a frame of the old page is ignored.
    await core.handleMessage(docsMsg(T0 + 5, [pageDoc(FAIR_POLICY, 'https://lender.example.cn/old-frame')]), from(3));
    expect((await state())!.docs).toHaveLength(1);
  });

  it('ignores foreign senders, malformed messages and page announcements from sub-frames', async () => {
    expect(core.handleMessage(pageMsg(T0), from(0, TAB, 'evil@example'))).toBeUndefined();
    expect(core.handleMessage(pageMsg(T0), { id: OWN })).toBeUndefined();
    expect(core.handleMessage({ ...pageMsg(T0), loan: 'true' }, from(0))).toBeUndefined();
    expect(core.handleMessage(pageMsg(T0), from(2))).toBeUndefined();
    expect(await state()).toBeNull();
    expect(badges.size).toBe(0);
  });

  it('records why a text could not be audited', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await core.handleMessage(docsMsg(T0, [pageDoc('\u0000\u0001binary')]), from(0));
    const d = (await state())!.docs[0]!;
    expect(d.report).toBeNull();
    expect(d.error).toBe('binary');
  });

  it('answers a sub-frame asking whether its tab is a loan page', async () => {
    expect(await core.handleMessage({ type: 'loanlens/probe' }, from(3))).toEqual({ loan: false });
    await core.handleMessage(pageMsg(T0), from(0));
    expect(await core.handleMessage({ type: 'loanlens/probe' }, from(3))).toEqual({ loan: true });
  });

  it('keeps concurrent reports from different frames', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await Promise.all([
      core.handleMessage(docsMsg(T0, [pageDoc(ABUSIVE_AGREEMENT)]), from(0)),
      core.handleMessage(docsMsg(T0 + 10, [pageDoc(FAIR_POLICY, 'https://lender.example.cn/frame')]), from(5)),
    ]);
    expect((await state())!.docs).toHaveLength(2);
  });

  it('cleans up a closed tab', async () => {
    await core.handleMessage(pageMsg(T0), from(0));
    await core.onTabRemoved(TAB);
    expect(await state()).toBeNull();
  });
});

describe('storage', () => {
  it('falls back to storage.local keyed by tab where there is no session storage', async () => {
    const storage = memoryStorage(false);
    const store = tabStore(storage);
    expect(store.persistent).toBe(true);
    const s = { v: 1 as const, top: null, frames: {}, docs: [], updatedAt: 1 };
    await writeTab(store, 3, s);
    await writeTab(store, 4, s);
    await storage.local.set({ unrelated: true });
    expect(await readTab(store, 3)).toEqual(s);
    await removeAllTabs(store);
    expect([...storage.local.data.keys()]).toEqual(['unrelated']);
  });

  it('gives up other tabs’ audits when storage is full', async () => {
    const storage = memoryStorage();
    const store = tabStore(storage);
    const s = { v: 1 as const, top: null, frames: {}, docs: [], updatedAt: 1 };
    await writeTab(store, 1, s);
    storage.session!.failNextSet = true;
    await writeTab(store, 2, s);
    expect(await readTab(store, 1)).toBeNull();
    expect(await readTab(store, 2)).toEqual(s);
  });
});

describe('badge colour', () => {
  it('follows the worst severity found', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    const doc = { frameId: 0, timeOrigin: 0, kind: 'page' as const, url: 'https://x.cn/', title: '', truncated: false, sha256: report.sha256, report, error: null };
    const top = { url: 'https://x.cn/', title: '', loan: true, forced: false, timeOrigin: 0 };
    const withCritical = badgeFor({ v: 1, top, frames: {}, docs: [doc], updatedAt: 0 });
    const highOnly = { ...report, findings: report.findings.filter((f) => f.severity === 'high'), counts: { ...report.counts, critical: 0 } };
    const withHigh = badgeFor({ v: 1, top, frames: {}, docs: [{ ...doc, report: highOnly }], updatedAt: 0 });
    expect(withCritical.text).toBe(String(serious(report)));
    expect(withHigh.text).toBe(String(report.counts.high));
    expect(withCritical.color).not.toBe(withHigh.color);
    expect(badgeFor(null)).toMatchObject({ text: '' });
  });
});
