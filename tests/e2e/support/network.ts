/**
 * What counts as "leaving the machine". The tests record requests two ways: the browsers' own
 * request events (pages, frames, the extension's worker) and the sink proxy, which catches anything
 * those events cannot see, such as a Firefox background page.
 */

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'about:', 'blob:']);

/** True when a request event's URL goes anywhere but the fixture server's loopback address. */
export function leavesMachine(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.hostname !== '127.0.0.1';
}

/**
 * Services the browsers call by themselves (component updates, account sign-in, remote settings).
 * They reach the sink whatever the extension does, so they are not held against it; the extension's
 * own requests to these hosts would still show up in the request events.
 */
const BROWSER_SERVICE_HOSTS: Record<'chromium' | 'firefox', RegExp> = {
  chromium: /(?:^|\.)(?:googleapis\.com|google\.com|gstatic\.com)$/,
  firefox: /(?:^|\.)(?:mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/,
};

/** The host a sink entry asked for: "CONNECT host:443" or "GET http://host/path". */
function sinkHost(entry: string): string {
  const target = entry.slice(entry.indexOf(' ') + 1);
  if (entry.startsWith('CONNECT ')) return target.replace(/:\d+$/, '');
  try {
    return new URL(target).hostname;
  } catch {
    return target;
  }
}

/** Sink entries that the browser's own services do not explain. */
export function unexplainedSinkHits(browser: 'chromium' | 'firefox', hits: readonly string[]): string[] {
  return hits.filter((h) => !BROWSER_SERVICE_HOSTS[browser].test(sinkHost(h)));
}
