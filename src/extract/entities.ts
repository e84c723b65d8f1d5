/**
 * HTML character references. Only the named references that actually turn up in agreements and
 * policies are listed (the full HTML table has over 2,000); an unknown name is left as written,
 * which is also what browsers do.
 */

const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  shy: '\u00ad', ndash: '–', mdash: '—', hellip: '…', middot: '·', bull: '•',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″', dagger: '†', Dagger: '‡', permil: '‰',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷',
  micro: 'µ', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³',
  yen: '¥', euro: '€', pound: '£', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥', ne: '≠', asymp: '≈',
  infin: '∞', minus: '−', lowast: '∗', radic: '√', loz: '◊', check: '✓', star: '☆', starf: '★',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è',
  auml: 'ä', ouml: 'ö', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
}));

/** Names browsers still accept without the closing semicolon (legacy pages rely on it). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Windows-1252 meanings of &#128;–&#159;, which browsers apply to numeric references in that range. */
const C1 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Longest reference name worth reading; longer runs of letters cannot be a known name. */
const MAX_NAME = 32;

/**
 * Decodes character references in one forward pass (a page of a million ampersands stays linear
 * and allocation-light, which a regex replace with a callback per match is not).
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const parts: string[] = [];
  let copied = 0;
  for (; amp !== -1; amp = text.indexOf('&', amp + 1)) {
    const decoded = readReference(text, amp);
    if (decoded === undefined) continue;
    parts.push(text.slice(copied, amp), decoded.value);
    copied = decoded.end;
    amp = decoded.end - 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

function readReference(text: string, amp: number): { value: string; end: number } | undefined {
  let i = amp + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    const hex = text.charCodeAt(i) === 0x78 || text.charCodeAt(i) === 0x58;
    if (hex) i++;
    const from = i;
    while (i - from < 9 && (hex ? isHex(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    if (i === from) return undefined;
    const code = parseInt(text.slice(from, i), hex ? 16 : 10);
    return { value: fromCodePoint(code), end: text.charCodeAt(i) === 0x3b ? i + 1 : i };
  }
  const from = i;
  while (i - from < MAX_NAME && isAlnum(text.charCodeAt(i))) i++;
  const name = text.slice(from, i);
  // A Map, not an object lookup: "&constructor;" must not reach Object.prototype.
  const value = NAMED.get(name);
  if (value === undefined) return undefined;
  if (text.charCodeAt(i) === 0x3b) return { value, end: i + 1 };
  return LEGACY.has(name) ? { value, end: i } : undefined;
}
