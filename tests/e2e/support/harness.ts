/**
 * The small surface the scenarios need from a browser with the built extension loaded. Chromium
 * (Playwright over CDP) and Firefox (puppeteer over WebDriver BiDi) implement it in their own files.
 */
import type { FrameProbe, PopupSnapshot } from './popup';

export type BrowserName = 'chromium' | 'firefox';

/** A tab showing one of the fixture pages. */
export interface PageTab {
  readonly url: string;
  /** The extension API's id of the tab, which the popup takes as ?tab=. */
  readonly tabId: number;
  /** Text of every alert/confirm/prompt the page raised (they are dismissed). */
  readonly dialogs: string[];
  click(selector: string): Promise<void>;
  /** probeFrame() in the main frame and every sub-frame. */
  probe(): Promise<FrameProbe[]>;
  close(): Promise<void>;
}

/** The extension's popup page, opened in a tab of its own for one page's tab id. */
export interface PopupTab {
  readonly tabId: number;
  readonly dialogs: string[];
  snapshot(): Promise<PopupSnapshot>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  /** The toolbar badge text the extension set for the page's tab. */
  badgeText(): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** URLs of every request the browser reported (pages, frames, extension worker). */
  readonly requests: string[];
  /** Requests that reached the sink proxy, i.e. tried to leave 127.0.0.1. */
  readonly sinkHits: string[];
  openPage(url: string): Promise<PageTab>;
  openPopup(page: PageTab): Promise<PopupTab>;
  /** Stops the extension's MV3 service worker, as the browser does when it is idle (Chromium only). */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}

/** Polls `check` until it returns a value, or throws after `timeoutMs` with the last reason. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, intervalMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError === undefined ? '' : `: ${String(lastError)}`}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The id of the one tab that `ids` lists beyond `known`: the tab just opened. */
export async function newTabId(known: ReadonlySet<number>, ids: () => Promise<number[]>): Promise<number> {
  return waitFor('the new tab to appear in the tabs API', 10_000, async () => {
    const fresh = (await ids()).filter((id) => !known.has(id));
    if (fresh.length > 1) throw new Error(`several new tabs: ${fresh.join(', ')}`);
    return fresh[0];
  });
}
