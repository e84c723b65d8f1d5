/**
 * Agreement links on a page (《借款协议》, 《隐私政策》, "Terms", "Privacy Policy"…) and the same-site
 * rule that decides which of them LoanLens may fetch: only the site the user is on, never a third party.
 */

export const MAX_LINKS = 10;

/** 《…协议》 and friends; the bracket content is bounded so the pattern stays linear. */
const ZH_LINK = /《[^《》]{0,40}(?:协议|政策|授权书|合同|条款|规则|声明|须知)[^《》]{0,10}》/;
const ZH_BARE = /^[^\n]{0,30}(?:借款协议|贷款协议|借款合同|隐私政策|授权书|服务协议|用户协议|个人信息)[^\n]{0,10}$/;
const EN_LINK = /\b(?:terms|privacy|loan agreement|credit agreement|user agreement|service agreement|authori[sz]ation|consent)\b/i;

export interface AgreementLink {
  url: string;
  title: string;
}

/** Suffixes under which each registrable name has three labels (example.com.cn). */
const TWO_LABEL_SUFFIXES = new Set([
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'com.hk', 'org.hk', 'com.tw', 'org.tw', 'com.mo',
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'co.jp', 'com.au', 'com.sg', 'co.kr', 'com.my', 'co.in', 'com.br',
]);

/** The registrable domain ("site") of a host; IP addresses and single-label hosts are their own site. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.includes(':') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function sameSite(a: string, b: string): boolean {
  try {
    const ua = new URL(a);
    const ub = new URL(b);
    if (ua.protocol !== ub.protocol || (ua.protocol !== 'http:' && ua.protocol !== 'https:')) return false;
    return siteOf(ua.hostname) === siteOf(ub.hostname);
  } catch {
    return false;
  }
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export function isAgreementLinkText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  return ZH_LINK.test(t) || ZH_BARE.test(t) || EN_LINK.test(t);
}

/**
 * Agreement links under `root` that point to another document on the tab's site. `pageUrl` is the
 * frame's own address (links to it, or to an anchor in it, are the page itself).
 */
export function findAgreementLinks(root: ParentNode, pageUrl: string, tabUrl: string): AgreementLink[] {
  const found: AgreementLink[] = [];
  const seen = new Set<string>([withoutHash(pageUrl)]);
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (found.length >= MAX_LINKS) break;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!isAgreementLinkText(text)) continue;
    let url: string;
    try {
      url = withoutHash(new URL(a.getAttribute('href') ?? '', pageUrl).href);
    } catch {
      continue;
    }
    if (seen.has(url) || !sameSite(url, tabUrl)) continue;
    seen.add(url);
    found.push({ url, title: text.slice(0, 120) });
  }
  return found;
}
