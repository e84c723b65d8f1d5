/**
 * The background's message handling, free of browser APIs so tests can drive it: validate, audit,
 * merge into the tab's stored state, update the badge. Updates to one tab run one after another
 * (frames report concurrently); the queue only orders work, all state is in storage.
 */
import type { Report } from '../engine/types';
import { AuditInputError } from '../engine/types';
import { contentSender, parseToBackground, type DocsMessage, type LoanReply, type PageMessage, type SenderInfo, type ToContent } from './messages';
import { applyDocs, applyPage, badgeFor, emptyState, isCurrent, isLoanTab, type DocAudit, type TabState } from './state';
import { readTab, removeTab, writeTab, type TabStore } from './store';

export interface BackgroundDeps {
  store: TabStore;
  ownId: string;
  audit: (text: string) => Report;
  sha256: (text: string) => string;
  setBadge: (tabId: number, text: string, color: string) => Promise<void>;
  sendToTab: (tabId: number, message: ToContent) => Promise<unknown>;
  now: () => number;
}

export class BackgroundCore {
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(private readonly deps: BackgroundDeps) {}

  /** Returns the reply, or undefined for messages that are not ours or not valid (no reply is sent). */
  handleMessage(raw: unknown, sender: SenderInfo): Promise<unknown> | undefined {
    const from = contentSender(sender, this.deps.ownId);
    if (from === null) return undefined;
    const message = parseToBackground(raw);
    if (message === null) return undefined;
    switch (message.type) {
      case 'loanlens/page':
        if (from.frameId !== 0) return undefined;
        return this.serial(from.tabId, () => this.onPage(from.tabId, message));
      case 'loanlens/docs':
        return this.serial(from.tabId, () => this.onDocs(from.tabId, from.frameId, message));
      case 'loanlens/probe':
        return this.serial(from.tabId, async (): Promise<LoanReply> => {
          const state = await readTab(this.deps.store, from.tabId);
          return { loan: state !== null && isLoanTab(state) };
        });
    }
  }

  async onTabRemoved(tabId: number): Promise<void> {
    await this.serial(tabId, () => removeTab(this.deps.store, tabId));
  }

  private serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(tabId, next);
    void next.finally(() => {
      if (this.queues.get(tabId) === next) this.queues.delete(tabId);
    }).catch(() => undefined);
    return next;
  }

  private async onPage(tabId: number, m: PageMessage): Promise<{ ok: true }> {
    const before = (await readTab(this.deps.store, tabId)) ?? emptyState(this.deps.now());
    const state = applyPage(before, { url: m.url, title: m.title, loan: m.loan, forced: m.forced, timeOrigin: m.timeOrigin }, this.deps.now());
    await this.commit(tabId, state);
    const becameLoan = m.loan && (before.top === null || !before.top.loan || before.top.timeOrigin !== m.timeOrigin);
    if (becameLoan) {
      // Sub-frames that hold an agreement but never say "loan" wait for this before extracting.
      this.deps.sendToTab(tabId, { type: 'loanlens/scan', mode: 'tab-is-loan' }).catch(() => undefined);
    }
    return { ok: true };
  }

  private async onDocs(tabId: number, frameId: number, m: DocsMessage): Promise<{ ok: true }> {
    const before = (await readTab(this.deps.store, tabId)) ?? emptyState(this.deps.now());
    if (!isCurrent(before, frameId, m.timeOrigin)) return { ok: true };
    const audits = m.docs.map((doc): DocAudit => {
      const sha256 = this.deps.sha256(doc.text);
      const previous = before.docs.find((d) => d.frameId === frameId && d.kind === doc.kind && d.url === doc.url && d.sha256 === sha256);
      const base = { frameId, timeOrigin: m.timeOrigin, kind: doc.kind, url: doc.url, title: doc.title, truncated: doc.truncated, sha256 };
      if (previous !== undefined) return { ...base, report: previous.report, error: previous.error };
      return { ...base, ...this.auditText(doc.text) };
    });
    await this.commit(tabId, applyDocs(before, frameId, m.timeOrigin, audits, m.pendingLinks, this.deps.now()));
    return { ok: true };
  }

  private auditText(text: string): { report: Report | null; error: string | null } {
    try {
      return { report: this.deps.audit(text), error: null };
    } catch (e) {
      return { report: null, error: e instanceof AuditInputError ? e.reason : 'internal' };
    }
  }

  private async commit(tabId: number, state: TabState): Promise<void> {
    await writeTab(this.deps.store, tabId, state);
    const badge = badgeFor(state);
    await this.deps.setBadge(tabId, badge.text, badge.color).catch(() => undefined);
  }
}
