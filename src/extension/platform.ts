/**
 * The few places that touch the browser's extension APIs directly, so the rest of src/extension stays
 * testable without a browser. Chrome MV3 has `action`, Firefox MV2 `browserAction`.
 */
import { browser } from 'wxt/browser';
import { tabStore, type StorageAreaLike, type TabStore } from './store';

export function extensionStorage(): { local: StorageAreaLike; tabs: TabStore } {
  const s = browser.storage as unknown as { session?: StorageAreaLike; local: StorageAreaLike };
  return { local: s.local, tabs: tabStore(s) };
}

interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

function badgeApi(): BadgeApi | null {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction ?? null;
}

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  const api = badgeApi();
  if (api === null) return;
  await api.setBadgeText({ tabId, text });
  if (text !== '') await api.setBadgeBackgroundColor({ tabId, color });
}
