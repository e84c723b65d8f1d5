/** Chromium with the built MV3 extension, driven by Playwright over CDP. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { newTabId, waitFor, type BrowserSession, type PageTab, type PopupTab } from './harness';
import { CHROME_BUILD, CHROMIUM_BIN } from './paths';
import { probeFrame, readPopup, type FrameProbe, type PopupSnapshot } from './popup';
import type { NetworkSink } from './server';

/** The parts of the extension API the tests call from the popup page. */
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

const POPUP_VIEWPORT = { width: 420, height: 760 };

function recordDialogs(page: Page, into: string[]): void {
  page.on('dialog', (d) => {
    into.push(d.message());
    void d.dismiss();
  });
}

class ChromiumPage implements PageTab {
  readonly dialogs: string[] = [];
  constructor(
    readonly page: Page,
    readonly url: string,
    readonly tabId: number,
  ) {
    recordDialogs(page, this.dialogs);
  }

  async click(selector: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(selector).first().click();
  }

  probe(): Promise<FrameProbe[]> {
    return Promise.all(this.page.frames().map((f) => f.evaluate(probeFrame)));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class ChromiumPopup implements PopupTab {
  readonly dialogs: string[] = [];
  constructor(
    readonly page: Page,
    readonly tabId: number,
  ) {
    recordDialogs(page, this.dialogs);
  }

  snapshot(): Promise<PopupSnapshot> {
    return this.page.evaluate(readPopup);
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async click(selector: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(selector).first().click();
  }

  badgeText(): Promise<string> {
    return this.page.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), this.tabId);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class ChromiumSession implements BrowserSession {
  readonly name = 'chromium';
  readonly requests: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
    /** An extension page kept open to ask the tabs API which tab a new page got. */
    private readonly control: Page,
    private readonly sink: NetworkSink,
    private readonly profile: string,
  ) {
    context.on('request', (r) => this.requests.push(r.url()));
  }

  private async tabIds(): Promise<number[]> {
    const tabs = await this.control.evaluate(() => chrome.tabs.query({}));
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  }

  get sinkHits(): string[] {
    return this.sink.hits;
  }

  async openPage(url: string): Promise<PageTab> {
    // Without the "tabs" permission the extension API hides tab URLs, so the new tab is the new id.
    const known = new Set(await this.tabIds());
    const page = await this.context.newPage();
    const tab = new ChromiumPage(page, url, await newTabId(known, () => this.tabIds()));
    await page.goto(url, { waitUntil: 'load' });
    return tab;
  }

  async openPopup(target: PageTab): Promise<PopupTab> {
    const page = await this.context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    const popup = new ChromiumPopup(page, target.tabId);
    await page.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${target.tabId}`, { waitUntil: 'load' });
    return popup;
  }

  async stopBackground(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.control);
    const status = new Map<string, string>();
    const stoppedOnce = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) {
        status.set(v.versionId, v.runningStatus);
        if (v.runningStatus === 'stopped') stoppedOnce.add(v.versionId);
      }
    });
    await cdp.send('ServiceWorker.enable');
    const running = await waitFor('the extension service worker', 5_000, async () => {
      const ids = [...status].filter(([, s]) => s === 'running').map(([id]) => id);
      return ids.length > 0 ? ids : undefined;
    });
    for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
    // The browser reports the worker stopped; it may start again at once for the next message.
    await waitFor('the service worker to stop', 10_000, async () => (running.every((id) => stoppedOnce.has(id)) ? true : undefined));
    await cdp.detach();
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

export async function launchChromium(sink: NetworkSink): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'loanlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    // Chromium's new headless mode (the only one left) runs extensions.
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      // Loopback stays direct (Chromium never proxies it); everything else goes to the sink.
      `--proxy-server=http://127.0.0.1:${sink.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/popup.html`);
    return new ChromiumSession(context, extensionId, control, sink, profile);
  } catch (e) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
}
