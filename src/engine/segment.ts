/**
 * Clause segmentation on normalised text. A clause is the unit a finding quotes: a sentence, a list
 * item or a line. Offsets are into the normalised text; the caller maps them back.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * All clauses of a document as two parallel lists rather than an object each: a long document has
 * tens of thousands of clauses, kept for the whole audit, and objects that live that long are
 * copied by every young-generation collection until promoted.
 */
export interface Spans {
  starts: number[];
  ends: number[];
}

/** Longest clause the engine looks at as one unit; longer runs are cut at commas, then hard. */
export const MAX_CLAUSE = 600;

const TERMINATORS = new Set([0x3002, 0xff1b, 0xff01, 0xff1f, 0x3b, 0x21, 0x3f, 0x0a, 0xff61]);
/**
 * Characters segmentation must look at: terminators, full stops and colons. A native search jumps
 * from one to the next; a JavaScript loop over every character cost a long document several times
 * more, most of it before the JIT had optimised the loop.
 */
const INTERESTING = /[\u3002\uff1b\uff01\uff1f;!?\n\uff61.\uff1a:]/g;
const SOFT_BREAKS = new Set([0xff0c, 0x2c, 0x3001, 0xff1a, 0x3a]);
/** What separates the parts of a clause for negation and exclusion scope (not the enumeration mark 、). */
const PART_BREAKS = new Set([0xff0c, 0x2c, 0xff1a, 0x3a]);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** English abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'no', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'u.s', 'pvt']);

/**
 * Whether a full stop at i ends an English sentence. The folded text is lower case, so the next
 * sentence is recognised in the original (passed as `orig`, indices through `origin`).
 */
function endsEnglishSentence(text: string, i: number, orig: string, origin: (o: number) => number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(next === 0x20 || next === 0x0a || Number.isNaN(next))) return false;
  if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
  // "1. Access your contacts" on a line of its own: the number and stop mark a list item.
  let d = i - 1;
  while (d >= 0 && i - d <= 3 && isDigit(text.charCodeAt(d))) d--;
  if (d < i - 1 && (d < 0 || text.charCodeAt(d) === 0x0a)) return false;
  let w = i - 1;
  while (w >= 0 && (isLower(text.charCodeAt(w)) || text.charCodeAt(w) === 0x2e)) w--;
  if (ABBREVIATIONS.has(text.slice(w + 1, i))) return false;
  if (Number.isNaN(next)) return true;
  const after = orig.charCodeAt(origin(i + 2));
  return Number.isNaN(after) || isUpper(after) || isDigit(after) || after === 0x22 || after === 0x201c || after === 0x28 || after > 0x2e80;
}

/** Item markers that open a new clause when they follow a colon: "如下：1、…2、…". */
function isItemMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    let j = i;
    while (j < text.length && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    return d === 0x3001 || (d === 0x29 && j > i) || d === 0xff09;
  }
  return c === 0xff08 || c === 0x28;
}

export function segment(text: string, orig: string, origin: (o: number) => number): Spans {
  const spans: Spans = { starts: [], ends: [] };
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x0a)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x0a)) e--;
    if (e - s > MAX_CLAUSE) splitLong(text, s, e, spans);
    else if (e > s) {
      spans.starts.push(s);
      spans.ends.push(e);
    }
    start = end;
  };
  INTERESTING.lastIndex = 0;
  while (INTERESTING.test(text)) {
    const i = INTERESTING.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (TERMINATORS.has(c)) {
      push(c === 0x0a ? i : i + 1);
    } else if (c === 0x2e && endsEnglishSentence(text, i, orig, origin)) {
      push(i + 1);
    } else if ((c === 0xff1a || c === 0x3a) && i + 1 < text.length && isItemMarker(text, i + 1)) {
      push(i + 1);
    }
  }
  push(text.length);
  return spans;
}

function splitLong(text: string, s: number, e: number, spans: Spans): void {
  while (e - s > MAX_CLAUSE) {
    let cut = -1;
    for (let k = s + MAX_CLAUSE; k > s + MAX_CLAUSE / 2; k--) {
      if (SOFT_BREAKS.has(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x20) {
        cut = k;
        break;
      }
    }
    if (cut < 0) cut = s + MAX_CLAUSE;
    spans.starts.push(s);
    spans.ends.push(cut);
    s = cut;
  }
  spans.starts.push(s);
  spans.ends.push(e);
}

/**
 * Sticky, tested just after an English comma: whether the comma only separates the items of a list
 * that "and" or "or" closes ("contacts, media and call logs"). Items are one to three words and do
 * not open with a word that starts a new statement ("If you default, your employer and …").
 * Words and lists are bounded, so a clause of commas costs each comma a bounded look ahead.
 */
const LIST_ITEM = String.raw`(?!(?:and|or|but|however|except|unless|although|though|yet|we|you|our|your|they|their|it|its|he|she|the|a|an|if|when|where|while|provided|subject|in|this|that|these|those|such|which|who|please|then|so)\b)[a-z][\w'-]{0,24}(?: [a-z][\w'-]{0,24}){0,2}`;
const LIST_COMMA = new RegExp(String.raw` ${LIST_ITEM}(?:, ${LIST_ITEM}){0,8},? (?:and|or|and/or) [a-z]`, 'y');

/**
 * Positions of the clause-part breaks (commas, colons) inside a clause, in order. The commas of an
 * English list are not breaks: a negation after the list ("…, media and call logs is not required")
 * governs all of it, as the enumeration mark 、 never breaks a Chinese list.
 */
export function partBreaks(text: string, clause: Span): number[] {
  const out: number[] = [];
  /** End of the list the last list comma opened: its other commas (", and" too) are the list's. */
  let listEnd = -1;
  for (let k = clause.start; k < clause.end; k++) {
    const c = text.charCodeAt(k);
    if (!PART_BREAKS.has(c)) continue;
    if (c === 0x2c) {
      if (k < listEnd) continue;
      LIST_COMMA.lastIndex = k + 1;
      if (LIST_COMMA.test(text) && LIST_COMMA.lastIndex <= clause.end) {
        listEnd = LIST_COMMA.lastIndex;
        continue;
      }
    }
    out.push(k);
  }
  return out;
}
