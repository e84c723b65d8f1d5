import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import './style.css';

/** popup.html?tab=<id> shows that tab's audit (the e2e tests and "open in a tab" use it); otherwise the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app');
if (root !== null) {
  void targetTab()
    .catch(() => null)
    .then((tabId) => render(<App tabId={tabId} />, root));
}
