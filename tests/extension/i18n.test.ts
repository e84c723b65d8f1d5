import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../src/engine/types';
import { LANG_KEY, STRINGS, browserLang, loadLang, saveLang } from '../../src/extension/i18n';
import { MemoryArea } from './fixtures';

describe('UI language', () => {
  it('follows the browser language', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['fr'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('keeps the user’s choice over the browser language', async () => {
    const area = new MemoryArea();
    expect(await loadLang(area, ['zh-CN'])).toBe('zh');
    await saveLang(area, 'en');
    expect(await loadLang(area, ['zh-CN'])).toBe('en');
    await saveLang(area, 'zh');
    expect(await loadLang(area, ['en-US'])).toBe('zh');
  });

  it('ignores a stored value that is not a language', async () => {
    const area = new MemoryArea();
    await area.set({ [LANG_KEY]: '<script>' });
    expect(await loadLang(area, ['en-US'])).toBe('en');
  });

  it('names every category and severity in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const c of CATEGORIES) expect(STRINGS[lang].category[c].length).toBeGreaterThan(0);
      for (const s of SEVERITIES) expect(STRINGS[lang].severity[s].length).toBeGreaterThan(0);
    }
    expect(STRINGS.zh.category['contacts-access']).not.toBe(STRINGS.en.category['contacts-access']);
  });
});
