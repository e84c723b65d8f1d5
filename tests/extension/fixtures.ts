/**
 * Test material written for these tests (never copied from the corpus): a loan agreement with several
 * abusive clauses, a fair one, and helpers shared by the extension tests.
 */
import type { StorageAreaLike, StorageLike } from '../../src/extension/store';

export const ABUSIVE_AGREEMENT = [
  '借款协议',
  '第一条 借款人同意本平台读取并上传其手机通讯录，用于风险评估。',
  '第二条 如借款人逾期，出借人有权联系借款人的亲友及同事告知其欠款情况。',
  '第三条 借款人在本协议项下的授权不可撤销。',
  '第四条 借款人应填写两名紧急联系人，仅在无法联系借款人时使用。',
  '第五条 我们会收集您的手机号码、姓名和身份证号码以及通话记录。',
].join('\n');

export const FAIR_POLICY = [
  '隐私政策',
  '本政策说明我们如何处理您的个人信息。',
  '我们仅收集您的手机号码、姓名、身份证号码和银行卡号，用于完成借款。',
  '我们不会读取您的通讯录。',
].join('\n');

export const NEWS_PAGE_HTML = `
  <header><h1>City Daily</h1></header>
  <article>
    <h2>Rain expected over the weekend</h2>
    <p>Forecasters say a band of showers will cross the region on Saturday, clearing by Sunday evening.</p>
    <p>The local football club won its third match in a row, and the library extends its opening hours.</p>
  </article>
  <footer><a href="/about">About us</a> · <a href="/contact">Contact</a></footer>`;

/** A storage area kept in a Map, with the same copy-on-write behaviour as the real one. */
export class MemoryArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  failNextSet = false;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      this.failNextSet = false;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

export function memoryStorage(withSession = true): StorageLike & { session?: MemoryArea; local: MemoryArea } {
  return withSession ? { session: new MemoryArea(), local: new MemoryArea() } : { local: new MemoryArea() };
}

/** Puts HTML into the test document's body (happy-dom environment). */
export function setBody(html: string): void {
  document.body.innerHTML = html;
}
