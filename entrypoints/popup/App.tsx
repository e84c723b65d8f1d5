/**
 * The popup's wiring: which tab, its stored audit (kept live through storage.onChanged), and the
 * messages to that tab's content scripts. Rendering is in src/extension/ui/Popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding, Lang } from '../../src/engine/types';
import { browserLang, loadLang, saveLang } from '../../src/extension/i18n';
import { parseHighlightReply, parseLoanReply, type ToContent } from '../../src/extension/messages';
import { derivePopup, type DocumentView, type Reachability } from '../../src/extension/popup-model';
import type { TabState } from '../../src/extension/state';
import { asTabState, readTab, tabKey } from '../../src/extension/store';
import { Popup, type ShowStatus } from '../../src/extension/ui/Popup';
import { extensionStorage } from '../../src/extension/platform';

const PING_TRIES = 6;
const PING_INTERVAL_MS = 500;

const storage = extensionStorage();

function send(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether the tab's top-frame content script answers; retried because it starts only at document_idle. */
async function ping(tabId: number): Promise<Reachability> {
  for (let i = 0; i < PING_TRIES; i++) {
    try {
      const reply = parseLoanReply(await send(tabId, { type: 'loanlens/ping' }));
      if (reply !== null) return reply;
    } catch {
      // No content script yet (still loading) or never (a browser page): try again, then give up.
    }
    await sleep(PING_INTERVAL_MS);
  }
  return 'unreachable';
}

export function App({ tabId }: { tabId: number | null }) {
  const [lang, setLang] = useState<Lang>(browserLang(navigator.languages));
  const [state, setState] = useState<TabState | null>(null);
  const [reach, setReach] = useState<Reachability>(tabId === null ? 'unreachable' : 'unknown');
  const [status, setStatus] = useState<ShowStatus | null>(null);
  const [forcing, setForcing] = useState(false);

  useEffect(() => {
    void loadLang(storage.local, navigator.languages).then(setLang);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const key = tabKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>): void => {
      const change = changes[key];
      if (change === undefined || !live) return;
      setState(asTabState(change.newValue));
      setForcing(false);
    };
    browser.storage.onChanged.addListener(onChanged);
    void readTab(storage.tabs, tabId).then((s) => live && setState(s));
    void ping(tabId).then((r) => live && setReach(r));
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const derived = derivePopup(state, reach);
  const model = forcing && derived.state === 'none' ? { ...derived, state: 'scanning' as const } : derived;

  const onToggleLang = (): void => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    void saveLang(storage.local, next);
  };

  const onScanAnyway = (): void => {
    if (tabId === null) return;
    setForcing(true);
    send(tabId, { type: 'loanlens/scan', mode: 'force' }).catch(() => {
      setForcing(false);
      setReach('unreachable');
    });
  };

  const onShow = (doc: DocumentView, f: Finding): void => {
    if (tabId === null) return;
    // One highlight per tab: clear every frame, then ask the frame the clause came from. A linked
    // document has no frame of its own, so every frame looks (it may be open in a dialog).
    const highlight: ToContent = { type: 'loanlens/highlight', rule: f.rule, quote: f.quote };
    send(tabId, { type: 'loanlens/clear-highlights' })
      .catch(() => undefined)
      .then(() => (doc.kind === 'page' ? browser.tabs.sendMessage(tabId, highlight, { frameId: doc.frameId }) : send(tabId, highlight)))
      .then((raw) => {
        const reply = parseHighlightReply(raw);
        if (reply !== null) setStatus({ kind: reply.visible ? 'shown' : 'hidden' });
        else setStatus(doc.kind === 'link' ? { kind: 'in-link', url: doc.url, title: doc.title } : { kind: 'not-found' });
      })
      .catch(() => setStatus({ kind: 'not-found' }));
  };

  const onClear = (): void => {
    setStatus(null);
    if (tabId !== null) send(tabId, { type: 'loanlens/clear-highlights' }).catch(() => undefined);
  };

  return <Popup model={model} lang={lang} status={status} onScanAnyway={onScanAnyway} onShow={onShow} onClear={onClear} onToggleLang={onToggleLang} />;
}
