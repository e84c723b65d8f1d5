/**
 * The cheap check that runs on every page: does this look like a loan page with an agreement? It reads
 * a bounded sample (URL, title, the first and the last few thousand characters of text) so its cost
 * does not grow with the page: agreement links and the "I have read and agree to 《…》" line sit near
 * the top or the bottom of sign-up pages.
 */

const LOAN_WORDS = /借款|贷款|借贷|借钱|额度|授信|loan|lend|borrow/i;
const AGREEMENT_WORDS = /协议|政策|授权书|条款|合同|agreement|terms|privacy/i;

/** Characters read from each end of the page's text. */
const EDGE_CHARS = 3000;
/** Nodes visited from each end, so a page of empty elements cannot make the walk long either. */
const EDGE_NODES = 2000;

export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'OBJECT', 'IFRAME', 'FRAME']);

/** Text of the nodes nearest one end of the tree, depth first, bounded by characters and nodes visited. */
function edgeText(root: Node, fromEnd: boolean): string {
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  let node: Node | null = fromEnd ? root.lastChild : root.firstChild;
  while (node !== null && chars < EDGE_CHARS && visited < EDGE_NODES) {
    visited++;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      chars += v.length;
    }
    const descend = node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase());
    const child = descend ? (fromEnd ? node.lastChild : node.firstChild) : null;
    if (child !== null) {
      node = child;
      continue;
    }
    // Climb until a sibling in the walking direction exists, without leaving the root.
    while (node !== null && node !== root && (fromEnd ? node.previousSibling : node.nextSibling) === null) node = node.parentNode;
    node = node === null || node === root ? null : fromEnd ? node.previousSibling : node.nextSibling;
  }
  if (fromEnd) parts.reverse();
  return parts.join(' ');
}

function titleOf(doc: Document): string {
  // document.title searches the whole tree in some DOM implementations; the <title> is in <head>.
  const head = doc.head;
  if (head === null) return '';
  for (let c = head.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (c.tagName.toUpperCase() === 'TITLE') return c.textContent ?? '';
  }
  return '';
}

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url.slice(0, 2000));
  } catch {
    return url.slice(0, 2000);
  }
}

/** The bounded text the check looks at. */
export function pageSample(doc: Document, url: string): string {
  const body = doc.body ?? doc.documentElement;
  const parts = [decodedUrl(url), titleOf(doc)];
  if (body !== null) parts.push(edgeText(body, false), edgeText(body, true));
  return parts.join('\n');
}

export function looksLikeLoanPage(sample: string): boolean {
  return LOAN_WORDS.test(sample) && AGREEMENT_WORDS.test(sample);
}

/** Half of the check, for sub-frames of a loan page: an embedded privacy policy need not say "loan". */
export function mentionsAgreement(sample: string): boolean {
  return AGREEMENT_WORDS.test(sample);
}
