/**
 * Messages between the content scripts, the background and the popup. Every message crosses a trust
 * boundary (a content script lives next to hostile page code), so each one is checked field by field
 * before use; anything unexpected is dropped.
 */

/** Longest document text a content script sends; longer texts are cut and flagged as truncated. */
export const MAX_DOC_CHARS = 2_000_000;
export const MAX_DOCS_PER_MESSAGE = 20;
export const MAX_URL_CHARS = 4096;
export const MAX_TITLE_CHARS = 300;
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_RULE_CHARS = 200;
/** More pending link fetches than a frame ever starts; bounds a forged counter. */
export const MAX_PENDING = 100;

export type DocKind = 'page' | 'link';

export interface ExtractedDoc {
  kind: DocKind;
  url: string;
  title: string;
  text: string;
  truncated: boolean;
}

/** Content script (top frame only) → background, once per page and after in-page navigation. */
export interface PageMessage {
  type: 'loanlens/page';
  title: string;
  loan: boolean;
  forced: boolean;
  /** Empty (with an empty title) when loan is false. */
  url: string;
  /** performance.timeOrigin of the frame's document: tells a new page load from a late report of the old one. */
  timeOrigin: number;
}

/** Content script (any frame) → background: documents to audit, and how many link fetches are still running. */
export interface DocsMessage {
  type: 'loanlens/docs';
  timeOrigin: number;
  docs: ExtractedDoc[];
  pendingLinks: number;
}

/** Content script (sub-frame) → background: is the tab a loan page? Answered with a {@link LoanReply}. */
export interface ProbeMessage {
  type: 'loanlens/probe';
}

export type ToBackground = PageMessage | DocsMessage | ProbeMessage;

/**
 * Popup or background → content scripts. `force` scans regardless of the cheap check ("scan this page
 * anyway"); `tab-is-loan` tells sub-frames that the top frame is a loan page.
 */
export interface ScanMessage {
  type: 'loanlens/scan';
  mode: 'force' | 'tab-is-loan';
}

export interface HighlightMessage {
  type: 'loanlens/highlight';
  rule: string;
  quote: string;
}

export interface ClearHighlightsMessage {
  type: 'loanlens/clear-highlights';
}

export interface PingMessage {
  type: 'loanlens/ping';
}

export type ToContent = ScanMessage | HighlightMessage | ClearHighlightsMessage | PingMessage;

/** The answer to a probe (from the background) and to a ping (from the top frame). */
export interface LoanReply {
  loan: boolean;
}

export interface HighlightReply {
  found: true;
  /** False when the clause sits in hidden content (a closed dialog), so nothing could be drawn. */
  visible: boolean;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** Addresses a frame can have: web and file pages, and about:srcdoc / about:blank frames written by the page. */
function isDocUrl(v: unknown): v is string {
  if (!isString(v, MAX_URL_CHARS)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' || u.protocol === 'about:';
  } catch {
    return false;
  }
}

function isTimeOrigin(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** Only the listed keys: extra keys mean the message was not made by this extension's code. */
function hasOnlyKeys(v: Json, keys: readonly string[]): boolean {
  return Object.keys(v).every((k) => keys.includes(k));
}

function parseDoc(v: unknown): ExtractedDoc | null {
  if (!isRecord(v) || !hasOnlyKeys(v, ['kind', 'url', 'title', 'text', 'truncated'])) return null;
  const { kind, url, title, text, truncated } = v;
  if (kind !== 'page' && kind !== 'link') return null;
  if (!isDocUrl(url) || !isString(title, MAX_TITLE_CHARS) || !isString(text, MAX_DOC_CHARS) || typeof truncated !== 'boolean') return null;
  return { kind, url, title, text, truncated };
}

export function parseToBackground(v: unknown): ToBackground | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'loanlens/page': {
      if (!hasOnlyKeys(v, ['type', 'url', 'title', 'loan', 'forced', 'timeOrigin'])) return null;
      const { url, title, loan, forced, timeOrigin } = v;
      if (typeof loan !== 'boolean' || typeof forced !== 'boolean' || !isTimeOrigin(timeOrigin) || !isString(title, MAX_TITLE_CHARS)) return null;
      // Ordinary pages are announced without their address.
      if (!isDocUrl(url) && !(url === '' && !loan)) return null;
      return { type: 'loanlens/page', url, title, loan, forced, timeOrigin };
    }
    case 'loanlens/docs': {
      if (!hasOnlyKeys(v, ['type', 'timeOrigin', 'docs', 'pendingLinks'])) return null;
      const { timeOrigin, docs, pendingLinks } = v;
      if (!isTimeOrigin(timeOrigin) || !Array.isArray(docs) || docs.length > MAX_DOCS_PER_MESSAGE) return null;
      if (!Number.isInteger(pendingLinks) || (pendingLinks as number) < 0 || (pendingLinks as number) > MAX_PENDING) return null;
      const parsed: ExtractedDoc[] = [];
      for (const d of docs) {
        const doc = parseDoc(d);
        if (doc === null) return null;
        parsed.push(doc);
      }
      return { type: 'loanlens/docs', timeOrigin, docs: parsed, pendingLinks: pendingLinks as number };
    }
    case 'loanlens/probe':
      return hasOnlyKeys(v, ['type']) ? { type: 'loanlens/probe' } : null;
    default:
      return null;
  }
}

export function parseToContent(v: unknown): ToContent | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'loanlens/scan':
    {
      if (!hasOnlyKeys(v, ['type', 'mode'])) return null;
      const mode = v.mode;
      return mode === 'force' || mode === 'tab-is-loan' ? { type: 'loanlens/scan', mode } : null;
    }
    case 'loanlens/highlight': {
      if (!hasOnlyKeys(v, ['type', 'rule', 'quote'])) return null;
      const { rule, quote } = v;
      if (!isString(rule, MAX_RULE_CHARS) || rule.length === 0 || !isString(quote, MAX_QUOTE_CHARS) || quote.trim().length === 0) return null;
      return { type: 'loanlens/highlight', rule, quote };
    }
    case 'loanlens/clear-highlights':
      return hasOnlyKeys(v, ['type']) ? { type: 'loanlens/clear-highlights' } : null;
    case 'loanlens/ping':
      return hasOnlyKeys(v, ['type']) ? { type: 'loanlens/ping' } : null;
    default:
      return null;
  }
}

export function parseLoanReply(v: unknown): LoanReply | null {
  return isRecord(v) && typeof v.loan === 'boolean' ? { loan: v.loan } : null;
}

export function parseHighlightReply(v: unknown): HighlightReply | null {
  return isRecord(v) && v.found === true && typeof v.visible === 'boolean' ? { found: true, visible: v.visible } : null;
}

/** The parts of a runtime.MessageSender the checks need; structurally compatible with both browsers' types. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * A message from one of this extension's own content scripts: same extension id and a real tab and
 * frame. Web pages cannot reach runtime.onMessage, but other extensions' ids are checked anyway.
 */
export function contentSender(sender: SenderInfo, ownId: string): { tabId: number; frameId: number } | null {
  if (sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || typeof sender.frameId !== 'number' || sender.frameId < 0) return null;
  return { tabId, frameId: sender.frameId };
}
