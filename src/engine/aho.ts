/**
 * Aho–Corasick automaton: one pass over the document finds every occurrence of every rule term,
 * in time linear in the text plus the number of matches, however many rules there are.
 */

import { ragged, type Ragged } from './pack';

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

/**
 * An automaton as plain data: the trie as each state's parent and incoming character, suffix links,
 * and the terms each state reports. The build script stores the default pack's automaton this way,
 * so a process that audits one document does not spend its first ~100 ms building it.
 */
export interface AutomatonTables {
  terms: string[];
  /** Per state except the root: parent state and the character leading to it (states after 0). */
  parent: Int32Array;
  via: string;
  fail: Int32Array;
  /** Terms reported at each state, including those reachable through suffix links. */
  out: Ragged;
}

export class Automaton {
  private readonly fail: Int32Array;
  /** Terms ending at each state, including those reachable through suffix links, as flat ranges. */
  private readonly outStart: Int32Array;
  private readonly outTerms: Int32Array;
  private readonly lengths: Int32Array;
  /** Terms that start with an ASCII letter or digit must start at a word boundary ("sms" not in "chasms"). */
  private readonly wordStart: Uint8Array;
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

  private constructor(private readonly data: AutomatonTables) {
    const { terms, parent, via } = data;
    const states = parent.length + 1;
    let size = 16;
    while (size < states * 2) size *= 2;
    this.tableMask = size - 1;
    this.tableState = new Int32Array(size).fill(-1);
    this.tableChar = new Uint16Array(size);
    this.tableNext = new Int32Array(size);
    for (let t = 1; t < states; t++) {
      const c = via.charCodeAt(t - 1);
      this.alphabet[c] = 1;
      if (parent[t - 1] === 0) this.rootNext[c] = t;
      else this.insert(parent[t - 1]!, c, t);
    }
    this.fail = data.fail;
    this.outStart = data.out.start;
    this.outTerms = data.out.items;
    this.lengths = new Int32Array(terms.length);
    this.wordStart = new Uint8Array(terms.length);
    terms.forEach((term, id) => {
      this.lengths[id] = term.length;
      this.wordStart[id] = term.length > 0 && isAsciiWordChar(term.charCodeAt(0)) ? 1 : 0;
    });
  }

  /** The automaton as data, for the build script to store. */
  tables(): AutomatonTables {
    return this.data;
  }

  static fromTables(tables: AutomatonTables): Automaton {
    return new Automaton(tables);
  }

  /** Builds the trie and its suffix links; states are numbered so that a parent comes before its children. */
  static fromTerms(terms: readonly string[]): Automaton {
    const children = [new Map<number, number>()];
    const parent: number[] = [];
    let via = '';
    const own: number[][] = [[]];
    terms.forEach((term, id) => {
      let s = 0;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i);
        let t = children[s]!.get(c);
        if (t === undefined) {
          t = children.length;
          children[s]!.set(c, t);
          children.push(new Map());
          own.push([]);
          parent.push(s);
          via += term.charAt(i);
        }
        s = t;
      }
      own[s]!.push(id);
    });
    // Breadth first, so every suffix link points to a state already linked.
    const fail = new Array<number>(children.length).fill(0);
    const out: number[][] = own.map((o) => [...o]);
    const queue = [...children[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of children[s]!) {
        let f = fail[s]!;
        while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
        fail[t] = children[f]!.get(c) ?? 0;
        out[t] = out[t]!.concat(out[fail[t]!]!);
        queue.push(t);
      }
    }
    return new Automaton({ terms: [...terms], parent: Int32Array.from(parent), via, fail: Int32Array.from(fail), out: ragged(out) });
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
    // Agreements yield about one hit per seven characters; room for one per four means a long
    // document almost never regrows (three copies of every array so far).
    let capacity = Math.max(1024, text.length >> 2);
    let terms = new Int32Array(capacity);
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let count = 0;
    const { fail, outStart, outTerms, lengths, wordStart, rootNext, alphabet, cacheState, cacheChar, cacheNext } = this;
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
      for (let k = outStart[s]!, last = outStart[s + 1]!; k < last; k++) {
        const term = outTerms[k]!;
        const start = i + 1 - lengths[term]!;
        if (wordStart[term] === 1 && start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) continue;
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
