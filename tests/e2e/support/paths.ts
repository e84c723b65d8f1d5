import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(REPO_ROOT, 'dist');
export const CHROME_BUILD = join(DIST, 'chrome-mv3');
export const FIREFOX_BUILD = join(DIST, 'firefox-mv2');
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

/** Debian's browsers; neither test library may download its own. */
export const CHROMIUM_BIN = process.env.LOANLENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.LOANLENS_FIREFOX ?? '/usr/bin/firefox-esr';
