/**
 * Normalisation that keeps offsets: the engine matches on a folded copy of the text (half-width,
 * simplified characters, lower case, whitespace collapsed) and maps every folded index back to the
 * original string, so findings always point into what the user actually sees.
 */

import { lastAtOrBelow } from './search';

export interface Normalized {
  text: string;
  /** Index in the original string of folded index o; origin(text.length) is the original length. */
  origin(o: number): number;
}


/**
 * The folded text is the original with some whitespace runs removed or replaced by one character,
 * so offsets map back through a short list of runs instead of one entry per character (writing that
 * table was a quarter of the cost of normalising a long document): folded index runOut[r] is
 * original index runIn[r], and each run continues one for one up to the next.
 */
class RunMap {
  private readonly runOut: Int32Array;
  private readonly runIn: Int32Array;

  constructor(
    runOut: readonly number[],
    runIn: readonly number[],
    private readonly length: number,
    private readonly originalLength: number,
  ) {
    this.runOut = Int32Array.from(runOut);
    this.runIn = Int32Array.from(runIn);
  }

  readonly origin = (o: number): number => {
    if (o >= this.length) return this.originalLength;
    const { runOut, runIn } = this;
    const lo = lastAtOrBelow(runOut, o);
    return runIn[lo]! + (o - runOut[lo]!);
  };
}

/**
 * Character folding as a lookup table over the whole BMP: the hot loop of normalisation does one array
 * read per character instead of range tests and a map lookup.
 */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
// Typographic apostrophes become the ASCII one, so "don’t" and "don't" are one word.
FOLD[0x2019] = 0x27;
FOLD[0x2018] = 0x27;
// Full-width ASCII to half-width, except the full-width punctuation that Chinese segmentation relies on.
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff01, 0xff1f, 0xff1a, 0xff08, 0xff09]);
for (let c = 0xff01; c <= 0xff5e; c++) {
  if (KEEP_FULL_WIDTH.has(c)) continue;
  const half = c - 0xfee0;
  FOLD[c] = half >= 0x41 && half <= 0x5a ? half + 32 : half;
}

/**
 * Regional words of the same length as their mainland form (资讯 → 信息, 简讯 → 短信, 联络人 → 联系人),
 * applied after character folding so Taiwanese and Hong Kong wording meets the rules' words.
 */
let variants = new Map<number, { from: string; to: string }[]>();
const VARIANT_START = new Uint8Array(0x10000);

export function setRegionalVariants(pairs: Readonly<Record<string, string>>): void {
  variants = new Map();
  VARIANT_START.fill(0);
  for (const [from, to] of Object.entries(pairs)) {
    if (from.length !== to.length || from.length === 0) throw new Error(`regional variant ${from} → ${to} must keep its length`);
    const c = from.charCodeAt(0);
    VARIANT_START[c] = 1;
    const list = variants.get(c) ?? [];
    list.push({ from, to });
    variants.set(c, list);
  }
}

/**
 * Replaces regional words at the given positions of `units` (ascending), left to right without
 * overlaps. Normalisation lists the positions whose character can start one as it folds, which
 * spares a second pass over every character of a long document.
 */
function applyVariants(units: Uint16Array, length: number, positions: readonly number[]): void {
  let free = 0;
  for (const k of positions) {
    if (k < free) continue;
    for (const { from, to } of variants.get(units[k]!)!) {
      if (k + from.length > length) continue;
      let same = true;
      for (let m = 1; m < from.length && same; m++) same = units[k + m] === from.charCodeAt(m);
      if (!same) continue;
      for (let m = 0; m < to.length; m++) units[k + m] = to.charCodeAt(m);
      free = k + from.length;
      break;
    }
  }
}

/** Installs the Traditional → Simplified character table (pairs of UTF-16 code units, "繁简繁简…"). */
export function setTraditionalTable(pairs: string): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) FOLD[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
}

const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** CJK characters and CJK punctuation: whitespace between two of them is layout, not content. */
const isCjkContext = (c: number): boolean =>
  isCjk(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d;

const SPACE = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0x0d, 0xa0, 0x3000, 0x0b, 0x0c, 0x202f, 0x205f, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200b; c++) SPACE[c] = 1;
// Line breaks are whitespace too; normalize() counts them to tell wrapping from paragraph breaks.
const LINE_BREAK = new Uint8Array(0x10000);
for (const c of [0x0a, 0x2028, 0x2029]) LINE_BREAK[c] = 1;

const isSpace = (c: number): boolean => SPACE[c] === 1;
/** Either kind of whitespace, for the hot loop's single test. */
const WHITE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WHITE[c] = SPACE[c]! | LINE_BREAK[c]!;

/** A Uint16Array holds code units in the platform's byte order, which UTF-16LE decoding assumes. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16LE = new TextDecoder('utf-16le');

/** Turns little-endian UTF-16 code units into a string, one unit for one, so offsets line up. */
export type Utf16Decoder = (units: Uint16Array) => string;

let fastDecoder: Utf16Decoder | undefined;

/**
 * Lets a host supply a faster decoder than TextDecoder: Node's Buffer decodes UTF-16 about twice
 * as fast, which the CLI, auditing one long document per run, installs. The engine itself uses
 * only what browsers have too.
 */
export function setUtf16Decoder(decoder: Utf16Decoder | undefined): void {
  fastDecoder = decoder;
}

/**
 * Decoding gives a flat string several times faster than String.fromCharCode over chunks, whose
 * joined result the first character access must copy again. TextDecoder turns a lone surrogate
 * into U+FFFD, one unit for one, so offsets still line up.
 */
function codeUnitsToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return fastDecoder === undefined ? UTF16LE.decode(units) : fastDecoder(units);
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 8192) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(units.length, k + 8192)) as unknown as number[]));
  }
  return chunks.join('');
}

/** Shortest line that can be a hard-wrapped part of a paragraph rather than a line of its own. */
const WRAP_MIN_LINE = 24;

/** Whether a line starts with an item marker: 第三条, 1、, 1.2, （一）, 二、. */
function startsItem(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x7b2c /* 第 */ || c === 0xff08 || c === 0x28 || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  return s.charCodeAt(i + 1) === 0x3001 && '一二三四五六七八九十'.includes(s.charAt(i));
}

/**
 * Whitespace inside a run of CJK text is dropped (a hard wrap or stray space in the middle of 通讯录
 * must still match), any other run of whitespace becomes one space, and a line break that ends a
 * paragraph becomes a newline so segmentation still sees it.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  const out = new Uint16Array(n);
  const runOut = [0];
  const runIn = [0];
  /** Folded index o continues at original index i (after whitespace that was dropped or replaced). */
  const jump = (o: number, i: number): void => {
    runOut.push(o);
    runIn.push(i);
  };
  const variantAt: number[] = [];
  let o = 0;
  let i = 0;
  let lineStart = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (WHITE[c] === 1) {
      let j = i;
      let newlines = 0;
      while (j < n) {
        const d = input.charCodeAt(j);
        if (LINE_BREAK[d] === 1) newlines++;
        else if (!isSpace(d)) break;
        j++;
      }
      const prev = o > 0 ? out[o - 1]! : 0;
      const next = j < n ? input.charCodeAt(j) : 0;
      // A line break separates clauses (web pages put each paragraph or list item on its own line)
      // unless it is hard wrapping: a single break inside a long line of Chinese, not before an item.
      const wrapped =
        newlines === 1 && isCjkContext(prev) && isCjkContext(next) && i - lineStart >= WRAP_MIN_LINE && !startsItem(input, j);
      const breakLine = newlines >= 1 && !wrapped;
      if (newlines > 0) lineStart = j;
      const separator = o === 0 || j === n ? 0 : breakLine ? 0x0a : isCjkContext(prev) && isCjkContext(next) ? 0 : 0x20;
      if (separator === 0) {
        jump(o, j);
      } else {
        // A single space or newline kept as it is needs no entry in the offset map.
        if (j !== i + 1 || c !== separator) {
          jump(o, i);
          jump(o + 1, j);
        }
        out[o++] = separator;
      }
      i = j;
      continue;
    }
    const f = FOLD[c]!;
    if (VARIANT_START[f] === 1) variantAt.push(o);
    out[o++] = f;
    i++;
  }
  applyVariants(out, o, variantAt);
  const text = codeUnitsToString(out.subarray(0, o));
  return { text, origin: new RunMap(runOut, runIn, o, n).origin };
}

/** Folds a rule term the same way document text is folded, so terms and text meet in one form. */
export function foldTerm(term: string): string {
  // Most terms have no whitespace, and then folding is one table read per character.
  if (!/[\s\u3000\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]/.test(term)) {
    const units = new Uint16Array(term.length);
    const variantAt: number[] = [];
    for (let i = 0; i < term.length; i++) {
      units[i] = FOLD[term.charCodeAt(i)]!;
      if (VARIANT_START[units[i]!] === 1) variantAt.push(i);
    }
    applyVariants(units, units.length, variantAt);
    return codeUnitsToString(units);
  }
  return normalize(term).text;
}
