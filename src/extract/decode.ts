/**
 * Bytes to text for files, stdin and web pages. Chinese agreements still circulate as GBK, GB18030
 * and Big5, so the declared charset (HTTP header or the page's <meta>) wins, then a byte-order mark,
 * then strict UTF-8, then GB18030 for undeclared legacy Chinese text. Anything that still does not
 * decode cleanly is treated as binary rather than audited as garbage.
 */

import { Buffer, isUtf8 } from 'node:buffer';

/** The bytes are not text in any encoding we can tell; callers report the input as binary. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gbk". */
  encoding: string;
  /** The bytes are exactly the UTF-8 encoding of the text: valid UTF-8 without a byte-order mark. */
  exactUtf8: boolean;
}

/** How far into a document the <meta charset> declaration may appear (the HTML spec's prescan uses 1024). */
const META_SCAN_BYTES = 4096;
/** Share of replacement characters above which lossy text is considered binary. */
const MAX_INVALID_SHARE = 0.01;

/** The charset parameter of a Content-Type value, or undefined. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i.exec(contentType);
  return m?.[1];
}

/** The charset an HTML document declares in its first bytes via <meta charset> or http-equiv. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  // latin1 keeps every byte as one character, so ASCII markup is readable whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  const m = /<meta\b[^>]{0,512}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return m?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    // An unknown label is the page's mistake; fall back to detection instead of failing.
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 65536).includes(0);
}

function tryStrict(bytes: Uint8Array, encoding: string): string | undefined {
  // Validating UTF-8 natively and then decoding leniently is several times faster than a fatal decoder.
  if (encoding === 'utf-8') return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function invalidShare(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return text.length === 0 ? 0 : bad / text.length;
}

/** Whether text decoded as GB18030 reads like Chinese rather than byte soup that happened to decode. */
function looksChinese(text: string): boolean {
  let cjk = 0;
  let other = 0;
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else if (c >= 0x80) other++;
  }
  return cjk > 0 && other <= cjk / 10;
}

/**
 * Decodes a document's bytes. `declared` is the charset from the transport (HTTP Content-Type) or
 * the document itself; it is used when the bytes carry no byte-order mark.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, exactUtf8: false };
  if (hasNul(bytes)) throw new DecodeError('binary file (contains NUL bytes)');

  const decoder = decoderFor(declared);
  if (decoder !== undefined && decoder.encoding !== 'utf-8') {
    return checked({ text: decoder.decode(bytes), encoding: decoder.encoding, exactUtf8: false });
  }
  const utf8 = tryStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', exactUtf8: true };
  if (decoder === undefined) {
    const gb = tryStrict(bytes, 'gb18030');
    if (gb !== undefined && looksChinese(gb)) return { text: gb, encoding: 'gb18030', exactUtf8: false };
  }
  return checked({ text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', exactUtf8: false });
}

function checked(d: Decoded): Decoded {
  if (invalidShare(d.text) > MAX_INVALID_SHARE) {
    throw new DecodeError(`binary or wrongly encoded file (not valid ${d.encoding} text)`);
  }
  return d;
}
