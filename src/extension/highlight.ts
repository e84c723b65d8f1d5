/**
 * "Show on page": finds a quoted clause in the page's text nodes and draws boxes over it in an overlay
 * (a shadow-root host on <html>, pointer-events none). Page text is never wrapped or changed, so the
 * page's layout and scripts are unaffected, and removing the host undoes everything.
 */
import { SKIPPED_TAGS } from './loan-check';
import { OVERLAY_ATTR } from './extract';

const MAX_BOXES = 200;
/** Characters compared at each end when the whole quote is not found verbatim. */
const EDGE = 30;

function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function compact(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) out += s[i];
  return out;
}

interface TextIndex {
  nodes: Text[];
  /** Offset of each node's first non-space character in `text`. */
  starts: number[];
  /** The page's text with all white space removed: markup splits and reflows it differently from the extracted text. */
  text: string;
}

function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const c = compact(node.nodeValue ?? '');
      if (c.length === 0) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(c);
      length += c.length;
      continue;
    }
    let children: ArrayLike<Node> = node.childNodes;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      // A <textarea>'s text child is its initial value and has no boxes of its own; its value is searched separately.
      if (SKIPPED_TAGS.has(tag) || tag === 'TEXTAREA' || el.hasAttribute(OVERLAY_ATTR)) continue;
      if (el.shadowRoot) {
        for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
        children = el.shadowRoot.childNodes;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { nodes, starts, text: parts.join('') };
}

/** The node and raw offset of the compact index `at` (end = true: just after that character). */
function locate(index: TextIndex, at: number, end: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo]!;
  const raw = node.nodeValue ?? '';
  let seen = index.starts[lo]!;
  for (let i = 0; i < raw.length; i++) {
    if (isSpace(raw.charCodeAt(i))) continue;
    if (seen === at) return { node, offset: end ? i + 1 : i };
    seen++;
  }
  return { node, offset: raw.length };
}

/** Compact [start, end) of the quote in the page text: verbatim, or by its two ends when markup interrupts it. */
function search(text: string, quote: string): { start: number; end: number } | null {
  const q = compact(quote);
  if (q.length === 0) return null;
  const at = text.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  if (q.length <= EDGE * 2) return null;
  const head = text.indexOf(q.slice(0, EDGE));
  if (head < 0) return null;
  const tail = text.indexOf(q.slice(-EDGE), head + EDGE);
  if (tail < 0 || tail + EDGE - head > q.length * 1.5) return null;
  return { start: head, end: tail + EDGE };
}

/** A Range over the quote in the page's text, or the <textarea> that holds it. */
export function findQuote(doc: Document, quote: string): Range | HTMLTextAreaElement | null {
  const root = doc.body ?? doc.documentElement;
  if (root === null) return null;
  const index = indexText(root);
  const hit = search(index.text, quote);
  if (hit !== null) {
    const from = locate(index, hit.start, false);
    const to = locate(index, hit.end - 1, true);
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }
  const q = compact(quote);
  for (const ta of Array.from(doc.querySelectorAll('textarea'))) {
    if (compact(ta.value).includes(q)) return ta;
  }
  return null;
}

export interface HighlightResult {
  found: boolean;
  visible: boolean;
}

/** One highlight per document at a time; a new one replaces the old. */
export class Highlighter {
  private host: HTMLElement | null = null;
  private target: Range | HTMLTextAreaElement | null = null;
  private layer: HTMLElement | null = null;
  private frame = 0;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.clear();
  };
  private readonly onMove = (): void => {
    if (this.frame !== 0) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {}

  show(rule: string, quote: string, label: string): HighlightResult {
    this.clear();
    const target = findQuote(this.doc, quote);
    if (target === null) return { found: false, visible: false };
    this.target = target;
    const host = this.doc.createElement('div');
    host.setAttribute(OVERLAY_ATTR, '');
    host.setAttribute('data-rule', rule);
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = [
      '.box{position:absolute;box-sizing:border-box;background:rgba(250,204,21,.35);outline:2px solid #b45309;border-radius:2px;pointer-events:none}',
      '.tag{position:absolute;font:12px/1.4 system-ui,sans-serif;background:#7c2d12;color:#fff;padding:1px 6px;border-radius:3px;white-space:nowrap;pointer-events:none}',
    ].join('');
    this.layer = this.doc.createElement('div');
    const tag = this.doc.createElement('div');
    tag.className = 'tag';
    tag.textContent = label;
    shadow.append(style, this.layer, tag);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.scrollTo(target);
    const visible = this.draw();
    this.win.addEventListener('keydown', this.onKey, true);
    this.win.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    this.win.addEventListener('resize', this.onMove, { passive: true });
    return { found: true, visible };
  }

  clear(): void {
    if (this.frame !== 0) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.win.removeEventListener('keydown', this.onKey, true);
    this.win.removeEventListener('scroll', this.onMove, { capture: true });
    this.win.removeEventListener('resize', this.onMove);
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.target = null;
  }

  private rects(): DOMRect[] {
    const t = this.target;
    if (t === null) return [];
    if ('getClientRects' in t && typeof t.getClientRects === 'function') {
      return Array.from(t.getClientRects()).filter((r) => r.width > 0 && r.height > 0).slice(0, MAX_BOXES);
    }
    return [];
  }

  /** Boxes in document coordinates, so they stay on the text as the window scrolls. */
  private draw(): boolean {
    const layer = this.layer;
    if (layer === null || this.host === null) return false;
    const rects = this.rects();
    const sx = this.win.scrollX;
    const sy = this.win.scrollY;
    layer.replaceChildren(
      ...rects.map((r) => {
        const box = this.doc.createElement('div');
        box.className = 'box';
        box.style.cssText = `left:${r.left + sx - 2}px;top:${r.top + sy - 1}px;width:${r.width + 4}px;height:${r.height + 2}px`;
        return box;
      }),
    );
    const tag = layer.nextElementSibling as HTMLElement | null;
    const first = rects[0];
    if (tag !== null) {
      tag.style.cssText = first === undefined ? 'display:none' : `left:${first.left + sx}px;top:${Math.max(0, first.top + sy - 22)}px`;
    }
    return rects.length > 0;
  }

  private scrollTo(target: Range | HTMLTextAreaElement): void {
    const el = 'startContainer' in target ? target.startContainer.parentElement : target;
    if (el === null || typeof el.scrollIntoView !== 'function') return;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    // A long paragraph centred by its middle may leave the clause itself off screen.
    const first = this.rects()[0];
    if (first !== undefined && (first.top < 0 || first.bottom > this.win.innerHeight)) {
      this.win.scrollBy(0, first.top - this.win.innerHeight / 3);
    }
  }
}
