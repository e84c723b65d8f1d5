/**
 * Aho–Corasick automaton: one pass over the document finds every occurrence of every rule term,
 * in time linear in the text plus the number of matches, however many rules there are.
 */

export interface Hit {
  term: number;
  start: number;
  end: number;
}

/** All occurrences of a scan in flat arrays (no object per hit), ordered by end position. */
export interface Hits {
  count: number;
  terms: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

const isAsciiWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

const CACHE_SIZE = 1 << 16;
const CACHE_MASK = CACHE_SIZE - 1;

/** Hash of a (state, character) pair for the transition table. */
const slot = (state: number, c: number): number => Math.imul(state, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);

export class Automaton {
  private readonly fail: Int32Array;
  /** Terms ending at each state, including those reachable through suffix links. */
  private readonly out: number[][];
  private readonly lengths: number[] = [];
  /** Terms that start with an ASCII letter or digit must start at a word boundary ("sms" not in "chasms"). */
  private readonly wordStart: boolean[] = [];
  /**
   * Most characters of a document start no term and occur in none: a dense root row and an alphabet
   * bitmap let the scan handle those with array reads instead of hash lookups.
   */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly alphabet = new Uint8Array(0x10000);
  /** Transitions of the other states in one open-addressing table keyed by (state, character). */
  private readonly tableState: Int32Array;
  private readonly tableChar: Uint16Array;
  private readonly tableNext: Int32Array;
  private readonly tableMask: number;
  /**
   * A direct-mapped cache of resolved transitions (suffix links followed) from non-root states: text
   * repeats the same character pairs, so most steps become one probe instead of a chain of them.
   */
  private readonly cacheState = new Int32Array(CACHE_SIZE).fill(-1);
  private readonly cacheChar = new Uint16Array(CACHE_SIZE);
  private readonly cacheNext = new Int32Array(CACHE_SIZE);

  /**
   * Built without a map per state (the CLI builds it on every start): the trie goes straight into
   * the transition table, and suffix links are set in order of depth.
   */
  constructor(terms: readonly string[]) {
    let maxStates = 1;
    for (const t of terms) maxStates += t.length;
    let size = 16;
    while (size < maxStates * 2) size *= 2;
    this.tableMask = size - 1;
    this.tableState = new Int32Array(size).fill(-1);
    this.tableChar = new Uint16Array(size);
    this.tableNext = new Int32Array(size);
    const parent = new Int32Array(maxStates);
    const via = new Uint16Array(maxStates);
    const depth = new Int32Array(maxStates);
    const out: number[][] = [[]];
    let states = 1;
    terms.forEach((term, id) => {
      let s = 0;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i);
        let t = s === 0 ? this.rootNext[c]! : this.step(s, c);
        if (t <= 0) {
          t = states++;
          parent[t] = s;
          via[t] = c;
          depth[t] = depth[s]! + 1;
          out.push([]);
          if (s === 0) this.rootNext[c] = t;
          else this.insert(s, c, t);
        }
        this.alphabet[c] = 1;
        s = t;
      }
      out[s]!.push(id);
      this.lengths[id] = term.length;
      this.wordStart[id] = term.length > 0 && isAsciiWordChar(term.charCodeAt(0));
    });
    // States in order of depth, so every suffix link points to a state already linked.
    const order = Array.from({ length: states - 1 }, (_, k) => k + 1).sort((a, b) => depth[a]! - depth[b]!);
    const fail = new Int32Array(states);
    for (const t of order) {
      const p = parent[t]!;
      const c = via[t]!;
      if (p !== 0) {
        let f = fail[p]!;
        let g = f === 0 ? this.rootNext[c]! : this.step(f, c);
        while (g <= 0 && f !== 0) {
          f = fail[f]!;
          g = f === 0 ? this.rootNext[c]! : this.step(f, c);
        }
        fail[t] = g > 0 && g !== t ? g : 0;
      }
      const inherited = out[fail[t]!]!;
      if (inherited.length > 0) out[t] = out[t]!.concat(inherited);
    }
    this.fail = fail;
    this.out = out;
  }

  private insert(st: number, c: number, t: number): void {
    let k = slot(st, c) & this.tableMask;
    while (this.tableState[k] !== -1) k = (k + 1) & this.tableMask;
    this.tableState[k] = st;
    this.tableChar[k] = c;
    this.tableNext[k] = t;
  }

  /** Next state from a non-root state, or -1. */
  private step(st: number, c: number): number {
    const { tableState, tableChar, tableNext, tableMask } = this;
    let k = slot(st, c) & tableMask;
    for (;;) {
      const s = tableState[k]!;
      if (s === -1) return -1;
      if (s === st && tableChar[k] === c) return tableNext[k]!;
      k = (k + 1) & tableMask;
    }
  }

  /** All occurrences, ordered by end position. */
  scan(text: string): Hits {
    // Agreements yield about one hit per seven characters; start near that to avoid regrowing.
    let capacity = Math.max(1024, text.length >> 3);
    let terms = new Int32Array(capacity);
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let count = 0;
    const { fail, out, lengths, wordStart, rootNext, alphabet, cacheState, cacheChar, cacheNext } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (alphabet[c] === 0) {
        s = 0;
        continue;
      }
      if (s === 0) {
        s = rootNext[c]!;
      } else {
        const k = slot(s, c) & CACHE_MASK;
        if (cacheState[k] === s && cacheChar[k] === c) {
          s = cacheNext[k]!;
        } else {
          const from = s;
          let t = this.step(s, c);
          while (t === -1) {
            s = fail[s]!;
            t = s === 0 ? rootNext[c]! : this.step(s, c);
          }
          s = t;
          cacheState[k] = from;
          cacheChar[k] = c;
          cacheNext[k] = t;
        }
      }
      if (s === 0) continue;
      const found = out[s]!;
      for (let k = 0; k < found.length; k++) {
        const term = found[k]!;
        const start = i + 1 - lengths[term]!;
        if (wordStart[term] && start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) continue;
        if (count === capacity) {
          capacity *= 2;
          terms = grow(terms, capacity);
          starts = grow(starts, capacity);
          ends = grow(ends, capacity);
        }
        terms[count] = term;
        starts[count] = start;
        ends[count] = i + 1;
        count++;
      }
    }
    return { count, terms, starts, ends };
  }
}

function grow(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}
