/**
 * Runs in every frame of every page, at document_idle. It stays small (no engine: auditing happens in
 * the background) and does almost nothing on ordinary pages; see src/extension/content-core.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentController } from '../src/extension/content-core';
import { parseToContent, type ToBackground } from '../src/extension/messages';

/** The tab's address, when this frame may know it: the top frame, or a frame of the same origin. */
function tabUrl(): string | null {
  if (window === window.top) return location.href;
  try {
    return window.top?.location.href ?? null;
  } catch {
    // A cross-origin parent: its origin is enough for the same-site rule where the browser exposes it.
    const ancestors = location.ancestorOrigins;
    const origin = ancestors !== undefined && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
    return origin === undefined ? null : `${origin}/`;
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new ContentController({
      win: window,
      doc: document,
      isTop: window === window.top,
      tabUrl,
      send: (message: ToBackground) => browser.runtime.sendMessage(message),
      fetch: (url, init) => fetch(url, init),
      timeOrigin: performance.timeOrigin,
    });
    const onMessage = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseToContent(raw);
      return message === null ? undefined : controller.handle(message);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onPageShow = (e: PageTransitionEvent): void => {
      if (e.persisted) void controller.resume();
    };
    window.addEventListener('pageshow', onPageShow);
    ctx.onInvalidated(() => {
      controller.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('pageshow', onPageShow);
    });
    void controller.start();
  },
});
