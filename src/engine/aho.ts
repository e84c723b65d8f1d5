/**
 * Aho–Corasick automaton: one pass over the document finds every occurrence of every rule term,
 * in time linear in the text plus the number of matches, however many rules there are.
 */

export interface Hit {
  term: number;
  start: number;
  end: number;
}

const isAsciiWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

export class Automaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Terms ending at each state, including those reachable through suffix links. */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[] = [];
  /** Terms that start with an ASCII letter or digit must start at a word boundary ("sms" not in "chasms"). */
  private readonly wordStart: boolean[] = [];
  /**
   * Most characters of a document start no term and occur in none: a dense root row and an alphabet
   * bitmap let the scan handle those with array reads instead of map lookups.
   */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly alphabet = new Uint8Array(0x10000);

  constructor(terms: readonly string[]) {
    terms.forEach((term, id) => {
      let s = 0;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s]!.set(c, t);
        }
        this.alphabet[c] = 1;
        s = t;
      }
      this.out[s]!.push(id);
      this.lengths[id] = term.length;
      this.wordStart[id] = term.length > 0 && isAsciiWordChar(term.charCodeAt(0));
    });
    const queue: number[] = [];
    for (const [c, t] of this.next[0]!) {
      this.rootNext[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]!]!;
        if (inherited.length > 0) this.out[t] = this.out[t]!.concat(inherited);
        queue.push(t);
      }
    }
  }

  /** All occurrences, ordered by end position. */
  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    const { next, fail, out, lengths, wordStart, rootNext, alphabet } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (alphabet[c] === 0) {
        s = 0;
        continue;
      }
      let t = s === 0 ? rootNext[c]! : next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = fail[s]!;
        t = s === 0 ? rootNext[c]! : next[s]!.get(c);
      }
      s = t ?? 0;
      if (s === 0) continue;
      const terms = out[s]!;
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        const start = i + 1 - lengths[term]!;
        if (wordStart[term] && start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) continue;
        hits.push({ term, start, end: i + 1 });
      }
    }
    return hits;
  }
}
