/**
 * What the background remembers about a tab, as plain data kept in extension storage (the MV3 service
 * worker may be stopped at any moment, so nothing that matters lives only in memory). The functions
 * here are pure: the background feeds messages in, stores the result and derives the badge from it.
 */
import type { Report, Severity } from '../engine/types';
import type { DocKind } from './messages';

/** Documents kept per tab; a page that links to more agreements than this is unusual. */
export const MAX_DOCS_PER_TAB = 24;

export interface TopFrame {
  url: string;
  title: string;
  loan: boolean;
  forced: boolean;
  timeOrigin: number;
}

export interface DocAudit {
  frameId: number;
  timeOrigin: number;
  kind: DocKind;
  url: string;
  title: string;
  truncated: boolean;
  sha256: string;
  report: Report | null;
  /** Why the text could not be audited (an AuditInputError reason, or 'internal'). */
  error: string | null;
}

export interface FrameInfo {
  timeOrigin: number;
  pendingLinks: number;
}

export interface TabState {
  v: 1;
  top: TopFrame | null;
  frames: Record<string, FrameInfo>;
  docs: DocAudit[];
  updatedAt: number;
}

export function emptyState(now: number): TabState {
  return { v: 1, top: null, frames: {}, docs: [], updatedAt: now };
}

/**
 * The top frame announced its page. A new document (another timeOrigin) drops everything reported for
 * the previous one: sub-frames of the new page were created after it started, so their timeOrigin is
 * not earlier. An in-page navigation (same document, new URL) drops only the top frame's documents.
 */
export function applyPage(state: TabState, top: TopFrame, now: number): TabState {
  const prev = state.top;
  let docs = state.docs;
  let frames = state.frames;
  if (prev === null || prev.timeOrigin !== top.timeOrigin) {
    docs = docs.filter((d) => d.frameId !== 0 && d.timeOrigin >= top.timeOrigin);
    frames = Object.fromEntries(Object.entries(frames).filter(([id, f]) => id !== '0' && f.timeOrigin >= top.timeOrigin));
  } else if (prev.url !== top.url) {
    docs = docs.filter((d) => d.frameId !== 0);
    frames = Object.fromEntries(Object.entries(frames).filter(([id]) => id !== '0'));
  }
  return { ...state, top, docs, frames, updatedAt: now };
}

/** Whether a frame's report belongs to the tab's current page rather than one it has left. */
export function isCurrent(state: TabState, frameId: number, timeOrigin: number): boolean {
  if (state.top === null) return true;
  return frameId === 0 ? timeOrigin === state.top.timeOrigin : timeOrigin >= state.top.timeOrigin;
}

/** Adds or replaces documents (same frame, kind and URL) and records the frame's pending link count. */
export function applyDocs(state: TabState, frameId: number, timeOrigin: number, docs: DocAudit[], pendingLinks: number, now: number): TabState {
  const key = (d: DocAudit): string => `${d.frameId}|${d.kind}|${d.url}`;
  const incoming = new Map(docs.map((d) => [key(d), d]));
  const kept = state.docs.filter((d) => !incoming.has(key(d)));
  const merged = [...kept, ...incoming.values()];
  // Oldest documents go first when a page keeps producing new ones.
  const bounded = merged.length > MAX_DOCS_PER_TAB ? merged.slice(merged.length - MAX_DOCS_PER_TAB) : merged;
  return {
    ...state,
    docs: bounded,
    frames: { ...state.frames, [String(frameId)]: { timeOrigin, pendingLinks } },
    updatedAt: now,
  };
}

/** Documents with an audit, one per distinct text (a page and a link may hold the same agreement). */
export function auditedDocs(state: TabState): (DocAudit & { report: Report })[] {
  const seen = new Set<string>();
  const out: (DocAudit & { report: Report })[] = [];
  for (const d of state.docs) {
    if (d.report === null || seen.has(d.sha256)) continue;
    seen.add(d.sha256);
    out.push(d as DocAudit & { report: Report });
  }
  return out;
}

export function pendingLinks(state: TabState): number {
  return Object.values(state.frames).reduce((n, f) => n + f.pendingLinks, 0);
}

export function isLoanTab(state: TabState): boolean {
  return (state.top?.loan ?? false) || auditedDocs(state).some((d) => d.report.agreementFound);
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function worstSeverity(state: TabState): Severity | null {
  let worst: number | null = null;
  for (const d of auditedDocs(state)) {
    for (const f of d.report.findings) {
      const i = SEVERITY_ORDER.indexOf(f.severity);
      if (worst === null || i < worst) worst = i;
    }
  }
  return worst === null ? null : SEVERITY_ORDER[worst]!;
}

/** Critical plus high findings across the tab's documents: the number on the toolbar badge. */
export function badgeCount(state: TabState): number {
  if (!isLoanTab(state)) return 0;
  return auditedDocs(state).reduce((n, d) => n + d.report.counts.critical + d.report.counts.high, 0);
}

const BADGE_COLOURS: Record<Severity, string> = {
  critical: '#B42318',
  high: '#C4320A',
  medium: '#8A5A00',
  low: '#475467',
  info: '#475467',
};

export function badgeFor(state: TabState | null): { text: string; color: string } {
  const n = state === null ? 0 : badgeCount(state);
  const worst = state === null ? null : worstSeverity(state);
  return { text: n === 0 ? '' : String(n), color: BADGE_COLOURS[worst ?? 'info'] };
}
