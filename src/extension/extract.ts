/**
 * Agreement text from a DOM: the page itself, dialogs and drawers (hidden or open: a closed 《借款协议》
 * modal is still in the tree), open shadow roots, and <textarea>/<pre> holders. The walk is iterative
 * so a hostile, deeply nested page cannot overflow the stack, and it stops at MAX_DOC_CHARS.
 */
import { SKIPPED_TAGS } from './loan-check';
import { MAX_DOC_CHARS } from './messages';

/** Elements that start a new line, so clauses in separate blocks never run together. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'TEXTAREA', 'LABEL',
]);

/** Never agreement text: menus, form controls, and LoanLens's own overlay. */
const NOISE_TAGS = new Set(['NAV', 'INPUT', 'SELECT', 'BUTTON', 'OPTION']);

export const OVERLAY_ATTR = 'data-loanlens-highlight';

export interface Extracted {
  text: string;
  truncated: boolean;
}

function isNoise(el: Element, tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || NOISE_TAGS.has(tag) || el.getAttribute('role') === 'navigation' || el.hasAttribute(OVERLAY_ATTR);
}

export function extractText(root: Node): Extracted {
  const out: string[] = [];
  let chars = 0;
  let truncated = false;
  const push = (s: string): void => {
    if (truncated) return;
    if (chars + s.length > MAX_DOC_CHARS) {
      out.push(s.slice(0, MAX_DOC_CHARS - chars));
      chars = MAX_DOC_CHARS;
      truncated = true;
      return;
    }
    out.push(s);
    chars += s.length;
  };
  // A stack of nodes to visit; the string '\n' is a marker that closes a block element.
  const stack: (Node | '\n')[] = [root];
  while (stack.length > 0 && !truncated) {
    const item = stack.pop()!;
    if (item === '\n') {
      push('\n');
      continue;
    }
    if (item.nodeType === 3) {
      push(item.nodeValue ?? '');
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    let children: ArrayLike<Node> = item.childNodes;
    if (item.nodeType === 1) {
      const el = item as Element;
      const tag = el.tagName.toUpperCase();
      if (isNoise(el, tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        push('\n');
        stack.push('\n');
      }
      if (tag === 'TEXTAREA') {
        // The current value, which scripts may have set, not the initial text child.
        push((el as HTMLTextAreaElement).value);
        continue;
      }
      const shadow = el.shadowRoot;
      if (shadow !== null && shadow !== undefined) {
        // Light children after the shadow tree: slotted ones are rendered inside it but stored here.
        for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
        children = shadow.childNodes;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: tidy(out.join('')), truncated };
}

/** Collapses the runs of blank lines and spaces that markup leaves, keeping line structure. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** The document's own title, or its first heading. */
export function documentTitle(doc: Document): string {
  const t = (doc.querySelector('title')?.textContent ?? '').trim();
  if (t.length > 0) return t;
  return (doc.querySelector('h1, h2')?.textContent ?? '').trim();
}
