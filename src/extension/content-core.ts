/**
 * The content script's logic, with its browser dependencies passed in so tests can run it in happy-dom.
 * On ordinary pages it runs the bounded cheap check and waits; on loan pages it extracts the page's
 * text, follows the site's agreement links, and re-extracts after the page changes (debounced), sending
 * only what changed.
 */
import { extractText } from './extract';
import { fetchAgreement, type FetchLike } from './fetch-doc';
import { Highlighter } from './highlight';
import { findAgreementLinks, type AgreementLink } from './links';
import { looksLikeLoanPage, mentionsAgreement, pageSample } from './loan-check';
import { MAX_TITLE_CHARS, parseLoanReply, type ExtractedDoc, type HighlightReply, type LoanReply, type ToBackground, type ToContent } from './messages';

export const DEBOUNCE_MS = 500;
/** A page that never stops changing (a ticker) is still rescanned this often. */
export const MAX_WAIT_MS = 2000;
const FETCH_WORKERS = 3;
const HIGHLIGHT_LABEL = 'LoanLens · Esc 清除 / to clear';

export interface ContentDeps {
  win: Window;
  doc: Document;
  isTop: boolean;
  /** The tab's address when this frame can know it (same-origin with the top frame), for the same-site rule. */
  tabUrl: () => string | null;
  send: (message: ToBackground) => Promise<unknown>;
  fetch: FetchLike;
  timeOrigin: number;
}

export class ContentController {
  private loan = false;
  private forced = false;
  private probed = false;
  /** What the background was last told about this page (see announce). */
  private announced = '';
  /** Whether a docs message was sent for the current address. */
  private reported = false;
  private url: string;
  private readonly sent = new Map<string, string>();
  private readonly followed = new Set<string>();
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChange = 0;
  private observer: MutationObserver | null = null;
  private readonly highlighter: Highlighter;

  constructor(private readonly deps: ContentDeps) {
    this.url = deps.win.location.href;
    this.highlighter = new Highlighter(deps.doc, deps.win);
  }

  /** Runs the first check and starts watching the page for later changes. */
  async start(): Promise<void> {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.deps.doc.documentElement, { subtree: true, childList: true, characterData: true });
    await this.check();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.highlighter.clear();
  }

  /** Answers a validated message from the popup or background; undefined means "not for this frame". */
  handle(message: ToContent): Promise<unknown> | undefined {
    switch (message.type) {
      case 'loanlens/ping':
        return this.deps.isTop ? Promise.resolve<LoanReply>({ loan: this.loan }) : undefined;
      case 'loanlens/scan':
        if (message.mode === 'force') {
          this.forced = true;
          this.loan = true;
          const announced = this.announce();
          void announced.then(() => this.scan());
          // The popup follows the results in storage; it only needs to know the scan started.
          return this.deps.isTop ? announced.then(() => ({ ok: true })) : undefined;
        }
        if (!this.deps.isTop && !this.loan && mentionsAgreement(this.sample())) {
          this.loan = true;
          void this.scan();
        }
        return undefined;
      case 'loanlens/highlight': {
        const result = this.highlighter.show(message.rule, message.quote, HIGHLIGHT_LABEL);
        // Only the frame that holds the clause answers, so the popup hears from it and not from the others.
        return result.found ? Promise.resolve<HighlightReply>({ found: true, visible: result.visible }) : undefined;
      }
      case 'loanlens/clear-highlights':
        this.highlighter.clear();
        return undefined;
    }
  }

  /** The page came back from the back/forward cache: its report may have been replaced meanwhile. */
  async resume(): Promise<void> {
    this.sent.clear();
    this.announced = '';
    this.reported = false;
    await this.check();
  }

  private sample(): string {
    return pageSample(this.deps.doc, this.deps.win.location.href);
  }

  private async check(): Promise<void> {
    if (!this.loan) this.loan = looksLikeLoanPage(this.sample());
    if (this.deps.isTop) await this.announce();
    else if (!this.loan && !this.probed && mentionsAgreement(this.sample())) {
      this.probed = true;
      const reply = parseLoanReply(await this.deps.send({ type: 'loanlens/probe' }).catch(() => null));
      if (reply?.loan === true) this.loan = true;
    }
    if (this.loan) await this.scan();
  }

  /**
   * Tells the background what page the tab shows, once per change of address or verdict. Ordinary
   * pages are announced without address or title: the background only needs to forget the last page.
   */
  private async announce(): Promise<void> {
    if (!this.deps.isTop) return;
    const key = `${this.loan}|${this.forced}|${this.url}`;
    if (key === this.announced) return;
    this.announced = key;
    await this.deps
      .send({
        type: 'loanlens/page',
        url: this.loan ? this.url : '',
        title: this.loan ? this.deps.doc.title.slice(0, MAX_TITLE_CHARS) : '',
        loan: this.loan,
        forced: this.forced,
        timeOrigin: this.deps.timeOrigin,
      })
      .catch(() => undefined);
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.every((r) => this.isOwnMutation(r))) return;
    const now = Date.now();
    if (this.timer === undefined) this.firstChange = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstChange + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.afterChange();
    }, wait);
  }

  /** Drawing or removing the highlight overlay is not a page change. */
  private isOwnMutation(r: MutationRecord): boolean {
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-loanlens-highlight'));
  }

  private async afterChange(): Promise<void> {
    const href = this.deps.win.location.href;
    if (href !== this.url) {
      // In-page navigation: a new page for the user, so everything is reported afresh.
      this.url = href;
      this.sent.clear();
      this.followed.clear();
      this.reported = false;
      this.loan = this.forced;
      this.probed = false;
      this.highlighter.clear();
    }
    await this.check();
  }

  private send(docs: ExtractedDoc[]): Promise<unknown> {
    this.reported = true;
    return this.deps
      .send({ type: 'loanlens/docs', timeOrigin: this.deps.timeOrigin, docs, pendingLinks: this.pending })
      .catch(() => undefined);
  }

  /** Sends the frame's text if it changed since last time, and follows agreement links not yet followed. */
  private async scan(): Promise<void> {
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    const page = extractText(root);
    const links = this.newLinks();
    this.pending += links.length;
    const key = `page|${this.url}`;
    if (page.text.length > 0 && this.sent.get(key) !== page.text) {
      this.sent.set(key, page.text);
      await this.send([{ kind: 'page', url: this.url, title: this.deps.doc.title.slice(0, MAX_TITLE_CHARS), text: page.text, truncated: page.truncated }]);
    } else if (links.length > 0 || !this.reported) {
      // Even with nothing to audit the background must hear that this frame finished its first scan.
      await this.send([]);
    }
    await this.follow(links);
  }

  private newLinks(): AgreementLink[] {
    const tabUrl = this.deps.tabUrl();
    if (tabUrl === null) return [];
    const links = findAgreementLinks(this.deps.doc, this.url, tabUrl).filter((l) => !this.followed.has(l.url));
    for (const l of links) this.followed.add(l.url);
    return links;
  }

  private async follow(links: AgreementLink[]): Promise<void> {
    const tabUrl = this.deps.tabUrl();
    if (tabUrl === null || links.length === 0) return;
    const parser = new DOMParser();
    const queue = [...links];
    const worker = async (): Promise<void> => {
      for (let link = queue.shift(); link !== undefined; link = queue.shift()) {
        const doc = await fetchAgreement(link, tabUrl, this.deps.fetch, parser);
        this.pending--;
        const fresh = doc !== null && doc.text.length > 0 && this.sent.get(`link|${doc.url}`) !== doc.text;
        if (fresh) this.sent.set(`link|${doc.url}`, doc.text);
        await this.send(fresh ? [doc] : []);
      }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_WORKERS, links.length) }, worker));
  }
}
