/**
 * Fetches one of the site's own agreement documents so the user sees its findings without opening it.
 * These fetches are the extension's only network requests: same-site, bounded in time and size, and
 * the parsed HTML is inert (DOMParser documents run no scripts and load nothing).
 */
import { documentTitle, extractText } from './extract';
import type { AgreementLink } from './links';
import { sameSite } from './links';
import { MAX_DOC_CHARS, MAX_TITLE_CHARS, type ExtractedDoc } from './messages';

const TIMEOUT_MS = 8000;
/** Raw bytes read at most; HTML markup is several times the size of its text. */
const MAX_BYTES = 4 * MAX_DOC_CHARS;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Reads at most `limit` bytes of the body, so a huge or endless response cannot exhaust memory. */
async function readBounded(response: Response, limit: number): Promise<{ text: string; cut: boolean }> {
  const reader = response.body?.getReader();
  if (reader === undefined) {
    const text = await response.text();
    return { text: text.slice(0, limit), cut: text.length > limit };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= limit) {
      cut = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const c of chunks) {
    const take = Math.min(c.byteLength, bytes.length - offset);
    bytes.set(c.subarray(0, take), offset);
    offset += take;
  }
  return { text: new TextDecoder(charsetOf(response.headers.get('content-type'))).decode(bytes), cut };
}

function charsetOf(contentType: string | null): string {
  const m = /charset=["']?([\w-]{1,40})/i.exec(contentType ?? '');
  const label = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/** Null when the link is not a same-site text document, fails, or times out. */
export async function fetchAgreement(link: AgreementLink, tabUrl: string, fetchImpl: FetchLike, parser: DOMParser): Promise<ExtractedDoc | null> {
  if (!sameSite(link.url, tabUrl)) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetchImpl(link.url, { credentials: 'same-origin', redirect: 'follow', signal: controller.signal });
    // A redirect may leave the site; the final address must pass the same check.
    if (!response.ok || (response.url !== '' && !sameSite(response.url, tabUrl))) return null;
    const type = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
    const isHtml = type.includes('html') || type.includes('xml');
    if (!isHtml && !type.startsWith('text/plain')) return null;
    const body = await readBounded(response, MAX_BYTES);
    let text = body.text;
    let title = link.title;
    let truncated = body.cut;
    if (isHtml) {
      const doc = parser.parseFromString(text, 'text/html');
      const extracted = extractText(doc.body ?? doc);
      text = extracted.text;
      truncated ||= extracted.truncated;
      // The link's own words (《借款协议》) are what the user saw on the page.
      title = link.title || documentTitle(doc);
    }
    if (text.length > MAX_DOC_CHARS) {
      text = text.slice(0, MAX_DOC_CHARS);
      truncated = true;
    }
    return { kind: 'link', url: link.url, title: title.slice(0, MAX_TITLE_CHARS), text, truncated };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
