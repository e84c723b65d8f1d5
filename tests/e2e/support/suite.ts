/**
 * The end-to-end scenarios, written once and run in each browser: load a fixture page, let the
 * extension audit it, open the popup for that tab, check what a person would see there, and check
 * that "show on page" marks the clause without changing the page.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserName, type BrowserSession, type PageTab, type PopupTab } from './harness';
import { leavesMachine, unexplainedSinkHits } from './network';
import { SCREENSHOTS } from './paths';
import { showOnPageSelector, type FrameProbe, type PopupSnapshot } from './popup';
import { startFixtureServer, startNetworkSink, type FixtureServer, type NetworkSink } from './server';

/** Long enough for a cold extension on a loaded 2-core machine, short enough to fail a hang quickly. */
const AUDIT_TIMEOUT_MS = 30_000;
const HIGHLIGHT_TIMEOUT_MS = 10_000;
/** The popup may render a state once and not follow later audits, so it is reloaded while waiting. */
const POPUP_RELOAD_MS = 2_000;
/** Requested by the probe page from a host on no network, to prove the recorders see such requests. */
const LEAK_PROBE_URL = 'http://loanlens-leak-probe.invalid/pixel.png';
const LEAK_PROBE_HOST = new URL(LEAK_PROBE_URL).hostname;

const categoriesOf = (s: PopupSnapshot): string[] => [...new Set(s.findings.map((f) => f.category))];
const hasCategories = (s: PopupSnapshot, wanted: readonly string[]): boolean => wanted.every((c) => categoriesOf(s).includes(c));

function findingOf(s: PopupSnapshot, category: string) {
  const f = s.findings.find((x) => x.category === category);
  if (f === undefined) throw new Error(`no ${category} finding among ${categoriesOf(s).join(', ')}`);
  return f;
}

/** The letter grade shown in the popup, whatever words surround it. */
function gradeLetter(s: PopupSnapshot): string | undefined {
  return /(?<![A-Za-z])[A-E](?![A-Za-z])/.exec(s.grade ?? '')?.[0];
}

/** Waits until the popup has finished scanning and shows what `ready` expects. */
async function settle(popup: PopupTab, what: string, ready: (s: PopupSnapshot) => boolean): Promise<PopupSnapshot> {
  let last: PopupSnapshot | undefined;
  let reloadedAt = Date.now();
  try {
    return await waitFor(what, AUDIT_TIMEOUT_MS, async () => {
      if (Date.now() - reloadedAt > POPUP_RELOAD_MS) {
        await popup.reload();
        reloadedAt = Date.now();
      }
      last = await popup.snapshot();
      return last.state !== 'scanning' && ready(last) ? last : undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}\nlast popup: ${JSON.stringify(last, null, 1)}`);
  }
}

/** What every popup with findings must show, whatever the page. */
async function expectFindingsView(popup: PopupTab, s: PopupSnapshot): Promise<void> {
  expect(s.state).toBe('findings');
  expect(s.verdict).toBeTruthy();
  for (const f of s.findings) {
    expect(f.rule, JSON.stringify(f)).not.toBe('');
    expect(['critical', 'high', 'medium', 'low', 'info']).toContain(f.severity);
    expect(f.quote.length, `${f.rule} has a quote`).toBeGreaterThan(0);
    if (f.severity === 'critical' || f.severity === 'high') expect(f.citations, `${f.rule} cites the law`).toBeGreaterThan(0);
  }
  for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const) {
    expect(s.counts[severity], `count-${severity}`).toBe(s.findings.filter((f) => f.severity === severity).length);
  }
  if (s.findings.some((f) => f.severity === 'critical')) expect(['D', 'E']).toContain(gradeLetter(s));
  const serious = (s.counts.critical ?? 0) + (s.counts.high ?? 0);
  expect(serious).toBeGreaterThan(0);
  // The toolbar badge may be set a moment after the popup's data; both come from the same audit.
  await expect.poll(() => popup.badgeText(), { timeout: HIGHLIGHT_TIMEOUT_MS }).toBe(String(serious));
  expect(s.badgeCount).toBe(String(serious));
}

/** What a popup with nothing to flag must show: no serious findings and no badge. */
async function expectQuietView(popup: PopupTab, s: PopupSnapshot): Promise<void> {
  expect(['none', 'clean']).toContain(s.state);
  expect(s.findings.filter((f) => f.severity === 'critical' || f.severity === 'high')).toEqual([]);
  expect(s.counts.critical ?? 0).toBe(0);
  expect(s.counts.high ?? 0).toBe(0);
  expect(await popup.badgeText()).toBe('');
  expect(s.badgeCount ?? '').toMatch(/^0?$/);
}

const textsByFrame = (probes: FrameProbe[]): Record<string, string> => Object.fromEntries(probes.map((p) => [p.url, p.text]));
const highlightsOf = (probes: FrameProbe[]): string[] => probes.flatMap((p) => p.highlights);

/**
 * Clicks a finding's "show on page", expects exactly one highlight for that rule (in the frame that
 * holds the clause) with the page's text untouched, then clears it.
 */
async function checkShowOnPage(page: PageTab, popup: PopupTab, rule: string, frameUrl: string): Promise<void> {
  const before = await page.probe();
  expect(highlightsOf(before)).toEqual([]);
  await popup.click(showOnPageSelector(rule));
  const during = await waitFor(`a highlight for ${rule}`, HIGHLIGHT_TIMEOUT_MS, async () => {
    const p = await page.probe();
    return highlightsOf(p).length > 0 ? p : undefined;
  });
  expect(highlightsOf(during)).toEqual([rule]);
  expect(during.find((p) => p.highlights.length > 0)?.url).toBe(frameUrl);
  expect(textsByFrame(during)).toEqual(textsByFrame(before));
  await popup.click('[data-testid=clear-highlights]');
  const after = await waitFor('the highlight to clear', HIGHLIGHT_TIMEOUT_MS, async () => {
    const p = await page.probe();
    return highlightsOf(p).length === 0 ? p : undefined;
  });
  expect(textsByFrame(after)).toEqual(textsByFrame(before));
}

export function browserSuite(name: BrowserName, launch: (sink: NetworkSink) => Promise<BrowserSession>): void {
  describe(`${name} with the built extension`, () => {
    let server: FixtureServer;
    let sink: NetworkSink;
    let session: BrowserSession;
    const open: { close(): Promise<void> }[] = [];

    beforeAll(async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      server = await startFixtureServer();
      sink = await startNetworkSink();
      session = await launch(sink);
    });

    afterEach(async () => {
      // Also after a failure half-way, so one broken scenario does not leave tabs in the next one.
      while (open.length > 0) await open.pop()!.close();
    });

    afterAll(async () => {
      await session?.close();
      await sink?.close();
      await server?.close();
    });

    /** Opens a fixture page and its popup; both are closed when the test ends. */
    async function visit(path: string): Promise<{ page: PageTab; popup: PopupTab }> {
      const page = await session.openPage(server.url(path));
      open.push(page);
      const popup = await session.openPopup(page);
      open.push(popup);
      return { page, popup };
    }

    async function finish(popup: PopupTab, page: PageTab, shot: string): Promise<void> {
      await popup.screenshot(join(SCREENSHOTS, `${name}-${shot}.png`));
      expect(popup.dialogs).toEqual([]);
      expect(page.dialogs).toEqual([]);
      expect(session.requests.filter((u) => u !== LEAK_PROBE_URL && leavesMachine(u))).toEqual([]);
      expect(unexplainedSinkHits(name, session.sinkHits).filter((h) => !h.includes(LEAK_PROBE_HOST))).toEqual([]);
    }

    it('records a request that tries to leave 127.0.0.1', async () => {
      // Proves both recorders are wired: without this, "nothing left" could mean "nothing seen".
      open.push(await session.openPage(server.url('/probe/leak.html')));
      await waitFor('the probe request', HIGHLIGHT_TIMEOUT_MS, async () => (session.requests.includes(LEAK_PROBE_URL) ? true : undefined));
      await waitFor('the probe to reach the sink', HIGHLIGHT_TIMEOUT_MS, async () => (sink.hits.some((h) => h.includes(LEAK_PROBE_HOST)) ? true : undefined));
    });

    it('plain agreement page: critical findings, badge, quotes and a highlight', async () => {
      const { page, popup } = await visit('/plain/agreement.html');
      const wanted = ['contacts-access', 'third-party-contact', 'liability-waiver', 'irrevocable-consent'];
      const s = await settle(popup, 'the plain agreement audit', (x) => hasCategories(x, wanted));
      await expectFindingsView(popup, s);
      expect(findingOf(s, 'contacts-access').quote).toContain('通讯录');
      expect(findingOf(s, 'third-party-contact').quote).toMatch(/父母|配偶|亲友|同事/);
      expect(findingOf(s, 'irrevocable-consent').quote).toContain('不可撤销');
      expect(s.necessary).toMatch(/通讯录|contacts|address book/i);
      await checkShowOnPage(page, popup, findingOf(s, 'contacts-access').rule, page.url);

      const verdict = s.verdict;
      await popup.click('[data-testid=lang-switch]');
      await waitFor('the other language', HIGHLIGHT_TIMEOUT_MS, async () => ((await popup.snapshot()).verdict !== verdict ? true : undefined));
      await finish(popup, page, 'plain');
    });

    if (name === 'chromium') {
      it('keeps the audit when the MV3 service worker is stopped and restarted', async () => {
        const { page, popup } = await visit('/plain/agreement.html');
        const before = await settle(popup, 'the plain agreement audit', (x) => hasCategories(x, ['contacts-access']));
        const badge = await popup.badgeText();
        await session.stopBackground!();
        // A fresh popup wakes the worker, which must serve the stored audit rather than an empty state.
        const again = await session.openPopup(page);
        open.push(again);
        const after = await settle(again, 'the audit after the restart', (x) => x.findings.length === before.findings.length);
        expect(after.state).toBe('findings');
        expect(after.counts).toEqual(before.counts);
        expect(await again.badgeText()).toBe(badge);
        // And the restarted worker still audits: a new page gets its own findings.
        const other = await visit('/en/privacy.html');
        await settle(other.popup, 'an audit by the restarted worker', (x) => hasCategories(x, ['contacts-access']));
      });
    }

    it('sign-up page: agreement in a modal and authorization in an iframe', async () => {
      const page = await session.openPage(server.url('/signup/index.html'));
      open.push(page);
      await page.click('#open-loan-agreement');
      const popup = await session.openPopup(page);
      open.push(popup);
      const wanted = ['contacts-access', 'irrevocable-consent', 'third-party-contact', 'upfront-deduction'];
      const s = await settle(popup, 'the modal and iframe audits', (x) => hasCategories(x, wanted));
      await expectFindingsView(popup, s);
      const frameUrl = server.url('/signup/privacy-frame.html');
      expect(s.documents).toContain(frameUrl);
      expect(findingOf(s, 'contacts-access').quote).toContain('通讯录');
      expect(findingOf(s, 'upfront-deduction').quote).toContain('扣除');
      await checkShowOnPage(page, popup, findingOf(s, 'upfront-deduction').rule, page.url);
      await checkShowOnPage(page, popup, findingOf(s, 'irrevocable-consent').rule, frameUrl);
      await finish(popup, page, 'signup');
    });

    it('single-page app: nothing before the click, findings after the agreement loads', async () => {
      const { page, popup } = await visit('/spa/index.html');
      const before = await settle(popup, 'the app shell audit', (x) => x.state === 'none' || x.state === 'clean');
      await expectQuietView(popup, before);
      await page.click('#load-agreement');
      const wanted = ['contacts-access', 'third-party-contact'];
      const s = await settle(popup, 'the fetched agreement audit', (x) => hasCategories(x, wanted));
      await expectFindingsView(popup, s);
      expect(findingOf(s, 'contacts-access').quote).toContain('通讯录');
      expect(server.log.map((r) => r.path)).toContain('/spa/api/agreement.json');
      await checkShowOnPage(page, popup, findingOf(s, 'third-party-contact').rule, server.url('/spa/index.html?view=agreement'));
      await finish(popup, page, 'spa');
    });

    it('page that only links to its agreements: both are fetched and audited', async () => {
      const { page, popup } = await visit('/links/index.html');
      const agreement = server.url('/links/loan-agreement.html');
      const authorization = server.url('/links/personal-info-authorization.html');
      const wanted = ['contacts-access', 'call-sms-access', 'liability-waiver', 'irrevocable-consent'];
      const s = await settle(popup, 'the linked documents audit', (x) => hasCategories(x, wanted) && x.documents.includes(agreement) && x.documents.includes(authorization));
      await expectFindingsView(popup, s);
      expect(findingOf(s, 'contacts-access').quote).toContain('通讯录');
      expect(findingOf(s, 'liability-waiver').quote).toContain('不承担');
      const fetched = server.log.map((r) => r.path);
      expect(fetched).toContain('/links/loan-agreement.html');
      expect(fetched).toContain('/links/personal-info-authorization.html');
      await finish(popup, page, 'links');
    });

    it('English lending page: contacts, call log and SMS access, contacting references', async () => {
      const { page, popup } = await visit('/en/privacy.html');
      const wanted = ['contacts-access', 'call-sms-access', 'third-party-contact'];
      const s = await settle(popup, 'the English policy audit', (x) => hasCategories(x, wanted));
      await expectFindingsView(popup, s);
      expect(findingOf(s, 'contacts-access').quote).toMatch(/contact list/i);
      expect(findingOf(s, 'call-sms-access').quote).toMatch(/call logs|SMS/);
      expect(findingOf(s, 'third-party-contact').quote).toMatch(/references/);
      await checkShowOnPage(page, popup, findingOf(s, 'call-sms-access').rule, page.url);
      await finish(popup, page, 'en');
    });

    it('news page about loans: nothing flagged and no badge', async () => {
      const { page, popup } = await visit('/news/index.html');
      const s = await settle(popup, 'the news page audit', (x) => x.state === 'none' || x.state === 'clean');
      await expectQuietView(popup, s);
      await finish(popup, page, 'news');
    });

    it('agreement text carrying markup and script: shown as text, never run', async () => {
      const { page, popup } = await visit('/injection/index.html');
      const s = await settle(popup, 'the hostile agreement audit', (x) => hasCategories(x, ['contacts-access']));
      await expectFindingsView(popup, s);
      const contacts = findingOf(s, 'contacts-access');
      expect(contacts.quote).toContain('通讯录');
      expect(contacts.quote).toContain(`<img id="pwned-img" src="x" onerror="alert('pwned-img')">`);
      const relatives = s.findings.find((f) => f.category === 'third-party-contact');
      if (relatives !== undefined) expect(relatives.quote).toContain('<script id="pwned-script">');
      expect(s.injected).toEqual({ ids: [], handlerAttributes: [], inlineScripts: 0 });
      await checkShowOnPage(page, popup, contacts.rule, page.url);
      const probes = await page.probe();
      expect(probes.flatMap((p) => p.injectedIds)).toEqual([]);
      expect((await popup.snapshot()).injected).toEqual({ ids: [], handlerAttributes: [], inlineScripts: 0 });
      await finish(popup, page, 'injection');
    });
  });
}
