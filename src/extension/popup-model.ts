/**
 * What the popup shows, derived from a tab's stored state: one of five states, the combined grade and
 * counts over the tab's documents, and each document's findings grouped by category.
 */
import { CATEGORIES, SEVERITIES, type Bilingual, type Category, type Finding, type Grade, type Report, type Severity } from '../engine/types';
import { auditedDocs, badgeCount, pendingLinks, type DocAudit, type TabState } from './state';

export type PopupState = 'scanning' | 'none' | 'clean' | 'findings' | 'error';

/** What the popup learned by pinging the tab's content script. */
export type Reachability = 'unknown' | 'unreachable' | { loan: boolean };

export interface CategoryGroup {
  category: Category;
  worst: Severity;
  findings: Finding[];
}

export interface DocumentView {
  /** The frame that reported the document: "show on page" asks that frame, not every frame. */
  frameId: number;
  url: string;
  title: string;
  kind: DocAudit['kind'];
  truncated: boolean;
  grade: Grade;
  findingCount: number;
  groups: CategoryGroup[];
}

export interface PopupModel {
  state: PopupState;
  /** Why the state is none or error, for the message shown. */
  reason: 'forced' | 'unavailable' | 'audit' | null;
  grade: Grade;
  verdict: Bilingual | null;
  counts: Record<Severity, number>;
  badge: number;
  necessary: { beyond: Bilingual[]; collected: number; set: Bilingual[] };
  documents: DocumentView[];
  pending: number;
}

const GRADE_RANK: Record<Grade, number> = { none: 0, A: 1, B: 2, C: 3, D: 4, E: 5 };

function zeroCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

export function groupFindings(findings: readonly Finding[]): CategoryGroup[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = byCategory.get(f.category);
    if (list === undefined) byCategory.set(f.category, [f]);
    else list.push(f);
  }
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  return [...byCategory.entries()]
    .map(([category, list]) => {
      const sorted = [...list].sort((a, b) => rank(a.severity) - rank(b.severity) || a.start - b.start);
      return { category, worst: sorted[0]!.severity, findings: sorted };
    })
    .sort((a, b) => rank(a.worst) - rank(b.worst) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

function documentView(d: DocAudit & { report: Report }): DocumentView {
  return {
    frameId: d.frameId,
    url: d.url,
    title: d.title,
    kind: d.kind,
    truncated: d.truncated,
    grade: d.report.grade,
    findingCount: d.report.findings.length,
    groups: groupFindings(d.report.findings),
  };
}

function emptyModel(state: PopupState, reason: PopupModel['reason'], pending = 0): PopupModel {
  return {
    state,
    reason,
    grade: 'none',
    verdict: null,
    counts: zeroCounts(),
    badge: 0,
    necessary: { beyond: [], collected: 0, set: [] },
    documents: [],
    pending,
  };
}

export function derivePopup(state: TabState | null, reach: Reachability): PopupModel {
  const agreements = state === null ? [] : auditedDocs(state).filter((d) => d.report.agreementFound || d.report.findings.length > 0);
  const pending = state === null ? 0 : pendingLinks(state);
  if (state === null || agreements.length === 0) {
    const top = state?.top ?? null;
    if (top === null) {
      if (reach === 'unreachable') return emptyModel('error', 'unavailable');
      if (reach !== 'unknown' && !reach.loan) return emptyModel('none', null);
      return emptyModel('scanning', null);
    }
    const reported = state !== null && state.frames['0'] !== undefined;
    if (top.loan && (!reported || pending > 0)) return emptyModel('scanning', null, pending);
    const failed = state !== null && state.docs.some((d) => d.error !== null && d.error !== 'empty');
    if (failed) return emptyModel('error', 'audit');
    return emptyModel('none', top.forced ? 'forced' : null);
  }

  const counts = zeroCounts();
  let worst = agreements[0]!;
  const beyond = new Map<string, Bilingual>();
  let collected = 0;
  for (const d of agreements) {
    for (const s of SEVERITIES) counts[s] += d.report.counts[s];
    if (GRADE_RANK[d.report.grade] > GRADE_RANK[worst.report.grade]) worst = d;
    for (const b of d.report.necessary.beyond) if (!beyond.has(b.id)) beyond.set(b.id, b.label);
    collected += d.report.necessary.collected.length;
  }
  const serious = counts.critical + counts.high + counts.medium + counts.low;
  return {
    state: serious > 0 ? 'findings' : 'clean',
    reason: null,
    grade: worst.report.grade,
    verdict: worst.report.gradeReason,
    counts,
    badge: badgeCount(state),
    necessary: { beyond: [...beyond.values()], collected, set: worst.report.necessary.necessarySet.map((n) => n.label) },
    documents: agreements.map(documentView),
    pending,
  };
}
