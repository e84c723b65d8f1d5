/** Firefox ESR with the built MV2 extension, driven by puppeteer-core over WebDriver BiDi. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { newTabId, waitFor, type BrowserSession, type PageTab, type PopupTab } from './harness';
import { FIREFOX_BIN, FIREFOX_BUILD } from './paths';
import { probeFrame, readPopup, type FrameProbe, type PopupSnapshot } from './popup';
import type { NetworkSink } from './server';

/** The parts of the extension API the tests call from the popup page. */
declare const browser: {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

/** Fixed moz-extension host, so the popup's address is known before the extension is installed. */
const EXTENSION_UUID = '3b0c5a2e-6d1f-4c8a-9e47-5f2d8b1a7c60';
const POPUP_URL = `moz-extension://${EXTENSION_UUID}/popup.html`;
const POPUP_VIEWPORT = { width: 420, height: 760 };
const NAVIGATION_TIMEOUT_MS = 15_000;

/**
 * The BiDi connection under puppeteer's Browser. puppeteer does not surface two things the tests
 * need: requests from contexts it does not model as pages, and navigation to moz-extension:// pages,
 * whose load events its goto() never sees. Both go through the raw protocol.
 */
interface BidiConnection {
  on(event: 'network.beforeRequestSent', listener: (params: { request: { url: string } }) => void): void;
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'none' | 'interactive' | 'complete' }): Promise<unknown>;
}

function connectionOf(b: Browser): BidiConnection {
  const connection = (b as unknown as { connection?: BidiConnection }).connection;
  if (connection === undefined) throw new Error('puppeteer did not start Firefox over WebDriver BiDi');
  return connection;
}

function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('cannot find the BiDi browsing context of a puppeteer page');
  return id;
}

async function geckoId(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error(`${FIREFOX_BUILD}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function recordDialogs(page: Page, into: string[]): void {
  page.on('dialog', (d) => {
    into.push(d.message());
    void d.dismiss();
  });
}

async function clickIn(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  if (handle === null) throw new Error(`no ${selector}`);
  await handle.click();
  await handle.dispose();
}

class FirefoxPage implements PageTab {
  readonly dialogs: string[] = [];
  constructor(
    readonly page: Page,
    readonly url: string,
    readonly tabId: number,
  ) {
    recordDialogs(page, this.dialogs);
  }

  click(selector: string): Promise<void> {
    return clickIn(this.page, selector);
  }

  probe(): Promise<FrameProbe[]> {
    return Promise.all(this.page.frames().map((f) => f.evaluate(probeFrame)));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class FirefoxPopup implements PopupTab {
  readonly dialogs: string[] = [];
  constructor(
    private readonly session: FirefoxSession,
    readonly page: Page,
    readonly tabId: number,
    private readonly url: string,
  ) {
    recordDialogs(page, this.dialogs);
  }

  snapshot(): Promise<PopupSnapshot> {
    return this.page.evaluate(readPopup);
  }

  reload(): Promise<void> {
    return this.session.navigate(this.page, this.url);
  }

  click(selector: string): Promise<void> {
    return clickIn(this.page, selector);
  }

  badgeText(): Promise<string> {
    return this.page.evaluate((tabId) => browser.browserAction.getBadgeText({ tabId }), this.tabId);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

class FirefoxSession implements BrowserSession {
  readonly name = 'firefox';
  readonly requests: string[] = [];
  private readonly connection: BidiConnection;
  /** An extension page kept open to ask the tabs API which tab a new page got. */
  private control: Page | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly sink: NetworkSink,
  ) {
    this.connection = connectionOf(browser);
    this.connection.on('network.beforeRequestSent', (p) => this.requests.push(p.request.url));
  }

  async start(): Promise<void> {
    const control = await this.browser.newPage();
    await this.navigate(control, POPUP_URL);
    this.control = control;
  }

  private async tabIds(): Promise<number[]> {
    if (this.control === undefined) throw new Error('session not started');
    const tabs = await this.control.evaluate(() => browser.tabs.query({}));
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  }

  get sinkHits(): string[] {
    return this.sink.hits;
  }

  /** Loads an extension page and waits until its document (not the previous one) is complete. */
  async navigate(page: Page, url: string): Promise<void> {
    await page.evaluate(() => {
      (globalThis as { __loanlensStale?: boolean }).__loanlensStale = true;
    });
    await this.connection.send('browsingContext.navigate', { context: contextIdOf(page), url, wait: 'none' });
    await waitFor(`${url} to load`, NAVIGATION_TIMEOUT_MS, async () => {
      const ready = await page.evaluate(
        (href) => location.href === href && document.readyState === 'complete' && (globalThis as { __loanlensStale?: boolean }).__loanlensStale !== true,
        url,
      );
      return ready ? true : undefined;
    });
  }

  async openPage(url: string): Promise<PageTab> {
    // Without the "tabs" permission the extension API hides tab URLs, so the new tab is the new id.
    const known = new Set(await this.tabIds());
    const page = await this.browser.newPage();
    const tab = new FirefoxPage(page, url, await newTabId(known, () => this.tabIds()));
    await page.goto(url, { waitUntil: 'load' });
    return tab;
  }

  async openPopup(target: PageTab): Promise<PopupTab> {
    const page = await this.browser.newPage();
    await page.setViewport(POPUP_VIEWPORT);
    const url = `${POPUP_URL}?tab=${target.tabId}`;
    const popup = new FirefoxPopup(this, page, target.tabId, url);
    await this.navigate(page, url);
    return popup;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function launchFirefox(sink: NetworkSink): Promise<BrowserSession> {
  const id = await geckoId();
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    protocol: 'webDriverBiDi',
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// (the popup page); web content still cannot.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // Loopback stays direct (Firefox never proxies it by default); everything else goes to the sink.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      'network.proxy.share_proxy_settings': true,
    },
  });
  try {
    const installed = await b.installExtension(FIREFOX_BUILD);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
    const session = new FirefoxSession(b, sink);
    await session.start();
    return session;
  } catch (e) {
    await b.close();
    throw e;
  }
}
