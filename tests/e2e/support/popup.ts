/**
 * Reading the popup and the page through their DOM contracts. The functions marked "runs in the
 * browser" are serialised by Playwright / puppeteer, so they must not use anything from this module.
 */

export type PopupState = 'scanning' | 'none' | 'clean' | 'findings' | 'error';

export interface FindingView {
  rule: string;
  category: string;
  severity: string;
  quote: string;
  citations: number;
  canShowOnPage: boolean;
}

export interface PopupSnapshot {
  state: string | null;
  grade: string | null;
  verdict: string | null;
  counts: Record<'critical' | 'high' | 'medium' | 'low' | 'info', number | null>;
  badgeCount: string | null;
  necessary: string | null;
  findings: FindingView[];
  documents: string[];
  /** Traces a hostile page could leave if its text were rendered as markup. */
  injected: { ids: string[]; handlerAttributes: string[]; inlineScripts: number };
}

/** Runs in the browser: the popup's state as plain data. */
export function readPopup(): PopupSnapshot {
  const text = (el: Element | null): string | null => (el === null ? null : (el.textContent ?? '').trim());
  const count = (name: string): number | null => {
    const t = text(document.querySelector(`[data-testid=count-${name}]`));
    const m = t === null ? null : /\d+/.exec(t);
    return m === null ? null : Number(m[0]);
  };
  const all = Array.from(document.querySelectorAll('*'));
  return {
    state: document.querySelector('[data-testid=popup]')?.getAttribute('data-state') ?? null,
    grade: text(document.querySelector('[data-testid=grade]')),
    verdict: text(document.querySelector('[data-testid=verdict]')),
    counts: { critical: count('critical'), high: count('high'), medium: count('medium'), low: count('low'), info: count('info') },
    badgeCount: text(document.querySelector('[data-testid=badge-count]')),
    necessary: text(document.querySelector('[data-testid=necessary]')),
    findings: Array.from(document.querySelectorAll('[data-testid=finding]')).map((f) => ({
      rule: f.getAttribute('data-rule') ?? '',
      category: f.getAttribute('data-category') ?? '',
      severity: f.getAttribute('data-severity') ?? '',
      quote: text(f.querySelector('[data-testid=quote]')) ?? '',
      citations: f.querySelectorAll('[data-testid=citation]').length,
      canShowOnPage: f.querySelector('[data-testid=show-on-page]') !== null,
    })),
    documents: Array.from(document.querySelectorAll('[data-testid=document]')).map((d) => d.getAttribute('data-url') ?? ''),
    injected: {
      ids: all.map((e) => e.id).filter((id) => id.startsWith('pwned')),
      handlerAttributes: all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')).map((n) => `${e.tagName}[${n}]`)),
      inlineScripts: document.querySelectorAll('script:not([src])').length,
    },
  };
}

export interface FrameProbe {
  url: string;
  highlights: string[];
  text: string;
  injectedIds: string[];
}

/** Runs in the browser, in one frame: its highlight marks, its text, and any injected element. */
export function probeFrame(): FrameProbe {
  return {
    url: location.href,
    highlights: Array.from(document.querySelectorAll('[data-loanlens-highlight]')).map((e) => e.getAttribute('data-rule') ?? ''),
    text: document.documentElement.textContent ?? '',
    injectedIds: Array.from(document.querySelectorAll('[id^=pwned]')).map((e) => e.id),
  };
}

/** Selector of the show-on-page button of the first finding of a rule. */
export function showOnPageSelector(rule: string): string {
  return `[data-testid=finding][data-rule="${rule}"] [data-testid=show-on-page]`;
}
