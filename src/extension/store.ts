/**
 * Per-tab audit state in extension storage. storage.session survives the MV3 service worker being
 * stopped and is wiped with the browser session; where it does not exist, storage.local is used with
 * the same keys and the background removes a tab's entry when the tab closes and all of them at startup.
 */
import type { TabState } from './state';

/** The subset of a browser.storage area LoanLens uses; both browsers' areas fit it. */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageLike {
  session?: StorageAreaLike;
  local: StorageAreaLike;
}

const TAB_PREFIX = 'loanlens:tab:';

export function tabKey(tabId: number): string {
  return `${TAB_PREFIX}${tabId}`;
}

export function tabIdOfKey(key: string): number | null {
  if (!key.startsWith(TAB_PREFIX)) return null;
  const n = Number(key.slice(TAB_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export interface TabStore {
  area: StorageAreaLike;
  /** True when state lives in storage.local and so must be cleaned up by hand. */
  persistent: boolean;
}

export function tabStore(storage: StorageLike): TabStore {
  return storage.session !== undefined ? { area: storage.session, persistent: false } : { area: storage.local, persistent: true };
}

/** Storage holds only what the background wrote, but a shape check keeps a stale format from crashing the popup. */
export function asTabState(v: unknown): TabState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Partial<TabState>;
  if (s.v !== 1 || !Array.isArray(s.docs) || typeof s.frames !== 'object' || s.frames === null || typeof s.updatedAt !== 'number') return null;
  return s as TabState;
}

export async function readTab(store: TabStore, tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const got = await store.area.get(key);
  return asTabState(got[key]);
}

export async function writeTab(store: TabStore, tabId: number, state: TabState): Promise<void> {
  const key = tabKey(tabId);
  try {
    await store.area.set({ [key]: state });
  } catch {
    // Over quota: other tabs' audits are the only thing to give up, then try once more.
    const all = await store.area.get(null);
    const others = Object.keys(all).filter((k) => k !== key && tabIdOfKey(k) !== null);
    await store.area.remove(others);
    await store.area.set({ [key]: state });
  }
}

export async function removeTab(store: TabStore, tabId: number): Promise<void> {
  await store.area.remove(tabKey(tabId));
}

export async function removeAllTabs(store: TabStore): Promise<void> {
  const all = await store.area.get(null);
  const keys = Object.keys(all).filter((k) => tabIdOfKey(k) !== null);
  if (keys.length > 0) await store.area.remove(keys);
}
