/**
 * Visible text of an HTML document without a DOM, for the CLI (Node has no DOMParser and the
 * bundle must stay small). It follows what a reader sees: script, style, noscript and template
 * content is dropped, block elements become line breaks, whitespace collapses as in rendering,
 * <pre> keeps its layout and character references are decoded. The scanner moves forward only
 * (indexOf and single passes), so hostile markup costs linear time.
 */
import { decodeEntities } from './entities';

export interface ExtractedHtml {
  /** The text the engine audits; finding offsets index this string. */
  text: string;
  /** The document's <title>, whitespace collapsed, if it has one. */
  title: string | undefined;
}

/** Elements whose content the tokenizer reads as raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea', 'title']);
/** Raw-text elements whose content is never shown to the reader. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes']);
/** Elements that end the current line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'pre', 'section', 'summary', 'table', 'tbody',
  'textarea', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);
/** Elements set off by a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose whitespace is kept as written (textarea and xmp are raw text, handled apart). */
const PREFORMATTED = new Set(['pre', 'listing']);

const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
const isAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isHtmlSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** Builds the output with rendering's whitespace rules: pending spaces and line breaks are emitted lazily. */
class TextSink {
  private readonly parts: string[] = [];
  private empty = true;
  private space = false;
  private breaks = 0;

  lineBreak(count: 1 | 2): void {
    this.breaks = Math.max(this.breaks, count);
    this.space = false;
  }

  /** A <br>: consecutive ones stack up to one blank line. */
  hardBreak(): void {
    this.breaks = Math.min(this.breaks + 1, 2);
    this.space = false;
  }

  separator(): void {
    if (this.breaks === 0) this.space = true;
  }

  flowing(raw: string): void {
    const text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (text === ' ') {
      this.separator();
      return;
    }
    if (text.length === 0) return;
    if (text.charCodeAt(0) === 0x20) this.separator();
    const trailing = text.charCodeAt(text.length - 1) === 0x20;
    this.emit(text.slice(text.charCodeAt(0) === 0x20 ? 1 : 0, trailing ? -1 : undefined));
    if (trailing) this.space = true;
  }

  preformatted(raw: string): void {
    const text = raw.replace(/\r\n?/g, '\n');
    if (text.length > 0) this.emit(text);
  }

  private emit(text: string): void {
    if (!this.empty) {
      if (this.breaks > 0) this.parts.push('\n'.repeat(this.breaks));
      else if (this.space) this.parts.push(' ');
    }
    this.parts.push(text);
    this.empty = false;
    this.space = false;
    this.breaks = 0;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Index of the '>' that closes the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x3e) return j;
    if (c === 0x3d) {
      afterEquals = true;
    } else if (afterEquals && !isHtmlSpace(c)) {
      if (c === 0x22 || c === 0x27) quote = c;
      afterEquals = false;
    }
  }
  return html.length;
}

/** Start of the end tag `</name` at or after `from` (any letter case), or the end of the input. */
function findEndTag(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i !== -1; i = html.indexOf('</', i + 2)) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name && !isNameChar(html.charCodeAt(i + 2 + name.length))) return i;
  }
  return html.length;
}

/** Index just past a <template> element, counting nested templates (their content is inert markup). */
function skipTemplate(html: string, from: number): number {
  let depth = 1;
  for (let i = html.indexOf('<', from); i !== -1; i = html.indexOf('<', i + 1)) {
    const closing = html.charCodeAt(i + 1) === 0x2f;
    const nameAt = i + (closing ? 2 : 1);
    if (html.slice(nameAt, nameAt + 8).toLowerCase() !== 'template' || isNameChar(html.charCodeAt(nameAt + 8))) continue;
    depth += closing ? -1 : 1;
    const end = tagEnd(html, nameAt + 8);
    if (depth === 0) return end + 1;
    i = end;
  }
  return html.length;
}

export function htmlToText(html: string): ExtractedHtml {
  const sink = new TextSink();
  let title: string | undefined;
  let pre = 0;
  let i = 0;
  const n = html.length;

  const text = (raw: string): void => {
    if (raw.length === 0) return;
    const decoded = decodeEntities(raw);
    if (pre > 0) sink.preformatted(decoded);
    else sink.flowing(decoded);
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      text(html.slice(i, lt));
      const isComment = html.startsWith('<!--', lt);
      const close = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close === -1 ? n : close + (isComment ? 3 : 1);
      continue;
    }
    if (next === 0x3f /* ? */) {
      text(html.slice(i, lt));
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? n : close + 1;
      continue;
    }
    const closing = next === 0x2f;
    const nameAt = lt + (closing ? 2 : 1);
    if (!isAlpha(html.charCodeAt(nameAt))) {
      // "a < b" or a stray "</ " is text, as in browsers.
      text(html.slice(i, nameAt));
      i = nameAt;
      continue;
    }
    text(html.slice(i, lt));
    let nameEnd = nameAt;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    i = Math.min(end + 1, n);
    const selfClosing = html.charCodeAt(end - 1) === 0x2f;

    if (closing) {
      if (PREFORMATTED.has(name)) pre = Math.max(0, pre - 1);
      if (PARAGRAPH.has(name)) sink.lineBreak(2);
      else if (BLOCK.has(name)) sink.lineBreak(1);
      else if (name === 'td' || name === 'th') sink.separator();
      continue;
    }

    if (name === 'template') {
      i = skipTemplate(html, i);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, i);
      const content = html.slice(i, close);
      i = close === n ? n : Math.min(tagEnd(html, close + 2 + name.length) + 1, n);
      if (name === 'title') {
        title ??= decodeEntities(content).replace(/\s+/g, ' ').trim() || undefined;
      } else if (!HIDDEN.has(name)) {
        sink.lineBreak(1);
        pre++;
        text(content);
        pre--;
        sink.lineBreak(1);
      }
      continue;
    }
    if (name === 'br') sink.hardBreak();
    else if (PARAGRAPH.has(name)) sink.lineBreak(2);
    else if (BLOCK.has(name) || name === 'hr') sink.lineBreak(1);
    else if (name === 'td' || name === 'th') sink.separator();
    if (PREFORMATTED.has(name) && !selfClosing) pre++;
  }
  return { text: sink.toString(), title };
}
