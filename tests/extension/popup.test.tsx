// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/engine';
import { SEVERITIES, type Report } from '../../src/engine/types';
import { STRINGS } from '../../src/extension/i18n';
import { derivePopup, type Reachability } from '../../src/extension/popup-model';
import type { DocAudit, TabState } from '../../src/extension/state';
import { Popup, type PopupProps } from '../../src/extension/ui/Popup';
import { ABUSIVE_AGREEMENT, FAIR_POLICY } from './fixtures';

const URL_PAGE = 'https://lender.example.cn/apply';
const URL_LINK = 'https://lender.example.cn/privacy';

function doc(report: Report | null, url = URL_PAGE, kind: DocAudit['kind'] = 'page', error: string | null = null): DocAudit {
  return { frameId: 0, timeOrigin: 1, kind, url, title: kind === 'page' ? '申请页' : '《隐私政策》', truncated: false, sha256: report?.sha256 ?? url, report, error };
}

function tab(docs: DocAudit[], loan = true, pending = 0, forced = false): TabState {
  return { v: 1, top: { url: URL_PAGE, title: '申请页', loan, forced, timeOrigin: 1 }, frames: { '0': { timeOrigin: 1, pendingLinks: pending } }, docs, updatedAt: 0 };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(state: TabState | null, reach: Reachability = 'unknown', extra: Partial<PopupProps> = {}): HTMLElement {
  const props: PopupProps = {
    model: derivePopup(state, reach),
    lang: 'zh',
    status: null,
    onScanAnyway: () => undefined,
    onShow: () => undefined,
    onClear: () => undefined,
    onToggleLang: () => undefined,
    ...extra,
  };
  render(<Popup {...props} />, root);
  return root.querySelector('[data-testid=popup]')!;
}

const q = (sel: string) => root.querySelector(sel);
const text = (testid: string) => q(`[data-testid=${testid}]`)!.textContent;

describe('popup states', () => {
  it('scanning: before the content script has reported', () => {
    expect(show(null).getAttribute('data-state')).toBe('scanning');
    expect(show(tab([], true, 2)).getAttribute('data-state')).toBe('scanning');
    expect(text('grade')).toBe('—');
  });

  it('none: an ordinary page, with a button to scan anyway', () => {
    const onScanAnyway = vi.fn();
    expect(show(tab([], false), 'unknown', { onScanAnyway }).getAttribute('data-state')).toBe('none');
    expect(text('grade')).toBe('—');
    expect(text('verdict')).toBe(STRINGS.zh.noneVerdict);
    (q('[data-testid=scan-anyway]') as HTMLButtonElement).click();
    expect(onScanAnyway).toHaveBeenCalledOnce();
    for (const s of SEVERITIES) expect(text(`count-${s}`)).toBe('0');
    expect(text('badge-count')).toBe('0');
  });

  it('none after a forced scan that found nothing says so', () => {
    show(tab([], false, 0, true));
    expect(text('verdict')).toBe(STRINGS.zh.noneForcedVerdict);
  });

  it('error: the page cannot be scanned, or its text could not be audited', () => {
    expect(show(null, 'unreachable').getAttribute('data-state')).toBe('error');
    expect(show(tab([doc(null, URL_PAGE, 'page', 'binary')])).getAttribute('data-state')).toBe('error');
  });

  it('clean: an agreement with nothing above information level', () => {
    const report = audit(FAIR_POLICY);
    expect(show(tab([doc(report)])).getAttribute('data-state')).toBe('clean');
    expect(text('grade')).toBe(report.grade);
    expect(text('verdict')).toBe(report.gradeReason.zh);
    expect(text('necessary')).toBe(STRINGS.zh.necessaryWithin);
    expect(q('[data-testid=scan-anyway]')).toBeNull();
  });

  it('findings: grade, counts, necessary-data comparison, documents and findings', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    show(tab([doc(report)]));
    expect(q('[data-testid=popup]')!.getAttribute('data-state')).toBe('findings');
    expect(text('grade')).toBe(report.grade);
    for (const s of SEVERITIES) expect(text(`count-${s}`)).toBe(String(report.counts[s]));
    expect(text('badge-count')).toBe(String(report.counts.critical + report.counts.high));
    expect(report.necessary.beyond.length).toBeGreaterThan(0);
    for (const b of report.necessary.beyond) expect(text('necessary')).toContain(b.label.zh);

    const docs = root.querySelectorAll('[data-testid=document]');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.getAttribute('data-url')).toBe(URL_PAGE);
    const findings = [...root.querySelectorAll('[data-testid=finding]')];
    expect(findings).toHaveLength(report.findings.length);
    for (const f of report.findings) {
      const el = findings.find((e) => e.getAttribute('data-rule') === f.rule && e.querySelector('[data-testid=quote]')!.textContent === f.quote);
      expect(el, f.rule).toBeDefined();
      expect(el!.getAttribute('data-category')).toBe(f.category);
      expect(el!.getAttribute('data-severity')).toBe(f.severity);
      expect(el!.querySelectorAll('[data-testid=citation]')).toHaveLength(f.citations.length);
      expect(el!.querySelector('[data-testid=show-on-page]')).not.toBeNull();
    }
  });

  it('groups findings by category within each document', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    show(tab([doc(report)]));
    const groups = [...root.querySelectorAll('.group')].map((g) => g.getAttribute('data-category'));
    expect(new Set(groups).size).toBe(groups.length);
    expect(new Set(groups)).toEqual(new Set(report.findings.map((f) => f.category)));
  });

  it('lists every audited document, linked ones included, and adds their counts', () => {
    const page = audit(ABUSIVE_AGREEMENT);
    const link = audit(`${FAIR_POLICY}\n我们会收集您的通话记录。`);
    show(tab([doc(page), doc(link, URL_LINK, 'link')]));
    expect([...root.querySelectorAll('[data-testid=document]')].map((d) => d.getAttribute('data-url'))).toEqual([URL_PAGE, URL_LINK]);
    for (const s of SEVERITIES) expect(text(`count-${s}`)).toBe(String(page.counts[s] + link.counts[s]));
  });

  it('passes the finding to the show-on-page handler', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    const onShow = vi.fn();
    show(tab([doc(report)]), 'unknown', { onShow });
    const first = q('[data-testid=finding]')!;
    (first.querySelector('[data-testid=show-on-page]') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledOnce();
    expect(onShow.mock.calls[0]![1].rule).toBe(first.getAttribute('data-rule'));
  });
});

describe('hostile agreement text', () => {
  it('renders markup in a quote, title or URL as literal text', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    const evil = '<img src=x onerror="window.__pwned=1">第一条 读取通讯录';
    const poisoned: Report = { ...report, findings: report.findings.map((f, i) => (i === 0 ? { ...f, quote: evil } : f)) };
    const d = { ...doc(poisoned, 'javascript:alert(1)', 'link'), title: '<b onclick="x()">《协议》</b>' };
    show(tab([d]));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect([...root.querySelectorAll('[data-testid=quote]')].some((e) => e.textContent === evil)).toBe(true);
    expect(root.textContent).toContain('<b onclick="x()">《协议》</b>');
  });
});

describe('language switch', () => {
  it('renders the chosen language and calls back to toggle it', () => {
    const report = audit(ABUSIVE_AGREEMENT);
    const onToggleLang = vi.fn();
    show(tab([doc(report)]), 'unknown', { lang: 'zh', onToggleLang });
    expect(q('[data-testid=popup]')!.getAttribute('lang')).toBe('zh-CN');
    expect(text('verdict')).toBe(report.gradeReason.zh);
    expect(text('lang-switch')).toBe(STRINGS.zh.langSwitch);
    (q('[data-testid=lang-switch]') as HTMLButtonElement).click();
    expect(onToggleLang).toHaveBeenCalledOnce();

    show(tab([doc(report)]), 'unknown', { lang: 'en' });
    expect(q('[data-testid=popup]')!.getAttribute('lang')).toBe('en');
    expect(text('verdict')).toBe(report.gradeReason.en);
    expect(text('lang-switch')).toBe(STRINGS.en.langSwitch);
    const f = report.findings[0]!;
    expect(root.textContent).toContain(f.title.en);
    expect(root.textContent).not.toContain(f.title.zh);
  });
});

describe('accessibility', () => {
  it('has one h1, labelled buttons and headings for each document', () => {
    show(tab([doc(audit(ABUSIVE_AGREEMENT))]));
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelectorAll('[data-testid=document] h3')).toHaveLength(1);
    for (const b of root.querySelectorAll('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    for (const b of root.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });
});
