/**
 * Normalisation that keeps offsets: the engine matches on a folded copy of the text (half-width,
 * simplified characters, lower case, whitespace collapsed) and maps every folded index back to the
 * original string, so findings always point into what the user actually sees.
 */

export interface Normalized {
  text: string;
  /** map[i] = index in the original string of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

let t2sTable: Map<number, number> | undefined;

/** Installs the Traditional → Simplified character table (pairs of UTF-16 code units, "繁简繁简…"). */
export function setTraditionalTable(pairs: string): void {
  const table = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  t2sTable = table;
}

const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** CJK characters and CJK punctuation: whitespace between two of them is layout, not content. */
const isCjkContext = (c: number): boolean =>
  isCjk(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d;

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x0b || c === 0x0c ||
  (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff;

/** Folds one code unit: full-width ASCII to half-width, Traditional to Simplified, ASCII upper to lower. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) {
    // Full-width punctuation that Chinese segmentation relies on keeps its Chinese form.
    if (c !== 0xff0c && c !== 0xff1b && c !== 0xff01 && c !== 0xff1f && c !== 0xff1a && c !== 0xff08 && c !== 0xff09) {
      c -= 0xfee0;
    }
  }
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (t2sTable !== undefined && c >= 0x3400) {
    const s = t2sTable.get(c);
    if (s !== undefined) return s;
  }
  return c;
}

/**
 * Whitespace inside a run of CJK text is dropped (a PDF or HTML line break in the middle of 通讯录
 * must still match), any other run of whitespace becomes one space, and a line break that ends a
 * paragraph becomes a newline so segmentation still sees it.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (isSpace(c) || c === 0x0a || c === 0x2028 || c === 0x2029) {
      let j = i;
      let newlines = 0;
      while (j < n) {
        const d = input.charCodeAt(j);
        if (d === 0x0a || d === 0x2028 || d === 0x2029) newlines++;
        else if (!isSpace(d)) break;
        j++;
      }
      const prev = o > 0 ? out[o - 1]! : 0;
      const next = j < n ? input.charCodeAt(j) : 0;
      // Blank lines and line breaks before a list item separate clauses; a single soft break
      // between CJK characters is wrapping.
      const breakLine = newlines >= 2 || (newlines === 1 && !(isCjkContext(prev) && isCjkContext(next)));
      if (o > 0 && j < n) {
        if (breakLine) {
          map[o] = i;
          out[o++] = 0x0a;
        } else if (!(isCjkContext(prev) && isCjkContext(next))) {
          map[o] = i;
          out[o++] = 0x20;
        }
      }
      i = j;
      continue;
    }
    map[o] = i;
    out[o++] = fold(c);
    i++;
  }
  map[o] = n;
  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < o; k += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(o, k + CHUNK)) as unknown as number[]);
  }
  return { text, map: map.subarray(0, o + 1) };
}

/** Folds a rule term the same way document text is folded, so terms and text meet in one form. */
export function foldTerm(term: string): string {
  return normalize(term).text;
}
