/**
 * The background (MV3 service worker / MV2 event page): audits the text the content scripts send with
 * the shared engine, keeps each tab's latest audit in storage and shows the count on the toolbar badge.
 * Listeners are registered synchronously at start-up so a restarted service worker receives the event
 * that woke it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { audit } from '../src/engine';
import { sha256Hex } from '../src/engine/sha256';
import { BackgroundCore } from '../src/extension/background-core';
import type { SenderInfo } from '../src/extension/messages';
import { extensionStorage, setBadge } from '../src/extension/platform';
import { removeAllTabs } from '../src/extension/store';

export default defineBackground(() => {
  const { tabs: store } = extensionStorage();
  const core = new BackgroundCore({
    store,
    ownId: browser.runtime.id,
    audit: (text) => audit(text),
    sha256: sha256Hex,
    setBadge,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    now: () => Date.now(),
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) => core.handleMessage(raw, sender));
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void core.onTabRemoved(tabId);
  });
  if (store.persistent) {
    // Tab ids start again with each browser session: audits kept in storage.local would be misattributed.
    browser.runtime.onStartup.addListener(() => {
      void removeAllTabs(store);
    });
  }
});
